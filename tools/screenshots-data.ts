/**
 * Screenshots of the researcher's pages — a passage page, the data page, a plan page's head
 * with its downloads — at 390 and 1280 px, both scripts, light and dark, for looking at (not a
 * test): `npx node tools/screenshots-data.ts [outdir]` after `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import { launch } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';

const out = process.argv[2] ?? '/tmp/data-shots';
const only = process.argv[3];
mkdirSync(out, { recursive: true });
const pages: [string, string][] = [
  ['passage', 'plans/linhai-14-outline/c2-s1/'],
  ['table', 'plans/linhai-14-outline/table2/'],
  ['article', 'plans/taizhou-14-proposal/a7/'],
  ['data', 'data/'],
  ['plan', 'plans/linhai-14-outline/'],
];
const [browser, site] = await Promise.all([launch(), serve('dist')]);
const errors: string[] = [];
for (const [name, path] of pages.filter(([n]) => !only || n === only))
  for (const script of ['hans', 'hant'] as const)
    for (const width of [1280, 390])
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 844 }, colorScheme });
        const page = await context.newPage();
        const where = `${name} ${script} ${width} ${colorScheme}`;
        page.on('console', (m) => m.type() === 'error' && errors.push(`${where}: ${m.text()}`));
        page.on('pageerror', (e) => errors.push(`${where}: ${e}`));
        await page.goto(`${site.origin}/zh-${script}/${path}`);
        await page.waitForTimeout(200);
        if (name === 'plan') {
          // The link / cite popover at a paragraph.
          await page.locator('#c3-s2-p1').scrollIntoViewIfNeeded();
          await page.locator('#c3-s2-p1 > a.permalink').click();
          await page.waitForSelector('.cite-pop:not([hidden])');
        }
        await page.screenshot({ path: `${out}/${name}-${script}-${width}-${colorScheme}.png`, fullPage: name !== 'plan' });
        await context.close();
      }
await Promise.all([browser.close(), site.close()]);
console.log(`${errors.length} console errors${errors.map((e) => `\n${e}`).join('')}; screenshots in ${out}`);
