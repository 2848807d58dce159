/**
 * Shared wording: pairs of passages in different plans that share text verbatim, with the
 * spans shared. Candidates come from an inverted index of winnowing fingerprints (never from
 * comparing all pairs); a fingerprint found in more than `maxPostings` passages is a formula
 * (or a generated corpus's copy) and proposes nothing. Each candidate pair is aligned in both
 * scripts independently, so the spans of each script are exact in that script.
 */
import type { Script } from '../../lib/plan-types.ts';
import { type AlignOptions, align, type Span } from './align.ts';
import type { Passage } from './passages.ts';
import { fingerprints } from './winnow.ts';

export interface SharedOptions extends AlignOptions {
  /** Winnowing k-gram length and window. */
  k: number;
  window: number;
  /** Fingerprints in more passages than this propose no pairs. */
  maxPostings: number;
  /** Candidates aligned per passage: those sharing the most fingerprints. */
  maxCandidates: number;
  /** A pair is reported when its spans cover at least this many characters. */
  minShared: number;
}

export interface SharedPair {
  /** Indexes into the passages array, a < b. */
  a: number;
  b: number;
  spans: Record<Script, Span[]>;
  /** Characters shared (simplified script). */
  shared: number;
}

export function sharedWording(passages: readonly Passage[], o: SharedOptions): SharedPair[] {
  const postings = new Map<number, number[]>();
  passages.forEach((p, i) => {
    if (!p.target) return;
    for (const f of fingerprints(p.text.hans, o.k, o.window)) {
      const list = postings.get(f);
      if (list) list.push(i);
      else postings.set(f, [i]);
    }
  });
  // Count shared fingerprints per candidate pair (key a * n + b, a < b, different plans).
  const n = passages.length;
  const common = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > o.maxPostings) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if (passages[list[x]].plan === passages[list[y]].plan) continue;
        const key = list[x] * n + list[y];
        common.set(key, (common.get(key) ?? 0) + 1);
      }
    }
  }
  // Keep each passage's strongest candidates only, so the alignment work stays linear.
  const best = new Map<number, { key: number; count: number }[]>();
  for (const [key, count] of common) {
    for (const end of [Math.floor(key / n), key % n]) {
      const list = best.get(end) ?? [];
      list.push({ key, count });
      best.set(end, list);
    }
  }
  const chosen = new Set<number>();
  for (const list of best.values()) {
    list.sort((x, y) => y.count - x.count || x.key - y.key);
    for (const c of list.slice(0, o.maxCandidates)) chosen.add(c.key);
  }
  const pairs: SharedPair[] = [];
  for (const key of [...chosen].sort((x, y) => x - y)) {
    const a = Math.floor(key / n);
    const b = key % n;
    const hans = align(passages[a].text.hans, passages[b].text.hans, o);
    const shared = hans.reduce((s, m) => s + m.length, 0);
    if (shared < o.minShared) continue;
    pairs.push({ a, b, shared, spans: { hans, hant: align(passages[a].text.hant, passages[b].text.hant, o) } });
  }
  return pairs;
}
