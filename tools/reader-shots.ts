/**
 * Screenshots of the reader (context bar, missing-fragment notice, phone permalinks) at 390 and
 * 1280 px, both scripts, light and dark, and a print PDF, for looking at (not a test):
 * `npx node tools/reader-shots.ts [outdir]` after `npm run build` (default /tmp/reader-shots).
 * Render the PDF's pages with `pdftoppm -png -r 60 <outdir>/print-hans.pdf <outdir>/print`.
 */
import { shootViews } from './shots.ts';

const out = process.argv[2] ?? '/tmp/reader-shots';
await shootViews(
  out,
  async (page, { script, name }, origin) => {
    await page.goto(`${origin}/zh-${script}/plans/linhai-14-outline/#c5-s2-p2`, { waitUntil: 'load' });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/deep-${name}.png` });
    await page.goto(`${origin}/zh-${script}/plans/linhai-14-outline/?missing#c5-s9-p4`, { waitUntil: 'load' });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/missing-${name}.png` });
  },
  {
    touch: true,
    // A print PDF of each script's plan page.
    finish: async (browser, origin) => {
      for (const script of ['hans', 'hant'] as const) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${origin}/zh-${script}/plans/linhai-14-outline/#c3-s2-p1`, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
        await page.pdf({ path: `${out}/print-${script}.pdf`, format: 'A4', preferCSSPageSize: true });
        await context.close();
      }
    },
  },
);
