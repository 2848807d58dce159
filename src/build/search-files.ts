/**
 * `node src/build/search-files.ts`, the second step of `npm run ingest`: the search's static
 * files (./search-index.ts) from src/generated/data/, written to src/generated/search/ and
 * named in src/generated/search.json (./search-output.ts), before Astro runs.
 *
 * Plan by plan: every pass over the corpus reads each plan's JSON again and drops it, and
 * each file is written as it is made, so memory holds the index and one plan, not the corpus.
 * An unchanged corpus (same data, same code) is restored from .cache/search/ (./search-cache.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceDirectory, writeFileAtomically } from '../../ingest/write.ts';
import { generatedFile } from '../lib/generated-files.ts';
import type { PlanData } from '../lib/plan-data.ts';
import { PlanFailure, runCorpusStep, tracked } from './corpus-step.ts';
import { GENERATED } from './generated.ts';
import { allPlans, loadPlan } from './plans.ts';
import { restoreSearch, searchKey, storeSearch } from './search-cache.ts';
import { SEARCH_DIR, SEARCH_NAMES, type SearchNames } from './search-output.ts';
import { type PlanSource, type SearchBuild, writeSearchFiles } from './search-index.ts';

function* eachPlan(): Generator<PlanData> {
  for (const p of allPlans) yield loadPlan(p.entry.slug);
}

export interface SearchOutputOptions {
  /** Default: src/generated/search/ and src/generated/search.json. */
  dir?: string;
  namesFile?: string;
  /** Default: every plan of src/generated/, read one at a time on each pass. */
  plans?: PlanSource;
}

/** Replaces the folder (a failed run leaves the previous files as they were), then the names file. */
export function writeSearchOutput(options: SearchOutputOptions = {}): SearchBuild & { files: number } {
  const { dir = SEARCH_DIR, namesFile = SEARCH_NAMES, plans = eachPlan } = options;
  let built: SearchBuild | undefined;
  let files = 0;
  const read = tracked(plans);
  replaceDirectory(dir, (tmp) => {
    try {
      built = writeSearchFiles(read.source, (name, content) => {
        writeFileSync(join(tmp, name), content);
        files++;
      });
    } catch (e) {
      const plan = read.current();
      throw plan ? new PlanFailure(plan, e) : e;
    }
  });
  if (!built) throw new Error('unreachable: replaceDirectory ran no fill');
  const names: SearchNames = { manifest: built.manifestFile, fold: built.foldFile };
  writeFileAtomically(namesFile, `${JSON.stringify(names)}\n`);
  return { ...built, files };
}

/** The step as `npm run ingest` runs it: from the cache when the corpus is unchanged; returns what to print. */
function run(cacheDir = '.cache/search'): string {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const key = searchKey(
    join(GENERATED, generatedFile.dataDir),
    allPlans.map((p) => p.entry.slug),
  );
  if (restoreSearch(cacheDir, key, SEARCH_DIR, SEARCH_NAMES)) return `search: corpus unchanged, files restored from ${cacheDir}/ in ${ms()} ms`;
  const built = writeSearchOutput();
  storeSearch(cacheDir, key, SEARCH_DIR, SEARCH_NAMES);
  const { grams, aligned } = built;
  return (
    `search: ${built.files} files for ${built.manifest.plans.length} plan(s) in ${ms()} ms ` +
    `(${grams.grams} grams, ${grams.places} places, ${grams.chunks} chunks; ${aligned.pairs.length} phrase pairs, ${aligned.unaligned} passages unaligned)`
  );
}

if (import.meta.main) await runCorpusStep('search files', () => run());
