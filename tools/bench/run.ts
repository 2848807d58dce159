/**
 * `npm run bench`: the search's numbers, in Node and in Chromium, for the five real plans and
 * for a synthetic corpus of 100 plans generated from them (tools/bench/synthetic-corpus.ts):
 *
 * - index build time, index size raw and gzipped (shards, of which the FlexSearch part, fold
 *   table, manifest), against the gzipped size of the plan text itself;
 * - bytes a browser downloads from focusing the header box to the first results (and to the
 *   complete results), measured on the wire (gzip) in Chromium on the built site;
 * - query latency (median, p95) over a fixed query set, through the candidate index and
 *   through a naive scan of every passage (the baseline), in the same run, in Node and in
 *   the browser; and keystroke-to-paint on the real site.
 *
 * Needs a built site (`npm run build`). Writes build/bench.json; prints a summary.
 * Options: BENCH_REPS (default 15), BENCH_SYNTHETIC (default 100).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../../tests/helpers/browser.ts';
import { realPlans, syntheticPlans } from './synthetic-corpus.ts';
import { buildSearchFiles, type SearchFiles } from '../../src/build/search-index.ts';
import { Engine } from '../../src/lib/search/engine.ts';
import { parseFoldTable } from '../../src/lib/search/normalise.ts';
import type { Shard } from '../../src/lib/search/types.ts';
import type { PlanData } from '../../src/lib/plan-data.ts';
import type { InPage } from './engine-entry.ts';
import { serveGzip } from './serve-gzip.ts';

/** The fixed query set: common and rare terms, single characters, several terms, traditional input, misses. */
export const QUERIES = [
  '数字经济',
  '共同富裕',
  '实体经济',
  '低空经济',
  '高质量发展',
  '乡村振兴',
  '碳达峰',
  '营商环境',
  '人工智能',
  '新质生产力',
  '一带一路',
  '公共服务',
  '生态文明',
  '综合交通',
  '数字 经济',
  '共同富裕 示范',
  '科技创新 人才',
  '城乡 融合 发展',
  '发',
  '的',
  '经',
  '數字經濟',
  '經濟',
  '臺州',
  '二〇三五年',
  'GDP',
  '“十四五”',
  '量子引力',
  '建设现代化经济体系',
  '区域协调发展',
];

const REPS = Number(process.env.BENCH_REPS ?? 15);
const SYNTHETIC = Number(process.env.BENCH_SYNTHETIC ?? 100);
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const bytes = (s: string) => Buffer.byteLength(s);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}
const stats = (xs: number[]) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs) });
/** Latency over the query set: every sample of every query. */
const pooled = (per: Record<string, number[]>) => stats(Object.values(per).flat());

interface Sizes {
  plans: number;
  passages: number;
  textChars: number;
  /** The plan text itself (every passage, simplified, newline-joined), gzipped. */
  textGzip: number;
  shards: { raw: number; gzip: number };
  shardIndex: { raw: number; gzip: number };
  shardText: { raw: number; gzip: number };
  largestShardGzip: number;
  fold: { raw: number; gzip: number };
  manifest: { raw: number; gzip: number };
}

function measureSizes(plans: PlanData[], files: SearchFiles): Sizes {
  const text = plans.flatMap((p) => p.records.map((r) => r.text.hans)).join('\n');
  const out: Sizes = {
    plans: plans.length,
    passages: plans.reduce((n, p) => n + p.records.length, 0),
    textChars: text.length,
    textGzip: gz(text),
    shards: { raw: 0, gzip: 0 },
    shardIndex: { raw: 0, gzip: 0 },
    shardText: { raw: 0, gzip: 0 },
    largestShardGzip: 0,
    fold: { raw: bytes(files.files.get(files.foldFile)!), gzip: gz(files.files.get(files.foldFile)!) },
    manifest: { raw: bytes(files.files.get(files.manifestFile)!), gzip: gz(files.files.get(files.manifestFile)!) },
  };
  for (const p of files.manifest.plans) {
    const json = files.files.get(p.file.hans)!;
    const g = gz(json);
    out.shards.raw += bytes(json);
    out.shards.gzip += g;
    out.largestShardGzip = Math.max(out.largestShardGzip, g);
    const shard = JSON.parse(json) as Shard;
    const index = JSON.stringify(shard.index);
    const texts = JSON.stringify(shard.text);
    out.shardIndex.raw += bytes(index);
    out.shardIndex.gzip += gz(index);
    out.shardText.raw += bytes(texts);
    out.shardText.gzip += gz(texts);
  }
  return out;
}

