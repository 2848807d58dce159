/**
 * Screenshots of the home page's catalogue and the about page at phone and desktop width, both
 * scripts, light and dark, for looking at (not a test): `node tools/screenshots-home.ts [outdir]`.
 * Serves dist/ (build first); a filtered state is shot too (text typed, a facet ticked, sorted).
 */
import { mkdirSync } from 'node:fs';
import { launch } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';

const out = process.argv[2] ?? '/tmp/home-shots';
mkdirSync(out, { recursive: true });
const [browser, site] = await Promise.all([launch(), serve('dist')]);
const errors: string[] = [];
try {
  for (const script of ['hans', 'hant'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [1280, 390]) {
        const context = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 844 }, colorScheme: scheme });
        const page = await context.newPage();
        page.on('console', (m) => m.type() === 'error' && errors.push(`${script} ${width}: ${m.text()}`));
        page.on('pageerror', (e) => errors.push(`${script} ${width}: ${e}`));
        const name = `${script}-${scheme}-${width}`;
        await page.goto(`${site.origin}/zh-${script}/`);
        await page.screenshot({ path: `${out}/home-${name}.png` });
        await page.locator('#cat-q').fill(script === 'hans' ? '纲要' : '綱要');
        await page.locator('[data-facet="period"] input').first().check();
        await page.locator('#cat-sort').selectOption('length');
        await page.screenshot({ path: `${out}/filtered-${name}.png`, fullPage: width < 600 });
        await page.goto(`${site.origin}/zh-${script}/about/`);
        await page.screenshot({ path: `${out}/about-${name}.png` });
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
if (errors.length) console.error(errors.join('\n'));
console.log(`screenshots in ${out}`);
