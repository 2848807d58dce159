/**
 * Same-theme relations: for every passage, the most similar target passages in each other
 * plan, by the cosine of their weighted n-gram vectors.
 *
 * No passage is compared with every other. An inverted index maps each term to the target
 * passages containing it, heaviest first and cut at `postingLimit`; a query walks only its own
 * `queryTerms` heaviest terms. The work per passage is bounded by queryTerms × postingLimit,
 * so the whole run is linear in the number of passages.
 */
import type { Passage } from './passages.ts';
import { kthLargestInPlace } from './quickselect.ts';
import type { Vector } from './vectors.ts';

export interface SearchOptions {
  /** Query pruning: a passage looks up only its heaviest terms… */
  queryTerms: number;
  /** …a chapter (or a section holding articles) fewer: its heaviest are its theme (same quality at 32 as at 48, docs/RELATED.md). */
  broadQueryTerms: number;
  /** Posting pruning: each term keeps its heaviest target passages. */
  postingLimit: number;
  /** Relations kept per other plan among its sections, articles, boxes and tables… */
  perPlan: number;
  /** …and, beside them, among its chapters and sections holding articles (a theme's whole treatment). */
  perPlanChapters: number;
  /** Relations kept per passage in all (bounds the output for a large corpus). */
  maxRelations: number;
  /** Scores below this are not relations. */
  minScore: number;
}

export interface Match {
  /** Index into the passages array. */
  to: number;
  score: number;
}

interface Postings {
  start: Int32Array;
  passage: Int32Array;
  weight: Float32Array;
}

/** CSR inverted index over the target passages, each list heaviest first and cut at `limit`. */
function invertedIndex(passages: readonly Passage[], vectors: readonly Vector[], vocabulary: number, limit: number): Postings {
  const df = new Int32Array(vocabulary);
  passages.forEach((p, i) => {
    if (p.target) for (const t of vectors[i].terms) df[t]++;
  });
  const start = new Int32Array(vocabulary + 1);
  for (let t = 0; t < vocabulary; t++) start[t + 1] = start[t] + df[t];
  const fill = start.slice(0, vocabulary);
  const passage = new Int32Array(start[vocabulary]);
  const weight = new Float32Array(start[vocabulary]);
  passages.forEach((p, i) => {
    if (!p.target) return;
    const v = vectors[i];
    for (let j = 0; j < v.terms.length; j++) {
      const at = fill[v.terms[j]]++;
      passage[at] = i;
      weight[at] = v.weights[j];
    }
  });
  // Sort each long list by weight and keep its head; short lists stay whole.
  const cut = new Int32Array(vocabulary + 1);
  const outPassage: number[] = [];
  const outWeight: number[] = [];
  for (let t = 0; t < vocabulary; t++) {
    cut[t] = outPassage.length;
    const from = start[t];
    const to = start[t + 1];
    if (to - from <= limit) {
      for (let k = from; k < to; k++) {
        outPassage.push(passage[k]);
        outWeight.push(weight[k]);
      }
      continue;
    }
    const order = Array.from({ length: to - from }, (_, k) => from + k).sort((a, b) => weight[b] - weight[a]);
    for (const k of order.slice(0, limit)) {
      outPassage.push(passage[k]);
      outWeight.push(weight[k]);
    }
  }
  cut[vocabulary] = outPassage.length;
  return { start: cut, passage: Int32Array.from(outPassage), weight: Float32Array.from(outWeight) };
}

/** The k-th largest score among `ids` (quickselect on their scores); −∞ when there are fewer. */
function kthLargest(ids: readonly number[], score: Float32Array, k: number): number {
  if (ids.length <= k) return Number.NEGATIVE_INFINITY;
  return kthLargestInPlace(
    Float32Array.from(ids, (d) => score[d]),
    k,
  );
}

/** The dot product of a dense query vector with a sparse one. */
function dotWith(query: Float32Array, v: Vector): number {
  let s = 0;
  for (let j = 0; j < v.terms.length; j++) s += query[v.terms[j]] * v.weights[j];
  return s;
}

/** For each passage, its related target passages in other plans, best first. */
export function themeRelations(passages: readonly Passage[], vectors: readonly Vector[], vocabulary: number, o: SearchOptions): Match[][] {
  const index = invertedIndex(passages, vectors, vocabulary, o.postingLimit);
  const score = new Float32Array(passages.length);
  const query = new Float32Array(vocabulary);
  const planOf = Int32Array.from(passages, (p) => p.plan);
  // Chapters (and sections holding articles) compete only with each other: a plan's chapter and its sections are both worth naming.
  const slotOf = Int32Array.from(passages, (p) => 2 * p.plan + (p.broad ? 1 : 0));
  const touched: number[] = [];
  /** The best `k` matches of each plan (`kChapters` of its chapters); plans whose best match is strongest first. */
  const topPerPlan = (list: Match[], k: number, kChapters: number): Match[][] => {
    const bySlot = new Map<number, Match[]>();
    for (const m of list) {
      const slot = slotOf[m.to];
      const l = bySlot.get(slot);
      if (l) l.push(m);
      else bySlot.set(slot, [m]);
    }
    const order = (a: Match, b: Match) => b.score - a.score || a.to - b.to;
    return [...bySlot]
      .map(([slot, l]) => l.sort(order).slice(0, slot % 2 ? kChapters : k))
      .filter((l) => l.length > 0)
      .sort((a, b) => order(a[0], b[0]));
  };
  return passages.map((q, qi) => {
    const v = vectors[qi];
    // 0 query terms: an exact search (a measured variant), broad passages included.
    const n = Math.min(v.terms.length, (o.queryTerms === 0 ? 0 : q.broad ? o.broadQueryTerms : o.queryTerms) || v.terms.length);
    for (let j = 0; j < n; j++) {
      const t = v.terms[j];
      const qw = v.weights[j];
      for (let k = index.start[t]; k < index.start[t + 1]; k++) {
        const d = index.passage[k];
        if (planOf[d] === q.plan) continue;
        if (score[d] === 0) touched.push(d);
        score[d] += qw * index.weight[k];
      }
    }
    // Shortlist by the pruned score (the best few per plan among the overall best), then rescore
    // exactly: the score exported is a true cosine.
    const floor = kthLargest(touched, score, 4 * o.maxRelations);
    const shortlist = topPerPlan(
      touched.filter((d) => score[d] >= floor).map((d) => ({ to: d, score: score[d] })),
      o.perPlan + 2,
      o.perPlanChapters + 1,
    )
      .flat()
      .slice(0, 2 * o.maxRelations);
    for (const d of touched) score[d] = 0;
    touched.length = 0;
    v.terms.forEach((t, j) => {
      query[t] = v.weights[j];
    });
    const rescored = shortlist.map((m) => ({ to: m.to, score: dotWith(query, vectors[m.to]) })).filter((m) => m.score >= o.minScore);
    v.terms.forEach((t) => {
      query[t] = 0;
    });
    return topPerPlan(rescored, o.perPlan, o.perPlanChapters).flat().slice(0, o.maxRelations);
  });
}
