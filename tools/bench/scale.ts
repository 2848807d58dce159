/**
 * `npm run bench:scale`: the search and compare at 5, 100 and 1,000 plans, cold, in Chromium.
 *
 * For each size a synthetic corpus is made from the seeds (synthetic-corpus.ts: plan k is
 * plan k mod 5 with the sentences of every paragraph shuffled); only the SEARCH FILES are built
 * for it (buildSearchFiles, the same code the site build runs), and put in place of the real
 * ones in a copy of the built site (dist/, so run `npm run build` first): the pages and
 * scripts are the real ones, the corpus behind them is synthetic. The copy is served gzipped
 * (serve-gzip.ts) and measured in Chromium through the real header panel, results page and
 * compare page, each from a fresh browser context (cold cache):
 *
 * - bytes on the wire and time from focusing the header box to the first painted results
 *   and to the complete per-plan counts, for a rare term, a common term and held-out random
 *   substrings of the corpus (both scripts); every plan's count in the panel is checked
 *   against a brute-force count in Node;
 * - the compare page for one term: bytes and time to the table;
 * - the results page opened cold from a search link (scale-page.ts): bytes and time to complete;
 * - keystroke → painted results on the header panel and on the results page, measured in the
 *   page, for queries new to it and for the same queries repeated (scale-page.ts).
 *
 * Prints one table and writes it, with the machine, into docs/PERFORMANCE.md between the
 * markers of the section named by SCALE_SECTION (default `current`). SCALE_SIZES (default
 * 5,100,1000) picks the sizes; SCALE_HELD_OUT (default 3) the number of random substrings.
 *
 * One harness in one file (over the house's ~400 lines on purpose): corpus, site copy, the
 * browser measurements and the table are read together when judging a number.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../../tests/helpers/browser.ts';
import { buildSearchFiles, type SearchFiles } from '../../src/build/search-index.ts';
import { occurrences } from '../../src/lib/search/match.ts';
import { Normaliser, parseFoldTable } from '../../src/lib/search/normalise.ts';
import type { PlanData } from '../../src/lib/plan-data.ts';
import { prng, realPlans, syntheticPlans } from './synthetic-corpus.ts';
import { serveGzip } from './serve-gzip.ts';
import { type PageLoad, resultsPage, type Typing, typing } from './scale-page.ts';

const SIZES = (process.env.SCALE_SIZES ?? '5,100,1000').split(',').map(Number);
const HELD_OUT = Number(process.env.SCALE_HELD_OUT ?? 3);
const SECTION = process.env.SCALE_SECTION ?? 'current';
/** A complete result slower than this is recorded as a time-out. */
const TIMEOUT = Number(process.env.SCALE_TIMEOUT_MS ?? 240_000);
const TYPING = ['数字经济'];
/** Queries typed new to the page, per size (SCALE_TYPED). */
const TYPED = Number(process.env.SCALE_TYPED ?? 12);

const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(0)} KB`);
const sec = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};

/** Brute force: per plan, non-overlapping occurrences of the normalised term in every passage. */
function bruteCounts(plans: readonly PlanData[], normaliser: Normaliser, query: string): Map<string, number> {
  const term = normaliser.text(query);
  const out = new Map<string, number>();
  for (const p of plans) {
    let n = 0;
    for (const r of p.records) n += occurrences(normaliser.text(r.text.hans), term).length;
    if (n) out.set(p.entry.slug, n);
  }
  return out;
}

/** Random substrings (2–6 characters) of the corpus's raw text, alternately simplified and traditional. */
function heldOut(plans: readonly PlanData[], normaliser: Normaliser, n: number, seed: number): string[] {
  const random = prng(seed);
  const out: string[] = [];
  while (out.length < n) {
    const p = plans[Math.floor(random() * plans.length)];
    const r = p.records[Math.floor(random() * p.records.length)];
    const text = Array.from(out.length % 2 ? r.text.hant : r.text.hans);
    const len = 2 + Math.floor(random() * 5);
    if (text.length < len) continue;
    const from = Math.floor(random() * (text.length - len));
    const q = text.slice(from, from + len).join('');
    // One term: nothing the query parser would cut at or read as syntax (spaces, list marks, quotes, minus).
    if (normaliser.text(q).length >= 2 && !/[\s,，、;；|｜"“”「」『』＂\-－−]/u.test(q)) out.push(q);
  }
  return out;
}

/** A copy of dist/ with this corpus's search files in place of the real ones. */
export function siteFor(name: string, files: SearchFiles): string {
  const dir = join('build', `scale-site-${name}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync('dist', dir, { recursive: true });
  const html = readFileSync(join(dir, 'zh-hans', 'index.html'), 'utf8');
  const old = [...html.matchAll(/data-search-[a-z]+="[^"]*search\/([^"]+\.json)"/g)].map((m) => m[1]);
  if (!old.length) throw new Error('the built pages carry no search files: run npm run build');
  rmSync(join(dir, 'search'), { recursive: true, force: true });
  mkdirSync(join(dir, 'search'));
  for (const [file, content] of files.files) {
    mkdirSync(join(dir, 'search', file, '..'), { recursive: true });
    writeFileSync(join(dir, 'search', file), content);
  }
  const replace = (text: string) => {
    let out = text;
    for (const o of old) {
      const stem = o.split('.')[0];
      const now = [files.manifestFile, files.foldFile].find((f) => f.split('.')[0] === stem);
      if (now) out = out.replaceAll(o, now);
    }
    return out;
  };
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory() && p !== join(dir, 'search')) walk(p);
      else if (e.name.endsWith('.html')) writeFileSync(p, replace(readFileSync(p, 'utf8')));
    }
  };
  walk(dir);
  return dir;
}

