/**
 * Ingest the plans missing from the cache on every core before the (sequential) run, which
 * then only assembles cached output: on the 2-core build machine this halves a cold ingestion
 * of 1,000 plans. Each worker takes every n-th plan of the catalog and writes cache entries; a
 * plan that fails is left out, so the sequential run ingests it again and reports its problems
 * with file and line as usual. Run as a module (the pool) and as the worker itself.
 */
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ingestCodeHash, planKey, readCached, writeCached } from './cache.ts';
import { loadCatalog } from './catalog.ts';
import { curatedFiles, emitPlan } from './run.ts';
import { readSeed } from './seed-files.ts';

interface Share {
  seedsDir: string;
  cacheDir: string;
  /** This worker takes the plans at catalog positions ≡ part (mod parts). */
  part: number;
  parts: number;
  code: string;
}

/** The plans of one share that are not cached yet, ingested and cached; returns how many. */
function warmShare({ seedsDir, cacheDir, part, parts, code }: Share): number {
  let done = 0;
  for (const [index, entry] of loadCatalog(seedsDir).catalog.plans.entries()) {
    if (index % parts !== part) continue;
    try {
      const seed = readSeed(seedsDir, entry.file);
      const key = planKey(entry, seed, curatedFiles(seedsDir, entry.slug), code, join(seedsDir, entry.file));
      if (readCached(cacheDir, key)) continue;
      writeCached(cacheDir, key, emitPlan(seedsDir, entry, seed, index));
      done++;
    } catch {
      // Reported by the sequential run, which reads and ingests this plan again, file and line.
    }
  }
  return done;
}

/** Fill the cache on `workers` threads (default: one per core); resolves to the plans ingested. */
export async function warmCache(seedsDir: string, cacheDir: string, workers = availableParallelism()): Promise<number> {
  // A broken catalog is reported here, in this thread, as the IngestError it is.
  const plans = loadCatalog(seedsDir).catalog.plans.length;
  const parts = Math.max(1, Math.min(workers, plans));
  const code = ingestCodeHash();
  if (parts === 1) return warmShare({ seedsDir, cacheDir, part: 0, parts, code });
  const runs = Array.from(
    { length: parts },
    (_, part) =>
      new Promise<number>((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { seedsDir, cacheDir, part, parts, code } satisfies Share });
        worker.once('message', resolve);
        worker.once('error', reject);
      }),
  );
  return (await Promise.all(runs)).reduce((a, b) => a + b, 0);
}

if (!isMainThread && workerData) parentPort?.postMessage(warmShare(workerData as Share));
