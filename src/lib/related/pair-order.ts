/**
 * Which two plans a reader is likely to read side by side, and which comes first (甲, a) — from
 * the catalog alone: b follows a (`follows:`), a is a plan of b's parent city, or the two are
 * plans of one city; the last two only for the same or consecutive five-year periods. The
 * build precomputes these pairs (src/build/related/plan-pairs.ts), plan pages suggest them.
 */
import { type CatalogEntry, followsOf } from '../catalog-schema.ts';

export type PairEntry = Pick<CatalogEntry, 'slug' | 'city' | 'parent' | 'period' | 'follows'>;

export type PairReason = 'follows' | 'parentPlan' | 'samePlace';

export interface LikelyPair {
  a: string;
  b: string;
  why: PairReason;
}

/** The pair x and y make, earlier first, when they are likely read together; `xFirst` breaks a tie (catalog order). */
export function likelyPair(x: PairEntry, y: PairEntry, xFirst: boolean): LikelyPair | undefined {
  if (x.slug === y.slug) return undefined;
  if (followsOf(y).includes(x.slug)) return { a: x.slug, b: y.slug, why: 'follows' };
  if (followsOf(x).includes(y.slug)) return { a: y.slug, b: x.slug, why: 'follows' };
  if (Math.abs(x.period - y.period) > 1) return undefined;
  if (y.parent.zh === x.city.zh) return { a: x.slug, b: y.slug, why: 'parentPlan' };
  if (x.parent.zh === y.city.zh) return { a: y.slug, b: x.slug, why: 'parentPlan' };
  if (x.city.zh !== y.city.zh) return undefined;
  const xEarlier = x.period < y.period || (x.period === y.period && xFirst);
  return xEarlier ? { a: x.slug, b: y.slug, why: 'samePlace' } : { a: y.slug, b: x.slug, why: 'samePlace' };
}

/** Any two plans in reading order: a likely pair's order, else the earlier period first, else catalog order. */
export function pairOrder(x: PairEntry, y: PairEntry, xFirst: boolean): [string, string] {
  const likely = likelyPair(x, y, xFirst);
  if (likely) return [likely.a, likely.b];
  return x.period < y.period || (x.period === y.period && xFirst) ? [x.slug, y.slug] : [y.slug, x.slug];
}

/** Every likely pair of a catalog, each once, in catalog order of their first member. */
export function likelyPairs(entries: readonly PairEntry[]): LikelyPair[] {
  const out: LikelyPair[] = [];
  entries.forEach((x, i) => {
    entries.forEach((y, j) => {
      if (j <= i) return;
      const p = likelyPair(x, y, true);
      if (p) out.push(p);
    });
  });
  return out;
}
