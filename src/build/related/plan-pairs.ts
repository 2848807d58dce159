/**
 * The plan pairs computed at build time (any other pair is computed in the browser, from the
 * same open data with the same function, src/lib/related/plan-align.ts): those a reader is likely
 * to open. From the catalog alone: b follows a (`follows:`), a is a plan of b's parent city, or
 * the two are plans of one city; in the last two cases only for the same or consecutive
 * five-year periods. a is the earlier: the followed plan, the parent's, the earlier period, else
 * the earlier in catalog order.
 */
import { type CatalogEntry, followsOf } from '../../lib/catalog-schema.ts';
import type { PlanData } from '../../lib/plan-data.ts';
import { alignPlans, type PairFile } from '../../lib/related/plan-align.ts';
import { planUnits } from '../../lib/related/plan-units.ts';
import { planTree } from '../open-data/tree.ts';

type Entry = Pick<CatalogEntry, 'slug' | 'city' | 'parent' | 'period' | 'follows'>;

/** Ordered pairs [a, b] of slugs to precompute, each pair of plans once. */
export function likelyPairs(entries: readonly Entry[]): [string, string][] {
  const out: [string, string][] = [];
  const seen = new Set<string>();
  const add = (a: Entry, b: Entry) => {
    const key = [a.slug, b.slug].sort().join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    out.push([a.slug, b.slug]);
  };
  const close = (a: Entry, b: Entry) => Math.abs(a.period - b.period) <= 1;
  for (const b of entries) for (const a of entries) if (followsOf(b).includes(a.slug)) add(a, b);
  entries.forEach((b, j) => {
    entries.forEach((a, i) => {
      if (i === j || !close(a, b)) return;
      if (b.parent.zh === a.city.zh) add(a, b);
      else if (a.city.zh === b.city.zh && (a.period < b.period || (a.period === b.period && i < j))) add(a, b);
    });
  });
  return out;
}

/** /data/pairs/<a>--<b>.json: the open-data file name of a pair. */
export const pairName = (a: string, b: string): string => `${a}--${b}`;

/** The alignment of two plans, from their open-data trees: what /data/pairs/<a>--<b>.json holds. */
export function pairFile(a: PlanData, b: PlanData): PairFile {
  const pairs = alignPlans(planUnits(planTree(a).blocks), planUnits(planTree(b).blocks));
  return { a: a.entry.slug, b: b.entry.slug, pairs };
}
