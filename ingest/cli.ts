/**
 * `npm run ingest`: run the ingestion from the project root and print the summary.
 * SEEDS_DIR reads another seeds folder (a test builds a site from a fixture plan).
 */
import { formatProblem, IngestError } from './problems.ts';
import { summarise } from './report.ts';
import { runIngest } from './run.ts';

const started = performance.now();
try {
  const { report, cached } = runIngest({ seedsDir: process.env.SEEDS_DIR || 'seeds', outDir: 'src/generated', cacheDir: '.cache/ingest' });
  console.log(summarise(report, performance.now() - started));
  console.log(`${cached} of ${report.plans.length} plan(s) unchanged, taken from .cache/ingest/`);
} catch (e) {
  if (e instanceof IngestError) {
    console.error('ingest failed; the previous output is left as it was:');
    for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
    process.exit(1);
  }
  throw e;
}
