/**
 * The whole ingestion: catalog → every plan through the pipeline → MDX, data JSON and the
 * report, written atomically. Problems in any plan stop the run before anything is written.
 *
 * Plan by plan: each plan's document tree is dropped as soon as its files are emitted, so
 * memory holds only the output strings; a plan whose inputs and code are unchanged is taken
 * from the cache (ingest/cache.ts) instead of being ingested again.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogEntry } from '../src/lib/catalog-schema.ts';
import type { PlanData, PlanSummary } from '../src/lib/plan-data.ts';
import { type CachedPlan, ingestCodeHash, planKey, readCached, writeCached } from './cache.ts';
import { loadCatalog } from './catalog.ts';
import { compileMdxTree } from '../src/build/mdx-compile.ts';
import { emitMdx, planTree } from './emit-mdx.ts';
import { planData } from './emit-data.ts';
import { type IngestedPlan, ingestPlan } from './pipeline.ts';
import { IngestError, type Problem } from './problems.ts';
import { buildReport, type IngestReport } from './report.ts';
import { readSeed } from './seed-files.ts';
import { loadCuratedTables } from './tables/curated.ts';
import { writeTreeAtomically } from './write.ts';
import { targetsFile } from '../src/lib/targets/file.ts';
import type { TargetRecord } from '../src/lib/targets/types.ts';

export interface IngestOptions {
  seedsDir: string;
  /** The generated content folder (git-ignored): plans/*.mdx, data/*.json, reports/*.json, summaries.json. */
  outDir: string;
  /** The cache folder (git-ignored); without it every plan is ingested. */
  cacheDir?: string;
}

type PlanReport = IngestReport['plans'][number];

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

/** The curated table files of a plan, as the cache key sees them (path and text). */
export function curatedFiles(seedsDir: string, slug: string): { path: string; text: string }[] {
  const dir = join(seedsDir, 'tables', slug);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => ({ path: name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** One plan's generated files and report entry, straight from the pipeline. */
export function emitPlan(seedsDir: string, entry: CatalogEntry, seed: Uint8Array, index: number): CachedPlan {
  const file = join(seedsDir, entry.file);
  const plan = ingestPlan(entry, seed, file, loadCuratedTables(seedsDir, entry.slug));
  const data = planData(plan.entry, plan.doc, plan.counts, index, plan.targets);
  const tree = planTree(plan.doc);
  const mdx = emitMdx(plan.doc, tree);
  return {
    files: {
      [`plans/${entry.slug}.mdx`]: mdx,
      // Compiled here, once per plan and cached: pages only run it (src/build/mdx-compile.ts).
      [`plans/${entry.slug}.mdx.js`]: compileMdxTree(tree),
      [`data/${entry.slug}.json`]: JSON.stringify(data),
    },
    report: buildReport([{ plan, charCount: data.charCount }]).plans[0],
  };
}

/** The catalogue summary of a plan, and its data with the catalog position of this run. */
function placed(out: CachedPlan, slug: string, index: number): { summary: PlanSummary; files: Record<string, string>; targets: TargetRecord[] } {
  const key = `data/${slug}.json`;
  const data = JSON.parse(out.files[key]) as PlanData;
  // A cached plan keeps its output when other plans are added or moved: only its position changes.
  const files = data.catalogIndex === index ? out.files : { ...out.files, [key]: JSON.stringify({ ...data, catalogIndex: index }) };
  const tables = data.tables.map(({ id, label, title }) => ({ id, label, title }));
  return { summary: { entry: data.entry, catalogIndex: index, counts: data.counts, charCount: data.charCount, tables }, files, targets: data.targets ?? [] };
}

export interface IngestRun {
  report: IngestReport;
  /** How many plans came from the cache unchanged. */
  cached: number;
}

export function runIngest(options: IngestOptions): IngestRun {
  const { seedsDir, cacheDir } = options;
  const { catalog } = loadCatalog(seedsDir);
  const code = cacheDir ? ingestCodeHash() : '';
  const problems: Problem[] = [];
  const files = new Map<string, string>();
  const reports: PlanReport[] = [];
  const summaries: PlanSummary[] = [];
  const targets: TargetRecord[] = [];
  let cached = 0;
  for (const [index, entry] of catalog.plans.entries()) {
    const seed = readSeed(seedsDir, entry.file);
    const key = cacheDir ? planKey(entry, seed, curatedFiles(seedsDir, entry.slug), code, join(seedsDir, entry.file)) : '';
    let out = cacheDir ? readCached(cacheDir, key) : undefined;
    if (out) cached++;
    else {
      try {
        out = emitPlan(seedsDir, entry, seed, index);
      } catch (e) {
        if (!(e instanceof IngestError)) throw e;
        problems.push(...e.problems);
        continue;
      }
      if (cacheDir) writeCached(cacheDir, key, out);
    }
    const { summary, files: planFiles, targets: planTargets } = placed(out, entry.slug, index);
    targets.push(...planTargets);
    for (const [path, content] of Object.entries(planFiles)) files.set(path, content);
    const report = out.report as PlanReport;
    files.set(`reports/${entry.slug}.json`, JSON.stringify(report));
    reports.push(report);
    summaries.push(summary);
  }
  if (problems.length > 0) throw new IngestError(problems);
  const report: IngestReport = { plans: reports };
  files.set('summaries.json', JSON.stringify({ plans: summaries }));
  // Every plan's targets in one file, the shape of /data/targets.json (src/lib/targets/types.ts).
  files.set('targets.json', JSON.stringify(targetsFile(targets)));
  // The report is written once, with the rest of the output (src/generated/ingest-report.json).
  files.set('ingest-report.json', JSON.stringify(report, null, 1));
  writeTreeAtomically(options.outDir, files);
  return { report, cached };
}
