/**
 * All or nothing: the ingestion and every corpus-wide step write into one temporary folder
 * beside src/generated/, which replaces it only when every step has succeeded. A run that
 * fails (or is killed: the folder is removed on a signal, or at the next start) leaves the
 * previous output exactly as it was.
 */
import { rmSync } from 'node:fs';
import { type IngestRun, runIngest } from './run.ts';
import { removeStale, swapIn, tmpDirOf } from './write.ts';

/** A corpus-wide step: reads the output folder given and writes its own part of it. */
export type CorpusStep = (dir: string) => unknown;

export interface CorpusOptions {
  seedsDir: string;
  outDir: string;
  cacheDir?: string;
  steps: CorpusStep[];
  /** Called with the summary once the plans are ingested, before the steps. */
  ingested?: (run: IngestRun) => void;
}

export async function ingestCorpus({ seedsDir, outDir, cacheDir, steps, ingested }: CorpusOptions): Promise<IngestRun> {
  removeStale(outDir);
  const tmp = tmpDirOf(outDir);
  const drop = () => rmSync(tmp, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    drop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    drop();
    const run = runIngest({ seedsDir, outDir: tmp, cacheDir });
    ingested?.(run);
    // Every step runs even when one fails, so all their messages are seen.
    const results = await Promise.allSettled(steps.map(async (step) => step(tmp)));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    swapIn(tmp, outDir);
    return run;
  } finally {
    drop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
