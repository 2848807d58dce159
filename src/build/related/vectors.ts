/**
 * Weighted n-gram vectors of passages. Document frequencies are counted over the corpus's
 * text records (paragraphs), so a formula every plan repeats — 习近平新时代中国特色社会主义思想,
 * 高质量发展 — occurs in many records and weighs little. Heading text is counted several times.
 * Vectors are L2-normalised (their dot product is a cosine) and kept sorted by weight, heaviest
 * first, so pruning a vector to its top terms is a slice.
 */
import type { PlanData } from '../../lib/plan-data.ts';
import type { Passage } from './passages.ts';
import { addNgrams } from './terms.ts';

export interface WeightOptions {
  /** TF-IDF with log tf, BM25's saturated tf and length normalisation, or raw tf (a baseline without IDF). */
  weighting: 'tfidf' | 'bm25' | 'tf';
  /** N-gram sizes: [2] or [2, 3]. */
  grams: readonly number[];
  /** How many times the passage's own heading counts. */
  headingBoost: number;
  /** How many times the enclosing chapter's title counts. */
  chapterBoost: number;
  /** Keep only each passage's heaviest terms (0 = all). */
  maxTerms: number;
}

export interface Vector {
  terms: Int32Array;
  weights: Float32Array;
}

export interface Vectors {
  vectors: Vector[];
  vocabulary: number;
}

const K1 = 1.2;
const B = 0.75;

/** Document frequency of every n-gram over the text records of all plans. */
function recordFrequencies(plans: readonly PlanData[], grams: readonly number[]): { df: Map<number, number>; records: number } {
  const df = new Map<number, number>();
  let records = 0;
  const seen = new Map<number, number>();
  for (const plan of plans) {
    for (const r of plan.records) {
      if (r.kind !== 'paragraph') continue;
      records++;
      seen.clear();
      addNgrams(seen, r.text.hans, grams);
      for (const key of seen.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    }
  }
  return { df, records };
}

export function passageVectors(plans: readonly PlanData[], passages: readonly Passage[], o: WeightOptions): Vectors {
  const { df, records } = recordFrequencies(plans, o.grams);
  const ids = new Map<number, number>();
  // A passage's counts are the sum of its records' counts (n-grams never cross the "\n" that
  // joins them), so each record is counted once per plan, not once per passage holding it: a
  // chapter costs a merge, not a second reading of its text. Only one plan's counts are held.
  let countsPlan = -1;
  let recordCounts: (Map<number, number> | undefined)[] = [];
  const recordCount = (p: Passage, k: number): Map<number, number> => {
    if (p.plan !== countsPlan) {
      countsPlan = p.plan;
      recordCounts = [];
    }
    let c = recordCounts[k];
    if (!c) {
      c = new Map();
      addNgrams(c, plans[p.plan].records[k].text.hans, o.grams);
      recordCounts[k] = c;
    }
    return c;
  };
  const countsOf = (p: Passage) => {
    const c = new Map<number, number>();
    if (p.records.length === 0) addNgrams(c, p.text.hans, o.grams);
    for (const k of p.records) for (const [key, n] of recordCount(p, k)) c.set(key, (c.get(key) ?? 0) + n);
    if (o.headingBoost) addNgrams(c, p.title.hans, o.grams, o.headingBoost);
    if (o.chapterBoost) addNgrams(c, p.chapterTitle, o.grams, o.chapterBoost);
    return c;
  };
  const lengthOf = (c: Map<number, number>) => {
    let n = 0;
    for (const v of c.values()) n += v;
    return n;
  };
  // BM25 needs the mean length first (counted once more only for that variant).
  const avgLength = o.weighting === 'bm25' ? passages.reduce((a, p) => a + lengthOf(countsOf(p)), 0) / Math.max(1, passages.length) : 0;
  // IDF once per term, not once per passage holding it; written over the counts (a second map
  // of the whole vocabulary was ~100 MB of peak memory at 1,000 plans).
  const idf = df;
  for (const [key, d] of df) idf.set(key, o.weighting === 'bm25' ? Math.log(1 + (records - d + 0.5) / (d + 0.5)) : Math.log((records + 1) / (d + 1)));
  const unseen = o.weighting === 'bm25' ? Math.log(1 + (records + 0.5) / 0.5) : Math.log(records + 1);
  // Scratch arrays reused by every passage: no pair allocated per term (a chapter has thousands).
  let keys = new Float64Array(1024);
  let weights = new Float64Array(1024);
  const idOf = (key: number) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const vectors = passages.map((p): Vector => {
    const c = countsOf(p);
    const length = o.weighting === 'bm25' ? lengthOf(c) : 0;
    if (c.size > keys.length) {
      keys = new Float64Array(2 * c.size);
      weights = new Float64Array(2 * c.size);
    }
    let n = 0;
    for (const [key, tf] of c) {
      const i = idf.get(key) ?? unseen;
      let w: number;
      if (o.weighting === 'tf') w = tf;
      else if (o.weighting === 'tfidf') w = (1 + Math.log(tf)) * i;
      else w = (i * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * length) / avgLength));
      if (w <= 0) continue;
      keys[n] = key;
      weights[n] = w;
      n++;
    }
    // The heaviest maxTerms, heaviest first: select by the cut-off weight, then sort only those.
    const limit = o.maxTerms > 0 ? Math.min(o.maxTerms, n) : n;
    const floor = limit < n ? kthLargest(weights.subarray(0, n), limit) : Number.NEGATIVE_INFINITY;
    const kept: number[] = [];
    for (let k = 0; k < n; k++) if (weights[k] > floor) kept.push(k);
    for (let k = 0; k < n && kept.length < limit; k++) if (weights[k] === floor) kept.push(k);
    kept.sort((x, y) => weights[y] - weights[x] || x - y);
    let sum = 0;
    for (const k of kept) sum += weights[k] * weights[k];
    const norm = Math.sqrt(sum) || 1;
    return { terms: Int32Array.from(kept, (k) => idOf(keys[k])), weights: Float32Array.from(kept, (k) => weights[k] / norm) };
  });
  return { vectors, vocabulary: ids.size };
}

/** The k-th largest of `values` (1-based; quickselect on a copy, linear on average). */
function kthLargest(values: Float64Array, k: number): number {
  const a = Float64Array.from(values);
  let lo = 0;
  let hi = a.length - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) {
        [a[i], a[j]] = [a[j], a[i]];
        i++;
        j--;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return a[want];
}
