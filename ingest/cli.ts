/**
 * `npm run ingest`: run the ingestion from the project root and print the summary, then the
 * corpus-wide steps that read every plan's output (CORPUS_STEPS), each in a process of its own
 * so that no process holds more than one of them, all at once on a machine with cores to spare.
 * SEEDS_DIR reads another seeds folder (a test builds a site from a fixture plan).
 */
import { spawn } from 'node:child_process';
import { formatProblem, IngestError } from './problems.ts';
import { summarise } from './report.ts';
import { runIngest } from './run.ts';
import { warmCache } from './warm.ts';

/** Node scripts run after the ingestion, each reading src/generated/ and writing a folder of it. */
const CORPUS_STEPS = ['src/build/related/stored.ts', 'src/build/search-files.ts'];

const runStep = (script: string) =>
  new Promise<void>((resolve, reject) => {
    spawn(process.execPath, [script], { stdio: 'inherit' }).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} failed (exit code ${code})`)),
    );
  });

const started = performance.now();
const seedsDir = process.env.SEEDS_DIR || 'seeds';
const cacheDir = '.cache/ingest';
try {
  // Plans not cached yet are ingested on every core first; the run then assembles the output.
  const fresh = await warmCache(seedsDir, cacheDir);
  const { report, cached } = runIngest({ seedsDir, outDir: 'src/generated', cacheDir });
  console.log(summarise(report, performance.now() - started));
  console.log(`${cached - fresh} of ${report.plans.length} plan(s) unchanged (.cache/ingest/), ${fresh} ingested in parallel`);
  await Promise.all(CORPUS_STEPS.map(runStep));
} catch (e) {
  if (e instanceof IngestError) {
    console.error('ingest failed; the previous output is left as it was:');
    for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
    process.exit(1);
  }
  throw e;
}
