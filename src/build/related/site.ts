/**
 * The corpus's relations as pages read them: from the files `stored.ts` wrote before the build,
 * one plan at a time. Pages are built plan by plan, so only the last few plans' files are kept.
 */
import { generatedFile } from '../../lib/generated-files.ts';
import type { RelatedPlanFile } from '../../lib/related/types.ts';
import { readGenerated } from '../generated.ts';
import type { PairFile } from '../../lib/related/plan-align.ts';
import type { PlanRelations, StoredSharedView } from './stored.ts';

const KEEP = 8;
const recent = new Map<string, PlanRelations>();

/** One plan's stored relations (its open-data file and its passages' pairs sharing wording). */
export function planRelations(slug: string): PlanRelations {
  let stored = recent.get(slug);
  if (!stored) {
    stored = readGenerated<PlanRelations>(generatedFile.related(slug));
    recent.set(slug, stored);
    for (const old of recent.keys()) if (recent.size > KEEP) recent.delete(old);
  }
  return stored;
}

/** One plan's relations: the open-data file /data/related/<slug>.json. */
export const relatedFile = (slug: string): RelatedPlanFile => planRelations(slug).file;

/** One passage's pairs sharing wording, most shared first, as its section page shows them. */
export const sharedOf = (slug: string, id: string): StoredSharedView[] => planRelations(slug).shared[id] ?? [];

let pairs: [string, string][] | undefined;
/** The precomputed plan pairs [a, b] (plan-pairs.ts). */
export function precomputedPairs(): [string, string][] {
  pairs ??= readGenerated<[string, string][]>(generatedFile.pairList);
  return pairs;
}

/** One precomputed pair's open-data file (/data/pairs/<a>--<b>.json). */
export const pairData = (a: string, b: string): PairFile => readGenerated<PairFile>(generatedFile.pair(a, b));

/** Paths (after /zh-hans/) of the related-passages pages, for the sitemap (the old pair URLs only redirect). */
export function relatedPaths(): string[] {
  return ['related/', 'compare-plans/'];
}
