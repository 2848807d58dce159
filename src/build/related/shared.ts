/**
 * Shared wording: pairs of passages in different plans that share text verbatim, with the
 * spans shared. Candidates come from an inverted index of winnowing fingerprints (never from
 * comparing all pairs); a fingerprint found in more than `maxPostings` passages is a formula
 * (or a generated corpus's copy) and proposes nothing. Each candidate pair is aligned in both
 * scripts independently, so the spans of each script are exact in that script.
 */
import type { Script } from '../../lib/plan-types.ts';
import { type AlignOptions, alignerFor, type Span } from '../../lib/related/align.ts';
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
  /** The passage (a or b) that proposed the pair among its own candidates: at most `maxCandidates` per passage. */
  proposer: number;
}

export function sharedWording(passages: readonly Passage[], o: SharedOptions): SharedPair[] {
  const prints = passages.map((p) => (p.target && p.wording ? Uint32Array.from(fingerprints(p.text.hans, o.k, o.window)) : new Uint32Array(0)));
  const postings = new Map<number, number[]>();
  prints.forEach((list, i) => {
    for (const f of list) {
      const l = postings.get(f);
      if (l) l.push(i);
      else postings.set(f, [i]);
    }
  });
  // Per passage, count the fingerprints it shares with each other passage (a dense counter,
  // as in the theme search) and keep the strongest candidates, so the work stays linear.
  const count = new Int32Array(passages.length);
  const touched: number[] = [];
  // Pair key → the first passage that proposed it (a passage proposes at most maxCandidates).
  const chosen = new Map<number, number>();
  const n = passages.length;
  prints.forEach((list, i) => {
    for (const f of list) {
      const l = postings.get(f);
      if (!l || l.length < 2 || l.length > o.maxPostings) continue;
      for (const j of l) {
        if (passages[j].plan === passages[i].plan) continue;
        if (count[j] === 0) touched.push(j);
        count[j]++;
      }
    }
    touched.sort((x, y) => count[y] - count[x] || x - y);
    for (const j of touched.slice(0, o.maxCandidates)) {
      const key = Math.min(i, j) * n + Math.max(i, j);
      if (!chosen.has(key)) chosen.set(key, i);
    }
    for (const j of touched) count[j] = 0;
    touched.length = 0;
  });
  const pairs: SharedPair[] = [];
  // Keys sort by their first passage, so each passage's aligners are built once.
  let current = -1;
  let aligners = { hans: (_: string): Span[] => [], hant: (_: string): Span[] => [] };
  for (const [key, proposer] of [...chosen].sort(([x], [y]) => x - y)) {
    const a = Math.floor(key / n);
    const b = key % n;
    if (a !== current) {
      current = a;
      aligners = { hans: alignerFor(passages[a].text.hans, o), hant: alignerFor(passages[a].text.hant, o) };
    }
    const hans = aligners.hans(passages[b].text.hans);
    const shared = hans.reduce((s, m) => s + m.length, 0);
    if (shared < o.minShared) continue;
    pairs.push({ a, b, shared, proposer, spans: { hans, hant: aligners.hant(passages[b].text.hant) } });
  }
  return pairs;
}
