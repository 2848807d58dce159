/**
 * Weighted n-gram vectors of passages. Document frequencies are counted over the corpus's
 * text records (paragraphs), so a formula every plan repeats — 习近平新时代中国特色社会主义思想,
 * 高质量发展 — occurs in many records and weighs little. Heading text is counted several times.
 * Vectors are L2-normalised (their dot product is a cosine) and kept sorted by weight, heaviest
 * first, so pruning a vector to its top terms is a slice.
 */
import type { PlanData } from '../../lib/plan-data.ts';
import type { Passage } from './passages.ts';
import { kthLargestInPlace } from './quickselect.ts';
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

/**
 * Every n-gram of the corpus's paragraphs numbered densely (its index), with its document
 * frequency over those paragraphs: arrays, so that the per-passage work below reads arrays
 * rather than maps.
 */
function recordFrequencies(plans: readonly PlanData[], grams: readonly number[]): { index: Map<number, number>; df: number[]; records: number } {
  const index = new Map<number, number>();
  const df: number[] = [];
  let records = 0;
  const seen = new Map<number, number>();
  for (const plan of plans) {
    for (const r of plan.records) {
      if (r.kind !== 'paragraph') continue;
      records++;
      seen.clear();
      addNgrams(seen, r.text.hans, grams);
      for (const key of seen.keys()) {
        const at = index.get(key);
        if (at === undefined) {
          index.set(key, df.length);
          df.push(1);
        } else df[at]++;
      }
    }
  }
  return { index, df, records };
}

/** A text's n-gram counts as (term index, count) pairs, in order of first occurrence. */
interface Counts {
  terms: Int32Array;
  counts: Float64Array;
}

export function passageVectors(plans: readonly PlanData[], passages: readonly Passage[], o: WeightOptions): Vectors {
  const { index, df, records } = recordFrequencies(plans, o.grams);
  const termOf = (key: number) => {
    let at = index.get(key);
    if (at === undefined) {
      // Only in headings or tables, never in a paragraph: document frequency 0.
      at = df.length;
      index.set(key, at);
      df.push(0);
    }
    return at;
  };
  const countsOfText = (text: string, weight = 1): Counts => {
    const c = new Map<number, number>();
    addNgrams(c, text, o.grams, weight);
    const terms = new Int32Array(c.size);
    const counts = new Float64Array(c.size);
    let n = 0;
    for (const [key, tf] of c) {
      terms[n] = termOf(key);
      counts[n++] = tf;
    }
    return { terms, counts };
  };
  // A passage's counts are the sum of its records' counts (n-grams never cross the "\n" that
  // joins them), so each record is counted once per plan, not once per passage holding it: a
  // chapter costs a merge, not a second reading of its text. Only one plan's counts are held.
  let countsPlan = -1;
  let recordCounts: (Counts | undefined)[] = [];
  const recordCount = (p: Passage, k: number): Counts => {
    if (p.plan !== countsPlan) {
      countsPlan = p.plan;
      recordCounts = [];
    }
    let c = recordCounts[k];
    if (!c) {
      c = countsOfText(plans[p.plan].records[k].text.hans);
      recordCounts[k] = c;
    }
    return c;
  };
  // The passage's counts, summed into a dense accumulator; `touched` lists its terms in order of first occurrence.
  let acc = new Float64Array(df.length + 1024);
  const touched: number[] = [];
  const add = (c: Counts) => {
    if (df.length > acc.length) {
      const grown = new Float64Array(2 * df.length);
      grown.set(acc);
      acc = grown;
    }
    for (let k = 0; k < c.terms.length; k++) {
      const t = c.terms[k];
      if (acc[t] === 0) touched.push(t);
      acc[t] += c.counts[k];
    }
  };
  const countsOf = (p: Passage) => {
    touched.length = 0;
    if (p.records.length === 0) add(countsOfText(p.text.hans));
    for (const k of p.records) add(recordCount(p, k));
    if (o.headingBoost) add(countsOfText(p.title.hans, o.headingBoost));
    if (o.chapterBoost) add(countsOfText(p.chapterTitle, o.chapterBoost));
  };
  const clear = () => {
    for (const t of touched) acc[t] = 0;
  };
  const lengthOf = () => {
    let n = 0;
    for (const t of touched) n += acc[t];
    return n;
  };
  // BM25 needs the mean length first (counted once more only for that variant).
  let avgLength = 0;
  if (o.weighting === 'bm25') {
    for (const p of passages) {
      countsOf(p);
      avgLength += lengthOf();
      clear();
    }
    avgLength /= Math.max(1, passages.length);
  }
  const idfOf = (d: number) => (o.weighting === 'bm25' ? Math.log(1 + (records - d + 0.5) / (d + 0.5)) : Math.log((records + 1) / (d + 1)));
  // IDF once per term, not once per passage holding it (terms only in headings: df 0).
  const idf = Float64Array.from(df, idfOf);
  const unseen = idfOf(0);
  // Scratch arrays reused by every passage: no pair allocated per term (a chapter has thousands).
  let keys = new Int32Array(1024);
  let weights = new Float64Array(1024);
  const ids = new Map<number, number>();
  const idOf = (term: number) => {
    let id = ids.get(term);
    if (id === undefined) {
      id = ids.size;
      ids.set(term, id);
    }
    return id;
  };
  const vectors = passages.map((p): Vector => {
    countsOf(p);
    const length = o.weighting === 'bm25' ? lengthOf() : 0;
    if (touched.length > keys.length) {
      keys = new Int32Array(2 * touched.length);
      weights = new Float64Array(2 * touched.length);
    }
    let n = 0;
    for (const t of touched) {
      const tf = acc[t];
      const i = t < idf.length ? idf[t] : unseen;
      let w: number;
      if (o.weighting === 'tf') w = tf;
      else if (o.weighting === 'tfidf') w = (1 + Math.log(tf)) * i;
      else w = (i * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * length) / avgLength));
      if (w <= 0) continue;
      keys[n] = t;
      weights[n] = w;
      n++;
    }
    clear();
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

/** The k-th largest of `values` (1-based; quickselect on a copy). */
function kthLargest(values: Float64Array, k: number): number {
  return kthLargestInPlace(Float64Array.from(values), k);
}
