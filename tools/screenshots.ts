/**
 * Screenshots of the search page and the header panel, at desktop and phone width, in both
 * scripts, for looking at (not a test): `npx node tools/screenshots.ts [outdir]`.
 * Serves dist/ (run `npm run build` first) and writes PNGs to outdir (default /tmp/search-shots).
 */
import { mkdirSync } from 'node:fs';
import { launch } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';

const out = process.argv[2] ?? '/tmp/search-shots';
mkdirSync(out, { recursive: true });
const [browser, site] = await Promise.all([launch(), serve('dist')]);
const errors: string[] = [];
try {
  for (const script of ['hans', 'hant'] as const) {
    const q = script === 'hans' ? '数字经济' : '數字經濟';
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 844 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && errors.push(`${script} ${width}: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`${script} ${width}: ${e}`));
      await page.goto(`${site.origin}/zh-${script}/search/?q=${encodeURIComponent(q)}&period=14`);
      await page.waitForSelector('.sr-plan');
      await page.screenshot({ path: `${out}/page-${script}-${width}.png`, fullPage: false });
      await page.goto(`${site.origin}/zh-${script}/search/`);
      await page.screenshot({ path: `${out}/empty-${script}-${width}.png` });
      await page.goto(`${site.origin}/zh-${script}/plans/linhai-14-outline/`);
      await page.locator('#site-search').click();
      await page.keyboard.type(script === 'hans' ? '共同富裕' : '共同富裕', { delay: 30 });
      await page.waitForFunction(() => document.querySelector('.search-panel .sp-status')?.textContent?.includes('共同富裕'));
      await page.keyboard.press('ArrowDown');
      await page.screenshot({ path: `${out}/panel-${script}-${width}.png` });
      await page.keyboard.press('Enter');
      await page.waitForSelector('mark.search-hit');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/arrival-${script}-${width}.png` });
      await context.close();
    }
  }
  // Dark theme, results page and panel.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`${site.origin}/zh-hans/search/?q=${encodeURIComponent('共同富裕')}`);
  await page.waitForSelector('.sr-plan');
  await page.locator('#site-search').fill('');
  await page.locator('#site-search').click();
  await page.keyboard.type('实体经济', { delay: 30 });
  await page.waitForFunction(() => document.querySelector('.search-panel .sp-status')?.textContent?.includes('实体经济'));
  await page.keyboard.press('ArrowDown');
  await page.screenshot({ path: `${out}/dark-hans-1280.png` });
  await context.close();
} finally {
  await browser.close();
  await site.close();
}
console.log(errors.length ? errors.join('\n') : 'no console errors');
console.log(`screenshots in ${out}`);
