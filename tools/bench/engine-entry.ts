/**
 * The search engine bundled for the benchmark's in-page run (esbuild → one script): loads a
 * manifest, its fold table and every shard, then times each query through the candidate
 * index and through a scan of every passage, in the browser.
 */
import { Engine } from '../../src/lib/search/engine.ts';
import { parseFoldTable } from '../../src/lib/search/normalise.ts';
import type { Manifest, Shard } from '../../src/lib/search/types.ts';

async function json<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${r.status} ${url}`);
  return (await r.json()) as T;
}

const INNER = 10;

export interface InPage {
  loadMs: number;
  index: Record<string, number[]>;
  scan: Record<string, number[]>;
  mismatches: string[];
}

(globalThis as unknown as { __searchBench: unknown }).__searchBench = async (manifestUrl: string, queries: string[], reps: number): Promise<InPage> => {
  const manifest = await json<Manifest>(manifestUrl);
  const fold = parseFoldTable(await json<string>(new URL(manifest.fold, manifestUrl).href));
  const shards = new Map<string, Shard>();
  await Promise.all(manifest.plans.map(async (p) => shards.set(p.file.hans, await json<Shard>(new URL(p.file.hans, manifestUrl).href))));
  const engine = new Engine(manifest, fold, 'hans', async (f) => shards.get(f)!);
  const t0 = performance.now();
  await engine.load();
  const loadMs = performance.now() - t0;
  const out: InPage = { loadMs, index: {}, scan: {}, mismatches: [] };
  for (const q of queries) {
    for (const scan of [false, true]) {
      const samples: number[] = [];
      // The page's clock is coarse (0.1 ms): each sample times INNER runs.
      for (let i = 0; i < reps + 2; i++) {
        const s = performance.now();
        for (let k = 0; k < INNER; k++) {
          const r = engine.search(q, { scan });
          for (const h of engine.top(r, 8)) engine.snippet(h, r.terms);
        }
        if (i >= 2) samples.push((performance.now() - s) / INNER);
      }
      (scan ? out.scan : out.index)[q] = samples;
    }
    const a = engine
      .search(q)
      .plans.map((p) => `${p.meta.slug}:${p.hits}`)
      .join();
    const b = engine
      .search(q, { scan: true })
      .plans.map((p) => `${p.meta.slug}:${p.hits}`)
      .join();
    if (a !== b) out.mismatches.push(q);
  }
  return out;
};