interface Load {
  firstMs: number;
  completeMs: number;
  firstBytes: number;
  completeBytes: number;
  requests: number;
  /** Plans listed in the panel with their counts (the first ones), and the summary's totals. */
  counts?: Map<string, number>;
  totals?: { plans: number; hits: number };
  timedOut?: boolean;
}

/** A page that keeps every resource timing (the browser's default buffer stops at 250 entries). */
async function fresh(context: BrowserContext): Promise<Page> {
  await context.addInitScript(() => performance.setResourceTimingBufferSize(1_000_000));
  return context.newPage();
}

/** Bytes on the wire of the resources fetched since `from` (page clock) and done by `until`. */
async function wire(page: Page, from: number, until: number): Promise<{ bytes: number; requests: number }> {
  return page.evaluate(
    ([a, b]) => {
      const rs = performance.getEntriesByType('resource').filter((e) => e.startTime >= a - 1 && (e as PerformanceResourceTiming).responseEnd <= b + 1);
      return { bytes: rs.reduce((n, e) => n + (e as PerformanceResourceTiming).transferSize, 0), requests: rs.length };
    },
    [from, until],
  );
}

/**
 * The header panel, cold: focus the box, type the query at once; first results are the first
 * painted passage; complete is the panel saying it has every plan (no "loading" in its status).
 */
