/**
 * A tour of every kind of screen, for looking at (not a test): each page below at 390 and 1280 px,
 * both scripts, light and dark, plus the plan and a section page printed to A4 PDF (and rendered
 * to PNG when pdftoppm is installed), and the passage pages' preview.png copied beside them.
 * `npx node tools/screenshots-tour.ts [outdir] [stop-name | print]` after `npm run build`
 * (default /tmp/tour-shots). The narrower tools beside this one shoot the states of one
 * feature (search panel, catalogue filters, related markers, reader notices).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';

type Script = 'hans' | 'hant';
interface Stop {
  name: string;
  path: (script: Script) => string;
  /** Brings the page into the state worth seeing; the shot is of the viewport when set, else the full page. */
  setup?: (page: Page) => Promise<void>;
  full?: boolean;
}

const term = (hans: string, hant: string) => (script: Script) => encodeURIComponent(script === 'hans' ? hans : hant);
const STOPS: Stop[] = [
  { name: 'home', path: () => '' },
  {
    name: 'plan-cite',
    path: () => 'plans/linhai-14-outline/',
    setup: async (page) => {
      // A tap on the paragraph first: on a touch screen that is what shows its permalink.
      await page.locator('#c3-s2-p1').click({ position: { x: 4, y: 4 } });
      await page.locator('#c3-s2-p1 > a.permalink').click();
      await page.waitForSelector('.cite-pop:not([hidden])');
    },
  },
  { name: 'plan-deep', path: () => 'plans/linhai-14-outline/#c5-s2-p1', setup: (page) => page.waitForTimeout(400) },
  { name: 'plan-missing', path: () => 'plans/linhai-14-outline/#c5-s9-p4', setup: (page) => page.waitForTimeout(400) },
  { name: 'section', path: () => 'plans/linhai-14-outline/c2-s1/', full: true },
  { name: 'article', path: () => 'plans/taizhou-14-proposal/a7/', full: true },
  { name: 'table', path: () => 'plans/linhai-14-outline/table2/', full: true },
  { name: 'data', path: () => 'data/', full: true },
  { name: 'about', path: () => 'about/', full: true },
  { name: 'search', path: (s) => `search/?q=${term('数字经济', '數字經濟')(s)}`, setup: (page) => page.waitForSelector('.sr-plan').then(() => {}) },
  {
    name: 'compare',
    path: (s) => `compare/?terms=${term('数字经济,共同富裕,碳达峰', '數字經濟,共同富裕,碳達峰')(s)}`,
    setup: (page) => page.waitForSelector('table').then(() => {}),
    full: true,
  },
  { name: 'related-index', path: () => 'related/', full: true },
  { name: 'related-plans', path: () => 'related/taizhou-14-proposal/linhai-14-outline/' },
  { name: 'related-pair', path: () => 'related/linhai-14-outline/c11-s4/linhai-common-prosperity/a16/' },
  { name: '404', path: () => 'no-such-page/', full: true },
];

const out = process.argv[2] ?? '/tmp/tour-shots';
const only = process.argv[3];
mkdirSync(out, { recursive: true });
// The share images of the two passage pages, beside the shots (they are built files, not screens).
for (const [name, path] of [
  ['preview-section-hans', 'zh-hans/plans/linhai-14-outline/c2-s1'],
  ['preview-article-hant', 'zh-hant/plans/taizhou-14-proposal/a7'],
])
  copyFileSync(`dist/${path}/preview.png`, `${out}/${name}.png`);
const [browser, site] = await Promise.all([launch(), serve('dist')]);
const errors: string[] = [];
try {
  for (const stop of STOPS.filter((s) => !only || s.name === only))
    for (const script of ['hans', 'hant'] as const)
      for (const width of [1280, 390])
        for (const colorScheme of ['light', 'dark'] as const) {
          const phone = width < 600;
          const context = await browser.newContext({ viewport: { width, height: phone ? 844 : 900 }, colorScheme, hasTouch: phone, isMobile: phone });
          const page = await context.newPage();
          const where = `${stop.name} ${script} ${width} ${colorScheme}`;
          // The 404 page's own status is reported as a console error: not a fault.
          page.on('console', (m) => m.type() === 'error' && !(stop.name === '404' && m.text().includes('404')) && errors.push(`${where}: ${m.text()}`));
          page.on('pageerror', (e) => errors.push(`${where}: ${e}`));
          await page.goto(`${site.origin}/zh-${script}/${stop.path(script)}`, { waitUntil: 'load' });
          await page.waitForTimeout(150);
          await stop.setup?.(page);
          await page.screenshot({ path: `${out}/${stop.name}-${script}-${width}-${colorScheme}.png`, fullPage: stop.full ?? !stop.setup });
          await context.close();
        }
  if (!only || only === 'print')
    for (const [name, path] of [
      ['plan', 'plans/linhai-14-outline/#c3-s2-p1'],
      ['section', 'plans/linhai-14-outline/c2-s1/'],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${site.origin}/zh-hans/${path}`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      const pdf = `${out}/print-${name}.pdf`;
      await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
      await context.close();
      try {
        execFileSync('pdftoppm', ['-png', '-r', '50', '-l', '4', pdf, `${out}/print-${name}`]);
      } catch {
        console.log(`pdftoppm not available; open ${pdf} by hand`);
      }
    }
} finally {
  await Promise.all([browser.close(), site.close()]);
}
console.log(`${errors.length} console errors${errors.map((e) => `\n${e}`).join('')}; screenshots in ${out}`);
