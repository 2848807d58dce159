/**
 * Screenshots of the Linhai outline's indicator tables and charts, for looking at (not a test):
 * 390 and 1280 px, both scripts, light and dark, a table scrolled sideways, and the page printed
 * to PDF. `npx node tools/table-shots.ts [outdir]` after `npm run build` (default /tmp/table-shots);
 * view the PDF's pages with `pdftoppm -png -r 60 <outdir>/print-hans.pdf <outdir>/print`.
 */
import { mkdirSync } from 'node:fs';
import { launch } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';

const out = process.argv[2] ?? '/tmp/table-shots';
mkdirSync(out, { recursive: true });
const [browser, site] = await Promise.all([launch(), serve('dist')]);
const errors: string[] = [];
/** Whether a chart has been drawn (a function, not a string: the site's CSP forbids eval). */
const drawn = (id: string) => [(sel: string) => document.querySelector<HTMLElement>(sel)?.dataset.drawn === 'true', `[data-chart-for="${id}"] canvas`] as const;
/** Every screenshot and the two PDFs. */
async function shoot(): Promise<void> {
  for (const script of ['hans', 'hant'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 844 }, colorScheme });
        const page = await context.newPage();
        page.on('pageerror', (e) => errors.push(`${script} ${width} ${colorScheme}: ${e}`));
        page.on('console', (m) => m.type() === 'error' && errors.push(`${script} ${width}: ${m.text()}`));
        const name = `${script}-${colorScheme}-${width}`;
        for (const table of ['table1', 'table2']) {
          await page.goto(`${site.origin}/zh-${script}/plans/linhai-14-outline/#${table}`);
          await page.waitForTimeout(300);
          await page.screenshot({ path: `${out}/${table}-${name}.png` });
          if (width === 390) {
            await page.locator(`#${table} .table-scroll`).evaluate((el) => {
              el.scrollLeft = 400;
              el.scrollTop = 500;
            });
            await page.screenshot({ path: `${out}/${table}-scrolled-${name}.png` });
          }
        }
        for (const id of ['table1', 'table2']) {
          await page.locator(`[data-chart-for="${id}"]`).scrollIntoViewIfNeeded();
          await page.waitForFunction(...drawn(id));
          await page.locator(`[data-chart-for="${id}"] .chart`).screenshot({ path: `${out}/chart-${id}-${name}.png` });
        }
        await context.close();
      }
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh-${script}/plans/linhai-14-outline/`);
    await page.locator('[data-chart-for="table1"]').scrollIntoViewIfNeeded();
    await page.waitForFunction(...drawn('table1'));
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.waitForFunction(...drawn('table2'));
    await page.pdf({ path: `${out}/print-${script}.pdf`, format: 'A4', printBackground: true });
    await context.close();
  }
}

await shoot().finally(() => Promise.all([browser.close(), site.close()]));
console.log(errors.length ? errors.join('\n') : 'no page errors', `\nscreenshots in ${out}`);
