/**
 * Screenshots of the related-passages views (a section page's shared wording side by side and
 * its list of the other pairs, a chapter page's list, the pair view precomputed and computed,
 * the plan-page markers and picker) at 1280 and 390 px, both scripts, light and dark, for
 * looking at (not a test): `npx node tools/screenshots-related.ts [outdir]` after `npm run build`.
 */
import { shootViews } from './shots.ts';

const out = process.argv[2] ?? '/tmp/related-shots';
await shootViews(out, async (page, { script, scheme, width }, origin) => {
  const name = (what: string) => `${out}/${what}-${script}-${width}-${scheme}.png`;
  await page.goto(`${origin}/zh-${script}/plans/linhai-14-outline/c11-s4/#shared-linhai-common-prosperity-a16`);
  await page.screenshot({ path: name('pair') });
  await page.goto(`${origin}/zh-${script}/plans/quzhou-14-outline/c7/#related-c7`);
  await page.screenshot({ path: name('chapter') });
  await page.goto(`${origin}/zh-${script}/compare-plans/?a=taizhou-14-proposal&b=linhai-14-outline&at=b-c1-s3`);
  await page.waitForSelector('.pairs-page[data-state="done"]');
  await page.screenshot({ path: name('pairs') });
  await page.locator('.pair-filters').scrollIntoViewIfNeeded();
  await page.locator('.pair-filter[data-class="rewritten"]').click();
  await page.screenshot({ path: name('pairs-filtered') });
  if (width < 600) {
    await page.locator('.pair-toggle button[data-side="a"]').click();
    await page.screenshot({ path: name('pairs-side-a') });
  }
  await page.goto(`${origin}/zh-${script}/compare-plans/?a=quzhou-14-outline&b=jiaxing-15-proposal`);
  await page.waitForSelector('.pairs-page[data-state="done"]');
  await page.screenshot({ path: name('pairs-computed') });
  await page.goto(`${origin}/zh-${script}/plans/linhai-14-outline/`);
  await page.screenshot({ path: name('plan-picker') });
  await page.goto(`${origin}/zh-${script}/plans/linhai-14-outline/#c9`);
  const toggle = page.locator('#c9 + .related-marker .related-toggle');
  await toggle.click();
  await page.waitForSelector('#related-inline-c9 a');
  await page.locator('#related-inline-c9').scrollIntoViewIfNeeded();
  await page.screenshot({ path: name('marker') });
  await page.goto(`${origin}/zh-${script}/`);
  await page.locator('.compare-picker').scrollIntoViewIfNeeded();
  await page.screenshot({ path: name('home') });
});
