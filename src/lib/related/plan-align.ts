/**
 * Two whole plans aligned section to section (docs/RELATED.md, "Two plans side by side"): which
 * section of a each section of b follows, and what b did with it — taken over (沿用), rewritten
 * (改写), new (新增) — and which sections of a it dropped (删去).
 *
 * 1. Every pair of units gets two numbers: `similarity`, the cosine of TF-IDF character-bigram
 *    vectors (document frequency over the two plans' units, heading counted 3×), and `reuse`,
 *    the share of the shorter of the two in wording shared verbatim (the seed-and-extend
 *    alignment of align.ts, run once for each b unit against the whole of a). The shorter, not
 *    b: a county's section that takes over its city's article whole and adds its own around it
 *    (the usual way) covers little of itself but nearly all of the article.
 * 2. An order-respecting alignment over the whole outline (dynamic programming in the manner of
 *    Needleman–Wunsch, free gaps): the monotone chain of pairs with the largest total gain,
 *    gain = relative similarity (the pair's cosine over the best cosine of the b unit's row, plus
 *    over the best of the a unit's column: 2 for a mutual best) + reuse − `minGain`, and no pair
 *    weaker than the rewritten thresholds; consecutive b units may follow the same a unit (a
 *    section split in two). Plans move whole chapters (Linhai puts reform, Taizhou's 六、, near
 *    its end), so the chain is run again over the b units it left out and the a units nobody
 *    follows yet, in their own order, until a pass adds nothing: each moved block is aligned in
 *    order too.
 * 3. Classes by the thresholds in PAIR_THRESHOLDS, stated on the page and justified by the
 *    hand-labelled sample tests/fixtures/related/pairs-gold.yaml.
 *
 * Pure and browser-safe: the build precomputes the likely pairs with it, the browser computes
 * any other pair with it (alignSteps yields between rows so a page can show progress).
 */
import { maximalMatches, seedTable, select, type Span } from './align.ts';
import type { PlanUnit } from './plan-units.ts';

export type PairClass = 'taken' | 'rewritten' | 'new' | 'dropped';

/** One row of /data/pairs/<a>--<b>.json. */
export interface AlignedPair {
  a: string | null;
  b: string | null;
  class: PairClass;
  /** Cosine with the counterpart (for a new section: with the closest unit of a), 3 decimals. */
  similarity: number;
  /** Shared wording, code-unit offsets into the two units' simplified text: [aStart, aEnd, bStart, bEnd]. */
  shared: [number, number, number, number][];
}

/** /data/pairs/<a>--<b>.json: two plans aligned section to section. */
export interface PairFile {
  a: string;
  b: string;
  pairs: AlignedPair[];
}

export interface PairThresholds {
  /** Taken over: at least this share of the shorter of the pair shared verbatim. */
  takenReuse: number;
  /** Rewritten: a counterpart sharing at least this share of the shorter… */
  rewrittenReuse: number;
  /** …or this similarity. Below both: new. */
  rewrittenSimilarity: number;
  /** Gain of a pair in the chain: relative similarity (0–2) + reuse minus this (a pair below it is a gap). */
  minGain: number;
  /** A b unit following the same a unit as the b unit before it gains this share of its gain. */
  splitFactor: number;
  /** Chain passes at most (the first over everything, the others over what is left). */
  passes: number;
}

export const PAIR_THRESHOLDS: PairThresholds = {
  takenReuse: 0.3,
  rewrittenReuse: 0.1,
  rewrittenSimilarity: 0.1,
  minGain: 1.4,
  splitFactor: 0.8,
  passes: 4,
};

/** The seed-and-extend alignment of shared wording (as the section pages use, src/build/related/index.ts). */
export const PAIR_ALIGN = { seed: 8, minSpan: 12 };
const HEADING_BOOST = 3;

