/**
 * Screenshots of the reader (context bar, missing-fragment notice, phone permalinks) at 390 and
 * 1280 px, both scripts, light and dark, and a print PDF, for looking at (not a test):
 * `npx node tools/reader-shots.ts [outdir]` after `npm run build` (default /tmp/reader-shots).
 * Render the PDF's pages with `pdftoppm -png -r 60 <outdir>/print-hans.pdf <outdir>/print`.
 */
import { mkdirSync } from 'node:fs';
import { launch } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';

const out = process.argv[2] ?? '/tmp/reader-shots';
mkdirSync(out, { recursive: true });
const [browser, site] = await Promise.all([launch(), serve('dist')]);
const errors: string[] = [];
try {
  for (const script of ['hans', 'hant'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [1280, 390]) {
        const phone = width < 600;
        const context = await browser.newContext({ viewport: { width, height: phone ? 844 : 900 }, colorScheme: scheme, hasTouch: phone, isMobile: phone });
        const page = await context.newPage();
        page.on('pageerror', (e) => errors.push(`${script} ${width}: ${e}`));
        const name = `${script}-${scheme}-${width}`;
        await page.goto(`${site.origin}/zh-${script}/plans/linhai-14-outline/#c5-s2-p2`, { waitUntil: 'load' });
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${out}/deep-${name}.png` });
        await page.goto(`${site.origin}/zh-${script}/plans/linhai-14-outline/?missing#c5-s9-p4`, { waitUntil: 'load' });
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${out}/missing-${name}.png` });
        await context.close();
      }
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh-${script}/plans/linhai-14-outline/#c3-s2-p1`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.pdf({ path: `${out}/print-${script}.pdf`, format: 'A4', preferCSSPageSize: true });
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exitCode = 1;
}
console.log(`screenshots in ${out}`);
