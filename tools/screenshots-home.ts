/**
 * Screenshots of the home page's catalogue and the about page at phone and desktop width, both
 * scripts, light and dark, for looking at (not a test): `node tools/screenshots-home.ts [outdir]`.
 * Serves dist/ (build first); a filtered state is shot too (text typed, a facet ticked, sorted).
 */
import { shootViews } from './shots.ts';

const out = process.argv[2] ?? '/tmp/home-shots';
await shootViews(out, async (page, { script, width, name }, origin) => {
  await page.goto(`${origin}/zh-${script}/`);
  await page.screenshot({ path: `${out}/home-${name}.png` });
  await page.locator('#cat-q').fill(script === 'hans' ? '纲要' : '綱要');
  await page.locator('[data-facet="period"] input').first().check();
  await page.locator('#cat-sort').selectOption('length');
  await page.screenshot({ path: `${out}/filtered-${name}.png`, fullPage: width < 600 });
  await page.goto(`${origin}/zh-${script}/about/`);
  await page.screenshot({ path: `${out}/about-${name}.png` });
});
