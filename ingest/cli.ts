/**
 * `npm run ingest`: run the ingestion from the project root and print the summary.
 * SEEDS_DIR reads another seeds folder (a test builds a site from a fixture plan).
 */
import { formatProblem, IngestError } from './problems.ts';
import { summarise } from './report.ts';
import { runIngest } from './run.ts';
import { warmCache } from './warm.ts';

const started = performance.now();
const seedsDir = process.env.SEEDS_DIR || 'seeds';
const cacheDir = '.cache/ingest';
try {
  // Plans not cached yet are ingested on every core first; the run then assembles the output.
  const fresh = await warmCache(seedsDir, cacheDir);
  const { report, cached } = runIngest({ seedsDir, outDir: 'src/generated', cacheDir });
  console.log(summarise(report, performance.now() - started));
  console.log(`${cached - fresh} of ${report.plans.length} plan(s) unchanged (.cache/ingest/), ${fresh} ingested in parallel`);
} catch (e) {
  if (e instanceof IngestError) {
    console.error('ingest failed; the previous output is left as it was:');
    for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
    process.exit(1);
  }
  throw e;
}
