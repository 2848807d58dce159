/**
 * What the targets stage costs the ingestion: `node tools/bench/targets-cost.ts [seeds dir]`
 * (e.g. 1,000 synthetic plans from tools/bench/synthetic-seeds.ts). Plan by plan, in one thread,
 * the whole of one plan's ingestion (emitPlan: pipeline, MDX, compiled MDX, data JSON) is timed,
 * then the targets stage alone on the same tree; the two are interleaved, so load from other
 * processes weighs on both alike. Prints the stage's share of the ingestion without it.
 */
import { join } from 'node:path';
import { loadCatalog } from '../../ingest/catalog.ts';
import { ingestFile } from '../../ingest/ingest-file.ts';
import { ingestPlan } from '../../ingest/pipeline.ts';
import { emitPlan } from '../../ingest/run.ts';
import { readSeed } from '../../ingest/seed-files.ts';
import { loadCuratedTables } from '../../ingest/tables/curated.ts';
import { extractTargets } from '../../ingest/targets/stage.ts';

const seedsDir = process.argv[2] ?? 'seeds';
const { catalog } = loadCatalog(seedsDir);
let whole = 0;
let stage = 0;
let records = 0;
for (const [index, entry] of catalog.plans.entries()) {
  const seed = readSeed(seedsDir, entry.file);
  const path = join(seedsDir, entry.file);
  let t = performance.now();
  emitPlan(seedsDir, entry, seed, index);
  whole += performance.now() - t;
  const plan = ingestPlan(entry, seed, path, loadCuratedTables(seedsDir, entry.slug));
  const file = ingestFile(path, entry);
  t = performance.now();
  extractTargets(plan.doc, file);
  stage += performance.now() - t;
  records += file.targets?.length ?? 0;
}
const without = whole - stage;
console.log(
  `${catalog.plans.length} plans, ${records} records: ingestion ${(whole / 1000).toFixed(1)} s, of which the targets stage ${(stage / 1000).toFixed(2)} s = +${((stage / without) * 100).toFixed(1)} % on the ingestion without it (${(without / 1000).toFixed(1)} s)`,
);
