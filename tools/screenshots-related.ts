/**
 * Screenshots of the related-passages views (a section page's shared wording side by side and
 * its list of the other pairs, plan pair, plan-page marker) at
 * 1280 and 390 px, both scripts, light and dark, for looking at (not a test):
 * `npx node tools/screenshots-related.ts [outdir]` after `npm run build`.
 */
import { shootViews } from './shots.ts';

const out = process.argv[2] ?? '/tmp/related-shots';
await shootViews(out, async (page, { script, scheme, width }, origin) => {
  const name = (what: string) => `${out}/${what}-${script}-${width}-${scheme}.png`;
  await page.goto(`${origin}/zh-${script}/plans/linhai-14-outline/c11-s4/#shared-linhai-common-prosperity-a16`);
  await page.screenshot({ path: name('pair') });
  await page.goto(`${origin}/zh-${script}/plans/quzhou-14-outline/c1-s4/#shared-wording`);
  await page.locator('.shared-rest').scrollIntoViewIfNeeded();
  await page.screenshot({ path: name('pair-rest') });
  await page.goto(`${origin}/zh-${script}/related/taizhou-14-proposal/linhai-14-outline/`);
  await page.screenshot({ path: name('plans') });
  await page.goto(`${origin}/zh-${script}/plans/linhai-14-outline/#c9-s3`);
  const toggle = page.locator('#c9-s3 + .related-marker .related-toggle');
  await toggle.click();
  await page.waitForSelector('#related-inline-c9-s3 a');
  await page.locator('#c9-s3').scrollIntoViewIfNeeded();
  await page.screenshot({ path: name('marker') });
});
