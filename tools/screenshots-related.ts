/**
 * Screenshots of the related-passages views (a section page's shared wording side by side and
 * its list of the other pairs, plan pair, plan-page marker) at
 * 1280 and 390 px, both scripts, light and dark, for looking at (not a test):
 * `npx node tools/screenshots-related.ts [outdir]` after `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import { launch } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';

const out = process.argv[2] ?? '/tmp/related-shots';
mkdirSync(out, { recursive: true });
const [browser, site] = await Promise.all([launch(), serve('dist')]);
const errors: string[] = [];
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const script of ['hans', 'hant'] as const) {
      for (const width of [1280, 390]) {
        const context = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 844 }, colorScheme: scheme });
        const page = await context.newPage();
        page.on('console', (m) => m.type() === 'error' && errors.push(`${script} ${width}: ${m.text()}`));
        page.on('pageerror', (e) => errors.push(`${script} ${width}: ${e}`));
        const name = (what: string) => `${out}/${what}-${script}-${width}-${scheme}.png`;
        await page.goto(`${site.origin}/zh-${script}/plans/linhai-14-outline/c11-s4/#shared-linhai-common-prosperity-a16`);
        await page.screenshot({ path: name('pair') });
        await page.goto(`${site.origin}/zh-${script}/plans/quzhou-14-outline/c1-s4/#shared-wording`);
        await page.locator('.shared-rest').scrollIntoViewIfNeeded();
        await page.screenshot({ path: name('pair-rest') });
        await page.goto(`${site.origin}/zh-${script}/related/taizhou-14-proposal/linhai-14-outline/`);
        await page.screenshot({ path: name('plans') });
        await page.goto(`${site.origin}/zh-${script}/plans/linhai-14-outline/#c9-s3`);
        const toggle = page.locator('#c9-s3 + .related-marker .related-toggle');
        await toggle.click();
        await page.waitForSelector('#related-inline-c9-s3 a');
        await page.locator('#c9-s3').scrollIntoViewIfNeeded();
        await page.screenshot({ path: name('marker') });
        await context.close();
      }
    }
  }
} finally {
  await Promise.all([browser.close(), site.close()]);
}
process.stdout.write(`${[...errors, `${errors.length} console errors; screenshots in ${out}`].join('\n')}\n`);
