/**
 * Which pairs sharing wording a passage's section page draws in full. A pair is drawn on the
 * pages of its own two passages, not on a page of its own, so the site grows with passages,
 * not with pairs. A page draws the `full` pairs of its passage sharing the most characters; a
 * pair among the first `full` of neither passage is drawn on the page of the passage that
 * proposed it (a passage proposes at most maxCandidates), so every pair is drawn somewhere and
 * no page draws more than full + maxCandidates.
 */
import type { SharedPair } from './shared.ts';

/** Pairs drawn in full per page, by characters shared (docs/RELATED.md). */
export const FULL_PAIRS = 5;

export interface PassagePair {
  pair: SharedPair;
  /** The other passage's index. */
  other: number;
  /** Drawn in full on this passage's page (else on the other's). */
  drawn: boolean;
}

/** For every passage (by index) that shares wording: its pairs, most shared first (then catalog order). */
export function placePairs(pairs: readonly SharedPair[], full = FULL_PAIRS): Map<number, PassagePair[]> {
  const byPassage = new Map<number, SharedPair[]>();
  for (const p of pairs) {
    for (const end of [p.a, p.b]) {
      const list = byPassage.get(end);
      if (list) list.push(p);
      else byPassage.set(end, [p]);
    }
  }
  const other = (p: SharedPair, i: number) => (p.a === i ? p.b : p.a);
  const topAt = new Map<SharedPair, number[]>();
  for (const [i, list] of byPassage) {
    list.sort((x, y) => y.shared - x.shared || other(x, i) - other(y, i));
    for (const p of list.slice(0, full)) topAt.set(p, [...(topAt.get(p) ?? []), i]);
  }
  const out = new Map<number, PassagePair[]>();
  for (const [i, list] of byPassage) {
    out.set(
      i,
      list.map((pair) => {
        const top = topAt.get(pair) ?? [];
        return { pair, other: other(pair, i), drawn: top.includes(i) || (top.length === 0 && pair.proposer === i) };
      }),
    );
  }
  return out;
}
