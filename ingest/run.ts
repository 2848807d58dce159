/**
 * The whole ingestion: catalog → every plan through the pipeline → MDX, data JSON and the
 * report, written atomically. Problems in any plan stop the run before anything is written.
 */
import { join } from 'node:path';
import { loadCatalog } from './catalog.ts';
import { emitMdx } from './emit-mdx.ts';
import { planData } from './emit-data.ts';
import { type IngestedPlan, ingestPlan } from './pipeline.ts';
import { IngestError, type Problem } from './problems.ts';
import { buildReport, type IngestReport } from './report.ts';
import { readSeed } from './seed-files.ts';
import { loadCuratedTables } from './tables/curated.ts';
import { writeTreeAtomically } from './write.ts';

interface IngestOptions {
  seedsDir: string;
  /** The generated content folder (git-ignored): plans/*.mdx, data/*.json. */
  outDir: string;
}

/** Every catalogued plan through the pipeline; throws one IngestError listing all problems. */
export function ingestAll(seedsDir: string): IngestedPlan[] {
  const { catalog } = loadCatalog(seedsDir);
  const problems: Problem[] = [];
  const plans: IngestedPlan[] = [];
  for (const entry of catalog.plans) {
    const file = join(seedsDir, entry.file);
    try {
      plans.push(ingestPlan(entry, readSeed(seedsDir, entry.file), file, loadCuratedTables(seedsDir, entry.slug)));
    } catch (e) {
      if (e instanceof IngestError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length > 0) throw new IngestError(problems);
  return plans;
}

/** The generated files, by path relative to the output folder. */
export function outputFiles(plans: IngestedPlan[]): { files: Map<string, string>; report: IngestReport } {
  const files = new Map<string, string>();
  const withData = plans.map((plan, i) => {
    const data = planData(plan.entry, plan.doc, plan.counts, i);
    files.set(`plans/${plan.entry.slug}.mdx`, emitMdx(plan.doc));
    files.set(`data/${plan.entry.slug}.json`, JSON.stringify(data));
    return { plan, charCount: data.charCount };
  });
  const report = buildReport(withData);
  files.set('ingest-report.json', JSON.stringify(report, null, 1));
  return { files, report };
}

export function runIngest(options: IngestOptions): { report: IngestReport; plans: IngestedPlan[] } {
  const plans = ingestAll(options.seedsDir);
  const { files, report } = outputFiles(plans);
  // The report is written once, with the rest of the output (src/generated/ingest-report.json).
  writeTreeAtomically(options.outDir, files);
  return { report, plans };
}
