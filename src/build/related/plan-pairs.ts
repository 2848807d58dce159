/**
 * The plan pairs computed at build time: those a reader is likely to open (src/lib/related/
 * pair-order.ts). Any other pair is computed in the browser from the same open data with the
 * same function (src/lib/related/plan-align.ts).
 */
import type { PlanData } from '../../lib/plan-data.ts';
import { alignPlans, type PairFile } from '../../lib/related/plan-align.ts';
import { likelyPairs as likely, type PairEntry } from '../../lib/related/pair-order.ts';
import { planUnits } from '../../lib/related/plan-units.ts';
import { planTree } from '../open-data/tree.ts';

/** Ordered pairs [a, b] of slugs to precompute, each pair of plans once. */
export const likelyPairs = (entries: readonly PairEntry[]): [string, string][] => likely(entries).map((p) => [p.a, p.b]);

/** The alignment of two plans, from their open-data trees: what /data/pairs/<a>--<b>.json holds. */
export function pairFile(a: PlanData, b: PlanData): PairFile {
  const pairs = alignPlans(planUnits(planTree(a).blocks), planUnits(planTree(b).blocks));
  return { a: a.entry.slug, b: b.entry.slug, pairs };
}