async function nodeBench(plans: PlanData[]) {
  const buildTimes: number[] = [];
  let files!: SearchFiles;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    files = buildSearchFiles([...plans]);
    buildTimes.push(performance.now() - t0);
  }
  const sizes = measureSizes(plans, files);
  const fold = parseFoldTable(files.fold);
  const engine = new Engine(files.manifest, fold, 'hans', async (f) => JSON.parse(files.files.get(f)!) as Shard);
  const t0 = performance.now();
  await engine.load();
  const loadMs = performance.now() - t0;
  const index: Record<string, number[]> = {};
  const scan: Record<string, number[]> = {};
  const mismatches: string[] = [];
  const perQuery: Record<string, { plans: number; hits: number }> = {};
  for (const q of QUERIES) {
    for (const mode of [false, true]) {
      const samples: number[] = [];
      for (let i = 0; i < REPS + 2; i++) {
        const s = performance.now();
        const r = engine.search(q, { scan: mode });
        for (const h of engine.top(r, 8)) engine.snippet(h, r.terms);
        if (i >= 2) samples.push(performance.now() - s);
      }
      (mode ? scan : index)[q] = samples;
    }
    const r = engine.search(q);
    perQuery[q] = { plans: r.plans.length, hits: r.hits };
    const b = engine.search(q, { scan: true });
    if (r.plans.map((p) => `${p.meta.slug}:${p.hits}`).join() !== b.plans.map((p) => `${p.meta.slug}:${p.hits}`).join()) mismatches.push(q);
  }
  return {
    files,
    sizes,
    buildMs: stats(buildTimes),
    loadMs,
    index: pooled(index),
    scan: pooled(scan),
    perQueryMedian: Object.fromEntries(QUERIES.map((q) => [q, { index: quantile(index[q], 0.5), scan: quantile(scan[q], 0.5), ...perQuery[q] }])),
    mismatches,
  };
}

/** dist/ copied with this corpus's search files in place of the real ones. */
function siteFor(name: string, files: SearchFiles): string {
  const dir = join('build', `bench-site-${name}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync('dist', dir, { recursive: true });
  const html = readFileSync(join(dir, 'zh-hans', 'index.html'), 'utf8');
  const oldManifest = html.match(/data-search-manifest="[^"]*search\/([^"]+)"/)?.[1];
  const oldFold = html.match(/data-search-fold="[^"]*search\/([^"]+)"/)?.[1];
  if (!oldManifest || !oldFold) throw new Error('the built pages carry no search manifest: run npm run build');
  rmSync(join(dir, 'search'), { recursive: true, force: true });
  mkdirSync(join(dir, 'search'));
  for (const [file, content] of files.files) writeFileSync(join(dir, 'search', file), content);
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html'))
        writeFileSync(p, readFileSync(p, 'utf8').replaceAll(oldManifest, files.manifestFile).replaceAll(oldFold, files.foldFile));
    }
  };
  walk(dir);
  return dir;
}

interface FirstSearch {
  /** From the focus event on the header box (the index starts loading then). */
  toFirstResultsMs: number;
  /** When the query had been typed (the bench types at once, after focusing). */
  typedAfterMs: number;
  toCompleteMs: number;
  bytesToFirst: { total: number; js: number; data: number; requests: number };
  bytesToComplete: { total: number; js: number; data: number; requests: number };
}

const FIRST_RUNS = 5;

async function firstSearchPage(browser: Browser, origin: string, errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/zh-hans/`, { waitUntil: 'load' });
  return { context, page };
}