/** Word-character class per code unit: 0 unknown, 1 word, 2 other (as src/build/related/terms.ts). */
const kind = new Uint8Array(65536);
const isWord = (unit: number): boolean => {
  if (kind[unit] === 0) kind[unit] = /^[\p{Script=Han}\p{L}\p{N}]$/u.test(String.fromCharCode(unit)) ? 1 : 2;
  return kind[unit] === 1;
};

/** Character bigrams of `text` (never across punctuation or a line break), added `weight` times. */
function addBigrams(counts: Map<number, number>, text: string, weight: number): void {
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWord(c)) {
      prev = -1;
      continue;
    }
    if (prev >= 0) {
      const key = prev * 65536 + c;
      counts.set(key, (counts.get(key) ?? 0) + weight);
    }
    prev = c;
  }
}

/** A sparse unit vector: dense term ids and their weights. */
interface Sparse {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Unit vectors, TF-IDF weighted with document frequency over the units of both plans, their
 * terms numbered densely (so a dot product reads an array, not a map: the browser's budget).
 */
function vectors(units: readonly PlanUnit[]): { vectors: Sparse[]; vocabulary: number } {
  const ids = new Map<number, number>();
  const counts = units.map((u) => {
    const c = new Map<number, number>();
    addBigrams(c, u.text.hans, 1);
    addBigrams(c, u.title.hans, HEADING_BOOST);
    return c;
  });
  const df: number[] = [];
  for (const c of counts) {
    for (const key of c.keys()) {
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
        df.push(0);
      }
      df[id]++;
    }
  }
  const n = units.length;
  const vectors = counts.map((c): Sparse => {
    const terms: number[] = [];
    const weights: number[] = [];
    let sum = 0;
    for (const [key, tf] of c) {
      const id = ids.get(key) as number;
      const w = (1 + Math.log(tf)) * Math.log((n + 1) / (df[id] + 1));
      if (w <= 0) continue;
      terms.push(id);
      weights.push(w);
      sum += w * w;
    }
    const norm = Math.sqrt(sum) || 1;
    return { terms: Int32Array.from(terms), weights: Float64Array.from(weights, (w) => w / norm) };
  });
  return { vectors, vocabulary: ids.size };
}

/** Characters of a text that count for reuse: all but the line breaks between its blocks. */
const charCount = (text: string): number => text.length - (text.match(/\n/g)?.length ?? 0);

export interface PairScores {
  similarity: Float32Array;
  reuse: Float32Array;
  /** Shared spans per pair (index i·|b| + j), only where some wording is shared. */
  spans: Map<number, Span[]>;
}

export type Step = { done: number; total: number };

/**
 * Similarity and reuse of every pair (i of a, j of b), one b unit at a time: yields after each
 * so a browser can paint its progress.
 */
function* pairScores(a: readonly PlanUnit[], b: readonly PlanUnit[]): Generator<Step, PairScores> {
  const { vectors: v, vocabulary } = vectors([...a, ...b]);
  const nb = b.length;
  // b's vector spread over the vocabulary, one b unit at a time: each a unit's dot product is then a walk over its own terms.
  const dense = new Float64Array(vocabulary);
  const similarity = new Float32Array(a.length * nb);
  const reuse = new Float32Array(a.length * nb);
  const lengths = a.map((u) => Math.max(1, charCount(u.text.hans)));
  const spans = new Map<number, Span[]>();
  // One seed table over the whole of a (its units joined by "\n", which no match crosses).
  const starts: number[] = [];
  let whole = '';
  for (const u of a) {
    starts.push(whole.length);
    whole += `${u.text.hans}\n`;
  }
  const seeds = seedTable(whole, PAIR_ALIGN);
  const unitAt = (pos: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (let j = 0; j < nb; j++) {
    const text = b[j].text.hans;
    const length = Math.max(1, charCount(text));
    const vb = v[a.length + j];
    for (let k = 0; k < vb.terms.length; k++) dense[vb.terms[k]] = vb.weights[k];
    for (let i = 0; i < a.length; i++) {
      const va = v[i];
      let dot = 0;
      for (let k = 0; k < va.terms.length; k++) dot += va.weights[k] * dense[va.terms[k]];
      similarity[i * nb + j] = dot;
    }
    for (let k = 0; k < vb.terms.length; k++) dense[vb.terms[k]] = 0;
    const byUnit = new Map<number, Span[]>();
    for (const m of maximalMatches(whole, seeds, text, PAIR_ALIGN)) {
      const i = unitAt(m.a);
      const list = byUnit.get(i) ?? [];
      list.push({ a: m.a - starts[i], b: m.b, length: m.length });
      byUnit.set(i, list);
    }
    for (const [i, list] of byUnit) {
      const kept = select(list, a[i].text.hans.length, text.length);
      spans.set(i * nb + j, kept);
      reuse[i * nb + j] = kept.reduce((s, m) => s + m.length, 0) / Math.min(length, lengths[i]);
    }
    yield { done: j + 1, total: nb };
  }
  return { similarity, reuse, spans };
}

/**
 * The order-respecting chain: for each b unit, the index of its a unit, or −1 (a gap). f[i][j] is
 * the best gain aligning b[0..j) within a[0..i); moves: skip b_j, skip a_i, pair b_j with a_i
 * (then on to a_{i+1}), or pair b_j with a_{i−1} again after b_{j−1} did (a split).
 */
export function chain(gain: (i: number, j: number) => number, na: number, nb: number, splitFactor: number): number[] {
  const W = nb + 1;
  const f = new Float64Array((na + 1) * W);
  /** 0 skip b, 1 skip a, 2 pair fresh, 3 pair again with a_{i−1}. */
  const move = new Uint8Array((na + 1) * W);
  for (let i = 0; i <= na; i++) {
    for (let j = 0; j <= nb; j++) {
      if (i === 0 && j === 0) continue;
      let best = Number.NEGATIVE_INFINITY;
      let how = 0;
      if (j > 0 && f[i * W + j - 1] > best) {
        best = f[i * W + j - 1];
        how = 0;
      }
      if (i > 0 && f[(i - 1) * W + j] > best) {
        best = f[(i - 1) * W + j];
        how = 1;
      }
      if (i > 0 && j > 0) {
        const g = gain(i - 1, j - 1);
        if (g > 0 && f[(i - 1) * W + j - 1] + g > best) {
          best = f[(i - 1) * W + j - 1] + g;
          how = 2;
        }
        // Again with a_{i−1}: only after b_{j−1} was paired with it (fresh or again).
        const prev = move[i * W + j - 1];
        if (g > 0 && j > 1 && (prev === 2 || prev === 3) && f[i * W + j - 1] + splitFactor * g > best) {
          best = f[i * W + j - 1] + splitFactor * g;
          how = 3;
        }
      }
      f[i * W + j] = best;
      move[i * W + j] = how;
    }
  }
  const out = new Array<number>(nb).fill(-1);
  let i = na;
  let j = nb;
  while (i > 0 || j > 0) {
    const how = move[i * W + j];
    if (i > 0 && j > 0 && how === 2) {
      out[j - 1] = i - 1;
      i--;
      j--;
    } else if (i > 0 && j > 0 && how === 3) {
      out[j - 1] = i - 1;
      j--;
    } else if (j > 0 && (how === 0 || i === 0)) j--;
    else i--;
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The class of b's unit paired with a counterpart of this similarity and reuse. */
export function classify(similarity: number, reuse: number, t: PairThresholds = PAIR_THRESHOLDS): Exclude<PairClass, 'dropped'> {
  if (reuse >= t.takenReuse) return 'taken';
  if (reuse >= t.rewrittenReuse || similarity >= t.rewrittenSimilarity) return 'rewritten';
  return 'new';
}

/** The alignment as steps (progress), then its rows: b's units in order, a's dropped units where the chain leaves them. */
export function* alignSteps(a: readonly PlanUnit[], b: readonly PlanUnit[], t: PairThresholds = PAIR_THRESHOLDS): Generator<Step, AlignedPair[]> {
  const scores = yield* pairScores(a, b);
  const nb = b.length;
  // Similarity relative to the best either unit has: long, specific sections score low cosines
  // even with their true counterpart, but it is still the best in its row and column.
  const rowBest = b.map((_, j) => a.reduce((m, _, i) => Math.max(m, scores.similarity[i * nb + j]), 1e-9));
  const colBest = a.map((_, i) => b.reduce((m, _, j) => Math.max(m, scores.similarity[i * nb + j]), 1e-9));
  const relative = (i: number, j: number) => scores.similarity[i * nb + j] / rowBest[j] + scores.similarity[i * nb + j] / colBest[i];
  const gain = (i: number, j: number) =>
    scores.similarity[i * nb + j] < t.rewrittenSimilarity && scores.reuse[i * nb + j] < t.rewrittenReuse
      ? -1
      : relative(i, j) + scores.reuse[i * nb + j] - t.minGain;
  // Pass 1 over everything; each further pass over the b units left out and the a units nobody follows.
  const counterpart = new Array<number>(nb).fill(-1);
  const moved = new Set<number>();
  for (let pass = 0; pass < t.passes; pass++) {
    const taken = new Set(counterpart.filter((i) => i >= 0));
    const as = a.map((_, i) => i).filter((i) => !taken.has(i));
    const bs = counterpart.map((i, j) => (i < 0 ? j : -1)).filter((j) => j >= 0);
    const found = chain((x, y) => gain(as[x], bs[y]), as.length, bs.length, t.splitFactor);
    let added = 0;
    found.forEach((x, y) => {
      if (x < 0) return;
      counterpart[bs[y]] = as[x];
      if (pass > 0) moved.add(bs[y]);
      added++;
    });
    if (added === 0) break;
  }
  // A pair the chain kept but too weak for a class is a new section; its a unit is then free.
  counterpart.forEach((i, j) => {
    if (i >= 0 && classify(scores.similarity[i * nb + j], scores.reuse[i * nb + j], t) === 'new') counterpart[j] = -1;
  });
  const used = new Set(counterpart.filter((i) => i >= 0));
  const rows: AlignedPair[] = [];
  let nextA = 0;
  const dropUntil = (until: number) => {
    for (; nextA < until; nextA++) if (!used.has(nextA)) rows.push({ a: a[nextA].id, b: null, class: 'dropped', similarity: 0, shared: [] });
  };
  counterpart.forEach((i, j) => {
    const bestA = a.reduce((best, _, k) => (scores.similarity[k * nb + j] > scores.similarity[best * nb + j] ? k : best), 0);
    if (i < 0) {
      rows.push({ a: null, b: b[j].id, class: 'new', similarity: a.length ? round(scores.similarity[bestA * nb + j]) : 0, shared: [] });
      return;
    }
    // Dropped units of a come where the chain passes them (moved pairs do not advance it).
    if (!moved.has(j)) dropUntil(i);
    const key = i * nb + j;
    const cls = classify(scores.similarity[key], scores.reuse[key], t);
    const shared = (scores.spans.get(key) ?? []).map((m): [number, number, number, number] => [m.a, m.a + m.length, m.b, m.b + m.length]);
    rows.push({ a: a[i].id, b: b[j].id, class: cls, similarity: round(scores.similarity[key]), shared });
    if (!moved.has(j)) nextA = Math.max(nextA, i + 1);
  });
  dropUntil(a.length);
  return rows;
}

/** The alignment at once (the build, tests, benchmarks). */
export function alignPlans(a: readonly PlanUnit[], b: readonly PlanUnit[], t: PairThresholds = PAIR_THRESHOLDS): AlignedPair[] {
  const steps = alignSteps(a, b, t);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
