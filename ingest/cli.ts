/**
 * `npm run ingest`: run the ingestion from the project root and print the summary, then the
 * corpus-wide steps that read every plan's output (CORPUS_STEPS), each in a process of its own
 * so that no process holds more than one of them, all at once on a machine with cores to spare.
 * All of it is written in a temporary folder that replaces src/generated/ only when every step
 * succeeded (./corpus.ts). SEEDS_DIR reads another seeds folder (a test builds a site from a
 * fixture plan); GENERATED_DIR writes another output folder. A refusal is printed in plain
 * words, file and line first; a stack trace only with DEBUG set.
 */
import { spawn } from 'node:child_process';
import { ingestCorpus } from './corpus.ts';
import { formatProblem, IngestError } from './problems.ts';
import { summarise } from './report.ts';
import { warmCache } from './warm.ts';

/** Node scripts run after the ingestion, each reading the output folder (GENERATED_DIR) and writing a folder of it. */
const CORPUS_STEPS = ['src/build/related/stored.ts', 'src/build/search-files.ts'];

class StepFailed extends Error {}

const runStep = (script: string) => (dir: string) =>
  new Promise<void>((resolve, reject) => {
    spawn(process.execPath, [script], { stdio: 'inherit', env: { ...process.env, GENERATED_DIR: dir } }).on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new StepFailed(`${script} failed (${signal ? `killed by ${signal}` : `exit code ${code}`})`)),
    );
  });

const started = performance.now();
const seedsDir = process.env.SEEDS_DIR || 'seeds';
const outDir = process.env.GENERATED_DIR || 'src/generated';
const cacheDir = '.cache/ingest';
try {
  // Plans not cached yet are ingested on every core first; the run then assembles the output.
  const fresh = await warmCache(seedsDir, cacheDir);
  await ingestCorpus({
    seedsDir,
    outDir,
    cacheDir,
    steps: CORPUS_STEPS.map(runStep),
    ingested: ({ report, cached }) => {
      console.log(summarise(report, performance.now() - started));
      console.log(`${cached - fresh} of ${report.plans.length} plan(s) unchanged (.cache/ingest/), ${fresh} ingested in parallel`);
    },
  });
} catch (e) {
  console.error(`ingest failed; ${outDir} is left as it was:`);
  if (e instanceof IngestError) for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
  else console.error(`  ${e instanceof Error ? e.message : String(e)}`);
  if (process.env.DEBUG && !(e instanceof IngestError)) console.error(e);
  process.exit(1);
}