async function firstSearch(page: Page): Promise<FirstSearch> {
  await page.evaluate(() => {
    const w = window as unknown as { __t: { focus?: number; input?: number; first?: number; done?: number } };
    w.__t = {};
    const box = document.querySelector('#site-search')!;
    box.addEventListener('focus', () => (w.__t.focus ??= performance.now()), { capture: true });
    box.addEventListener('input', () => (w.__t.input = performance.now()), { capture: true });
    new MutationObserver(() => {
      const status = document.querySelector('.search-panel .sp-status')?.textContent ?? '';
      if (!w.__t.first && document.querySelector('.sp-list [role="option"]')) w.__t.first = performance.now();
      if (w.__t.first && !w.__t.done && !status.includes('正在载入')) w.__t.done = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.locator('#site-search').focus();
  await page.keyboard.insertText('数字经济');
  await page.waitForFunction(() => (window as unknown as { __t: { done?: number } }).__t.done, undefined, { timeout: 120_000 });
  const t = await page.evaluate(() => (window as unknown as { __t: { focus: number; input: number; first: number; done: number } }).__t);
  const resources = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => {
      const r = e as PerformanceResourceTiming;
      return { name: r.name, start: r.startTime, end: r.responseEnd, size: r.transferSize };
    }),
  );
  const sum = (until: number) => {
    const rs = resources.filter((r) => r.start >= t.focus - 1 && r.end <= until + 1);
    const of = (f: (n: string) => boolean) => rs.filter((r) => f(r.name)).reduce((n, r) => n + r.size, 0);
    return { total: of(() => true), js: of((n) => n.endsWith('.js')), data: of((n) => n.includes('/search/')), requests: rs.length };
  };
  return {
    toFirstResultsMs: t.first - t.focus,
    toCompleteMs: t.done - t.focus,
    typedAfterMs: t.input - t.focus,
    bytesToFirst: sum(t.first),
    bytesToComplete: sum(t.done),
  };
}

async function chromiumBench(browser: Browser, dir: string, files: SearchFiles, bundle: string) {
  const site = await serveGzip(dir);
  try {
    // 1. The first search, cold cache: from focusing the header box to results (median of runs).
    const runs: FirstSearch[] = [];
    let context!: BrowserContext;
    let page!: Page;
    const errors: string[] = [];
    for (let run = 0; run < FIRST_RUNS; run++) {
      if (context) await context.close();
      ({ context, page } = await firstSearchPage(browser, site.origin, errors));
      runs.push(await firstSearch(page));
    }
    const med = (f: (r: FirstSearch) => number) => quantile(runs.map(f), 0.5);
    const byMedian = [...runs].sort((a, b) => a.bytesToFirst.total - b.bytesToFirst.total)[Math.floor(runs.length / 2)];
    const first = {
      ...byMedian,
      toFirstResultsMs: med((r) => r.toFirstResultsMs),
      toCompleteMs: med((r) => r.toCompleteMs),
      typedAfterMs: med((r) => r.typedAfterMs),
      runs: runs.map((r) => ({ first: r.toFirstResultsMs, complete: r.toCompleteMs, bytesToFirst: r.bytesToFirst.total })),
    };

    // 2. Keystroke to painted results, index loaded, on the real panel.
    const paint: Record<string, number[]> = {};
    const handler: Record<string, number[]> = {};
    for (const q of QUERIES) {
      paint[q] = [];
      handler[q] = [];
      for (let i = 0; i < Math.min(REPS, 7) + 1; i++) {
        const [h, p] = await page.evaluate(
          async (query) => {
            const input = document.querySelector<HTMLInputElement>('#site-search')!;
            await new Promise((r) => setTimeout(r, 90)); // past the panel's rate limit: this keystroke searches at once
            const t0 = performance.now();
            input.value = query;
            input.dispatchEvent(new InputEvent('input', { bubbles: true }));
            const t1 = performance.now();
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            return [t1 - t0, performance.now() - t0];
          },
          i % 2 ? q : `${q} `,
        );
        if (i) {
          handler[q].push(h);
          paint[q].push(p);
        }
      }
    }
    await context.close();

    // 3. The engine alone in the page: candidate index against a scan of every passage.
    const context2 = await browser.newContext({ bypassCSP: true });
    const page2 = await context2.newPage();
    await page2.goto(`${site.origin}/zh-hans/about/`);
    await page2.addScriptTag({ content: bundle });
    const inPage = await page2.evaluate(
      ([manifest, queries, reps]) =>
        (window as unknown as { __searchBench: (m: string, q: string[], r: number) => Promise<InPage> }).__searchBench(manifest, queries, reps),
      [`${site.origin}/search/${files.manifestFile}`, QUERIES, REPS] as [string, string[], number],
    );
    await context2.close();
    return {
      first,
      keystrokeToPaint: pooled(paint),
      inputHandler: pooled(handler),
      engineLoadMs: inPage.loadMs,
      index: pooled(inPage.index),
      scan: pooled(inPage.scan),
      mismatches: inPage.mismatches,
      errors,
    };
  } finally {
    await site.close();
  }
}

async function main() {
  if (!existsSync('dist/zh-hans/index.html')) throw new Error('no built site in dist/: run npm run build first');
  const real = realPlans();
  const corpora = { plans5: real, [`plans${SYNTHETIC}`]: syntheticPlans(real, SYNTHETIC) };
  const { outputFiles } = await esbuild({
    entryPoints: ['tools/bench/engine-entry.ts'],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const bundle = outputFiles[0].text;
  const browser = await launch();
  const chromiumVersion = browser.version();
  const results: Record<string, unknown> = {};
  try {
    for (const [name, plans] of Object.entries(corpora)) {
      console.log(`\n== ${name}: ${plans.length} plans`);
      const node = await nodeBench(plans);
      const s = node.sizes;
      console.log(`passages ${s.passages}, text ${s.textChars} chars, plan text gzipped ${kb(s.textGzip)}`);
      console.log(`index build (all shards, both scripts, fold, manifest): median ${ms(node.buildMs.median)}`);
      console.log(
        `shards (one script): ${kb(s.shards.raw)} raw, ${kb(s.shards.gzip)} gzip; of which FlexSearch index ${kb(s.shardIndex.raw)} raw / ${kb(s.shardIndex.gzip)} gzip, passage text ${kb(s.shardText.gzip)} gzip; largest shard ${kb(s.largestShardGzip)} gzip`,
      );
      console.log(`fold table ${kb(s.fold.raw)} raw / ${kb(s.fold.gzip)} gzip; manifest ${kb(s.manifest.raw)} raw / ${kb(s.manifest.gzip)} gzip`);
      console.log(
        `Node: load all shards ${ms(node.loadMs)}; query (search + 8 snippets) index median ${ms(node.index.median)} p95 ${ms(node.index.p95)} | naive scan median ${ms(node.scan.median)} p95 ${ms(node.scan.p95)}${node.mismatches.length ? ` MISMATCH ${node.mismatches}` : ''}`,
      );
      const dir = siteFor(name, node.files);
      const chromium = await chromiumBench(browser, dir, node.files, bundle);
      rmSync(dir, { recursive: true, force: true });
      const f = chromium.first;
      console.log(
        `Chromium first search (focus, then type at once): first results ${ms(f.toFirstResultsMs)} after focus, ${kb(f.bytesToFirst.total)} on the wire (${kb(f.bytesToFirst.js)} JS, ${kb(f.bytesToFirst.data)} index, ${f.bytesToFirst.requests} requests); complete after ${ms(f.toCompleteMs)}, ${kb(f.bytesToComplete.total)} (${(f.bytesToComplete.total / s.textGzip).toFixed(2)}× the gzipped plan text); runs: ${f.runs.map((r) => `${r.first.toFixed(0)} ms/${kb(r.bytesToFirst)}`).join(', ')}`,
      );
      console.log(
        `Chromium keystroke → painted results: median ${ms(chromium.keystrokeToPaint.median)} p95 ${ms(chromium.keystrokeToPaint.p95)} (input handler incl. render: median ${ms(chromium.inputHandler.median)} p95 ${ms(chromium.inputHandler.p95)})`,
      );
      console.log(
        `Chromium engine: load ${ms(chromium.engineLoadMs)}; query index median ${ms(chromium.index.median)} p95 ${ms(chromium.index.p95)} | naive scan median ${ms(chromium.scan.median)} p95 ${ms(chromium.scan.p95)}${chromium.mismatches.length ? ` MISMATCH ${chromium.mismatches}` : ''}${chromium.errors.length ? ` ERRORS ${chromium.errors}` : ''}`,
      );
      const { files: _files, ...rest } = node;
      results[name] = { node: rest, chromium };
    }
  } finally {
    await browser.close();
  }
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
    date: new Date().toISOString(),
    reps: REPS,
  };
  mkdirSync('build', { recursive: true });
  writeFileSync('build/bench.json', JSON.stringify({ machine, queries: QUERIES, results }, null, 1));
  console.log(`\nmachine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}, Chromium ${machine.chromium}`);
  console.log('written build/bench.json');
}

await main();
