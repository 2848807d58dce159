/** The relations of the built corpus, computed once per build and shared by every page. */
import { allPlanData } from '../plans.ts';
import type { RelatedPlanFile } from '../../lib/related/types.ts';
import { computeRelated, type Related } from './index.ts';

let cached: Related | undefined;

export function related(): Related {
  cached ??= computeRelated(allPlanData());
  return cached;
}

const files = new Map<string, RelatedPlanFile>();

/** One plan's relations (the open-data file), computed once. */
export function relatedFile(slug: string): RelatedPlanFile {
  let file = files.get(slug);
  if (!file) {
    file = related().file(slug);
    files.set(slug, file);
  }
  return file;
}

/** Paths (after /zh-hans/) of every related-passages page, for the sitemap; pairs are drawn on the section pages. */
export function relatedPaths(): string[] {
  return ['related/', ...related().planPairs.map((v) => `related/${v.parent.entry.slug}/${v.child.entry.slug}/`)];
}
