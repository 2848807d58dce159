/**
 * The pair view's time for a pair the build did not precompute, in Chromium with the CPU
 * throttled 4× (CDP Emulation.setCPUThrottlingRate, a phone-class CPU), a fresh context each
 * run (nothing cached): `npx node tools/bench/compare-plans.ts [runs]` after `npm run build`.
 * Reported: from navigation start to the rows drawn (page, script, both plans' data, units,
 * alignment, rows; the page's own performance.now()), the loading of the two plans' data, and the
 * alignment alone. Pairs: 衢州纲要 → 临海纲要 (29,095 and 41,627 characters), and 临海纲要 against a
 * copy of itself with every section's paragraphs reversed (41,627 × 41,627: two 40,000-character
 * plans; the copy is served in place of jiaxing-15-proposal's open data).
 */
import { readFileSync } from 'node:fs';
import { launch } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/serve.ts';

interface Tree {
  slug: string;
  blocks: { kind: string; children: Tree['blocks'] }[];
}

/** linhai-14-outline's tree with each section's paragraphs in reverse order: as long, not identical. */
function reversedCopy(): string {
  const tree = JSON.parse(readFileSync('dist/data/plans/linhai-14-outline.json', 'utf8')) as Tree;
  const visit = (blocks: Tree['blocks']) => {
    for (const b of blocks) {
      if (b.kind === 'section') {
        const [head, ...rest] = b.children;
        b.children = head ? [head, ...rest.reverse()] : rest;
      }
      visit(b.children);
    }
  };
  visit(tree.blocks);
  return JSON.stringify({ ...tree, slug: 'jiaxing-15-proposal' });
}

const runs = Number(process.argv[2] ?? 5);
const [browser, site] = await Promise.all([launch(), serve('dist')]);
const copy = reversedCopy();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const cases: [string, string, string, boolean][] = [
    ['衢州纲要 → 临海纲要 (29,095 × 41,627)', 'quzhou-14-outline', 'linhai-14-outline', false],
    ['临海纲要 → its reversed copy (41,627 × 41,627)', 'linhai-14-outline', 'jiaxing-15-proposal', true],
  ];
  console.log(
    '| pair | throttling | runs | navigation to all rows drawn, median (ms) | max (ms) | script start to first rows drawn, median (ms) | loading both plans’ data (ms) | alignment (ms) |\n|---|---|---|---|---|---|---|---|',
  );
  for (const [label, a, b, substitute] of cases) {
    for (const rate of [1, 4]) {
      const total: number[] = [];
      const compute: number[] = [];
      const load: number[] = [];
      const first: number[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
        const page = await context.newPage();
        if (substitute) await page.route('**/data/plans/jiaxing-15-proposal.json', (r) => r.fulfill({ body: copy, contentType: 'application/json' }));
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await page.goto(`${site.origin}/zh-hans/compare-plans/?a=${a}&b=${b}`);
        await page.waitForSelector('.pairs-page[data-state="done"]', { timeout: 60_000 });
        const root = page.locator('.pairs-page');
        total.push(Number(await root.getAttribute('data-since-start')));
        compute.push(Number(await root.getAttribute('data-compute-ms')));
        load.push(Number(await root.getAttribute('data-load-ms')));
        first.push(Number(await root.getAttribute('data-first-ms')));
        await context.close();
      }
      console.log(`| ${label} | ${rate}× | ${runs} | ${median(total)} | ${Math.max(...total)} | ${median(first)} | ${median(load)} | ${median(compute)} |`);
    }
  }
} finally {
  await Promise.all([browser.close(), site.close()]);
}
