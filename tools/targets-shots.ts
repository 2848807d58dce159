/**
 * Screenshots of the targets views (for looking at): the overview, an indicator page with its
 * chart, a plan page's "本规划的目标" opened, and the compare and search pages for 研发 — both
 * scripts, light and dark, 1280 and 390 px. `node tools/targets-shots.ts [out] [key]`.
 */
import { shootViews } from './shots.ts';

const out = process.argv[2] ?? '/tmp/targets-shots';
const key = process.argv[3] ?? 'urbanisation';
const prefix = { hans: 'zh-hans', hant: 'zh-hant' } as const;

await shootViews(out, async (page, view, origin) => {
  const p = `${origin}/${prefix[view.script]}`;
  await page.goto(`${p}/targets/`);
  await page.screenshot({ path: `${out}/overview-${view.name}.png` });
  await page.locator('.tg-theme').nth(1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/overview2-${view.name}.png` });
  await page.goto(`${p}/targets/${key}/`);
  await page.waitForSelector('canvas[data-drawn]', { timeout: 5000 }).catch(() => undefined);
  await page.screenshot({ path: `${out}/indicator-${view.name}.png`, fullPage: true });
  await page.goto(`${p}/plans/linhai-common-prosperity/`);
  await page.evaluate(() => document.querySelector('#plan-targets')?.setAttribute('open', ''));
  await page.locator('#plan-targets').screenshot({ path: `${out}/plan-list-${view.name}.png` });
  await page.locator('#c1-s2-p2').scrollIntoViewIfNeeded();
  await page.locator('#c1-s2-p2').screenshot({ path: `${out}/plan-mark-${view.name}.png` });
  await page.goto(`${p}/compare/?terms=${encodeURIComponent('研发')}`);
  await page.waitForSelector('.tg-beside', { timeout: 8000 }).catch(() => undefined);
  await page
    .locator('.tg-compare')
    .scrollIntoViewIfNeeded()
    .catch(() => undefined);
  await page.screenshot({ path: `${out}/compare-${view.name}.png` });
  await page.goto(`${p}/search/?q=${encodeURIComponent('研发经费')}`);
  await page.waitForSelector('.tg-also, .tg-hint', { timeout: 8000 }).catch(() => undefined);
  await page.screenshot({ path: `${out}/search-${view.name}.png` });
});