export async function panelSearch(browser: Browser, origin: string, query: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await fresh(context);
  try {
    await page.goto(`${origin}/zh-hans/about/`, { waitUntil: 'load' });
    await page.evaluate(() => {
      const w = window as unknown as { __t: Record<string, number> };
      w.__t = {};
      const box = document.querySelector('#site-search')!;
      box.addEventListener('focus', () => (w.__t.focus ??= performance.now()), { capture: true });
      const panel = document.querySelector<HTMLElement>('.search-panel')!;
      new MutationObserver(() => {
        const status = panel.querySelector('.sp-status')?.textContent ?? '';
        // Format 2 marks its state (counts complete once "counted"); format 1 says 正在载入 while loading.
        const counted = panel.dataset.state ? panel.dataset.state !== 'loading' : !status.includes('正在载入') && status.includes('“');
        const shown = panel.querySelector('[role="option"]') || (counted && status.includes('没有找到'));
        if (!w.__t.first && shown) w.__t.first = performance.now();
        if (!w.__t.done && counted && status.includes('“')) w.__t.done = performance.now();
      }).observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.locator('#site-search').focus();
    await page.keyboard.insertText(query);
    let timedOut = false;
    await page
      .waitForFunction(
        () => {
          // Both the counts and the first passages (format 2 paints the counts first).
          const t = (window as unknown as { __t: { done?: number; first?: number } }).__t;
          return t.done && t.first;
        },
        undefined,
        { timeout: TIMEOUT, polling: 50 },
      )
      .catch(() => {
        timedOut = true;
      });
    const t = await page.evaluate(() => (window as unknown as { __t: Record<string, number> }).__t);
    const end = t.done ?? Number.POSITIVE_INFINITY;
    const first = await wire(page, t.focus, t.first ?? end);
    const complete = await wire(page, t.focus, end);
    const counts = new Map<string, number>(
      await page.$$eval('.sp-plans a[data-slug]', (as) =>
        as.map((a) => [(a as HTMLElement).dataset.slug!, Number((a as HTMLElement).dataset.hits)] as [string, number]),
      ),
    );
    const summary = /：(\d+) 份规划，共 (\d+) 处/.exec((await page.locator('.search-panel .sp-status').first().textContent()) ?? '');
    return {
      totals: summary ? { plans: Number(summary[1]), hits: Number(summary[2]) } : { plans: 0, hits: 0 },
      firstMs: (t.first ?? Number.NaN) - t.focus,
      // Complete: the counts of every plan painted (format 2 may paint them before any passage).
      completeMs: timedOut ? Number.NaN : end - t.focus,
      firstBytes: first.bytes,
      completeBytes: complete.bytes,
      requests: complete.requests,
      counts,
      timedOut,
    };
  } finally {
    await context.close();
  }
}

/** The compare page for one term, cold: navigation to the table of counts. */
async function compareLoad(browser: Browser, origin: string, term: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await fresh(context);
  try {
    const t0 = Date.now();
    await page.goto(`${origin}/zh-hans/compare/?terms=${encodeURIComponent(term)}`, { waitUntil: 'commit' });
    let timedOut = false;
    await page.waitForSelector('.cmp-table', { timeout: TIMEOUT }).catch(() => {
      timedOut = true;
    });
    const ms = Date.now() - t0;
    const { bytes, requests } = await wire(page, 0, Number.POSITIVE_INFINITY);
    return { firstMs: ms, completeMs: timedOut ? Number.NaN : ms, firstBytes: bytes, completeBytes: bytes, requests, timedOut };
  } finally {
    await context.close();
  }
}

interface Row {
  plans: number;
  textGzip: number;
  buildMs: number;
  peakRssMB: number;
  files: number;
  filesGzip: number;
  searches: { query: string; kind: string; load: Load; exact: boolean | undefined }[];
  compare: Load;
  /** The results page opened cold from a search link, per query of `searches`. */
  pages: PageLoad[];
  typingPanel: Typing;
  typingPage: Typing;
}

async function measure(browser: Browser, n: number, real: readonly PlanData[]): Promise<Row> {
  const plans = n === real.length ? [...real] : syntheticPlans(real, n);
  const t0 = performance.now();
  const files = buildSearchFiles(plans);
  const buildMs = performance.now() - t0;
  // The benchmark process's peak so far (it holds the synthetic corpus too): an upper bound for the index build.
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const normaliser = new Normaliser(parseFoldTable(files.fold));
  let filesGzip = 0;
  for (const content of files.files.values()) filesGzip += gzipSync(content, { level: 6 }).length;
  const textGzip = gzipSync(plans.flatMap((p) => p.records.map((r) => r.text.hans)).join('\n'), { level: 6 }).length;
  const queries = [
    { query: '低空经济', kind: 'rare' },
    { query: '数字经济', kind: 'common' },
    ...heldOut(plans, normaliser, HELD_OUT, 1000 + n).map((query) => ({ query, kind: 'held-out' })),
  ];
  const dir = siteFor(String(n), files);
  const site = await serveGzip(dir);
  try {
    const searches: Row['searches'] = [];
    for (const q of queries) {
      const load = await panelSearch(browser, site.origin, q.query);
      const brute = bruteCounts(plans, normaliser, q.query);
      // Every plan listed has its brute-force count, and the totals (plans, hits) are the brute force's.
      const bruteHits = [...brute.values()].reduce((a, b) => a + b, 0);
      const exact = load.timedOut
        ? undefined
        : [...load.counts!].every(([slug, c]) => brute.get(slug) === c) && load.totals!.plans === brute.size && load.totals!.hits === bruteHits;
      searches.push({ ...q, load, exact });
      console.log(
        `  ${n} plans, ${q.kind} ${q.query}: first ${sec(load.firstMs)} ${kb(load.firstBytes)}, complete ${load.timedOut ? 'timed out' : `${sec(load.completeMs)} ${kb(load.completeBytes)}`} (${load.requests} requests), ${brute.size} plans, exact: ${exact}`,
      );
    }
    const compare = await compareLoad(browser, site.origin, '数字经济');
    console.log(`  ${n} plans, compare 数字经济: ${sec(compare.completeMs)} ${kb(compare.completeBytes)} (${compare.requests} requests)`);
    const pages: PageLoad[] = [];
    for (const q of queries) {
      const p = await resultsPage(browser, site.origin, q.query, TIMEOUT);
      pages.push(p);
      console.log(
        `  ${n} plans, results page ${q.kind} ${q.query}: ${p.timedOut ? 'timed out' : sec(p.ms)}, ${kb(p.bytes)} (search files ${kb(p.searchBytes)}, ${p.requests} requests)`,
      );
    }
    // Typing: queries new to the page (random substrings, 2–6 characters, both scripts), then the same again.
    const typed = heldOut(plans, normaliser, TYPED, 5000 + n);
    const failed: Typing = { fresh: Number.NaN, repeated: Number.NaN, worst: Number.NaN, n: 0 };
    const tp = await typing(browser, site.origin, 'panel', TYPING[0], typed).catch(() => failed);
    const tg = await typing(browser, site.origin, 'page', TYPING[0], typed).catch(() => failed);
    const ty = (x: Typing) => `new ${x.fresh.toFixed(1)} (max ${x.worst.toFixed(0)}, ${x.n}), repeated ${x.repeated.toFixed(1)}`;
    console.log(`  ${n} plans, keystroke → painted with marks (median ms): panel ${ty(tp)}; results page ${ty(tg)}`);
    return { plans: n, textGzip, buildMs, peakRssMB, files: files.files.size, filesGzip, searches, compare, pages, typingPanel: tp, typingPage: tg };
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The results page's cells: total bytes (search files' part), time to complete; held-out as medians. */
function pageCells(r: Row): string {
  const cell = (ps: PageLoad[]) => {
    const ok = ps.filter((p) => !p.timedOut);
    if (!ok.length) return 'timed out';
    return `${kb(median(ok.map((p) => p.bytes)))} (${kb(median(ok.map((p) => p.searchBytes)))}), ${sec(median(ok.map((p) => p.ms)))}`;
  };
  const of = (k: string) => r.pages.filter((_, i) => r.searches[i].kind === k);
  return `${cell(of('rare'))} / ${cell(of('common'))} / ${cell(of('held-out'))}`;
}

function table(rows: Row[]): string {
  const head = [
    '| plans | plan text gz | search files (count, gz) | build (search files; peak RSS) | panel, rare 低空经济: first / complete | panel, common 数字经济: first / complete | panel, held-out substrings: complete (median) | exact vs brute force | compare one term | results page cold, complete: rare / common / held-out (median) | keystroke → paint, new queries: panel / page (median) | repeated queries: panel / page |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const cell = (l: Load) =>
    l.timedOut ? `${kb(l.firstBytes)}, ${sec(l.firstMs)} / timed out` : `${kb(l.firstBytes)}, ${sec(l.firstMs)} / ${kb(l.completeBytes)}, ${sec(l.completeMs)}`;
  return [
    ...head,
    ...rows.map((r) => {
      const of = (k: string) => r.searches.filter((s) => s.kind === k);
      const held = of('held-out').filter((s) => !s.load.timedOut);
      const exact = r.searches.every((s) => s.exact !== false) ? `yes (${r.searches.filter((s) => s.exact).length}/${r.searches.length})` : 'NO';
      return `| ${r.plans} | ${kb(r.textGzip)} | ${r.files}, ${kb(r.filesGzip)} | ${sec(r.buildMs)}; ${(r.peakRssMB / 1024).toFixed(1)} GB | ${cell(of('rare')[0].load)} | ${cell(of('common')[0].load)} | ${
        held.length
          ? `${kb(median(held.map((s) => s.load.completeBytes)))}, ${sec(median(held.map((s) => s.load.completeMs)))} (${of('held-out')
              .map((s) => s.query)
              .join('、')})`
          : 'timed out'
      } | ${exact} | ${r.compare.timedOut ? 'timed out' : `${kb(r.compare.completeBytes)}, ${sec(r.compare.completeMs)}`} | ${pageCells(r)} | ${r.typingPanel.fresh.toFixed(1)} / ${r.typingPage.fresh.toFixed(1)} ms (slowest ${r.typingPanel.worst.toFixed(0)} / ${r.typingPage.worst.toFixed(0)}; ${r.typingPage.n} queries) | ${r.typingPanel.repeated.toFixed(1)} / ${r.typingPage.repeated.toFixed(1)} ms |`;
    }),
  ].join('\n');
}

async function main() {
  if (!existsSync('dist/zh-hans/index.html')) throw new Error('no built site in dist/: run npm run build first');
  const real = realPlans();
  const browser = await launch();
  const rows: Row[] = [];
  try {
    for (const n of SIZES) {
      console.log(`== ${n} plans`);
      rows.push(await measure(browser, n, real));
    }
  } finally {
    await browser.close();
  }
  const cpu = os.cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model} (load average ${os.loadavg()[0].toFixed(1)} at the end: the machine is shared), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, Chromium ${await chromiumVersion()}, ${new Date().toISOString().slice(0, 16)}Z`;
  const out = `${table(rows)}\n\nMachine: ${machine}.`;
  console.log(`\n${out}`);
  const doc = 'docs/PERFORMANCE.md';
  const start = `<!-- scale:${SECTION}:start -->`;
  const end = `<!-- scale:${SECTION}:end -->`;
  const text = readFileSync(doc, 'utf8');
  const block = `${start}\n${out}\n${end}`;
  writeFileSync(doc, text.includes(start) ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${text.trimEnd()}\n\n${block}\n`);
  mkdirSync('build', { recursive: true });
  writeFileSync(
    `build/scale-${SECTION}.json`,
    JSON.stringify({ machine, rows }, (_, v) => (v instanceof Map ? undefined : v), 1),
  );
  console.log(`written ${doc} (section ${SECTION}) and build/scale-${SECTION}.json`);
}

async function chromiumVersion(): Promise<string> {
  const b = await launch();
  const v = b.version();
  await b.close();
  return v;
}

if (import.meta.main) await main();
