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
import type { Vector } from './vectors.ts';

export interface SearchOptions {
  /** Query pruning: a passage looks up only its heaviest terms. */
  queryTerms: number;
  /** Posting pruning: each term keeps its heaviest target passages. */
  postingLimit: number;
  /** Relations kept per other plan. */
  perPlan: number;
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

/** For each passage, its related target passages in other plans, best first. */
export function themeRelations(passages: readonly Passage[], vectors: readonly Vector[], vocabulary: number, o: SearchOptions): Match[][] {
  const index = invertedIndex(passages, vectors, vocabulary, o.postingLimit);
  const score = new Float32Array(passages.length);
  const touched: number[] = [];
  return passages.map((q, qi) => {
    const v = vectors[qi];
    const n = Math.min(v.terms.length, o.queryTerms || v.terms.length);
    for (let j = 0; j < n; j++) {
      const t = v.terms[j];
      const qw = v.weights[j];
      for (let k = index.start[t]; k < index.start[t + 1]; k++) {
        const d = index.passage[k];
        if (passages[d].plan === q.plan) continue;
        if (score[d] === 0) touched.push(d);
        score[d] += qw * index.weight[k];
      }
    }
    const byPlan = new Map<number, Match[]>();
    for (const d of touched) {
      const s = score[d];
      score[d] = 0;
      if (s < o.minScore) continue;
      const list = byPlan.get(passages[d].plan) ?? [];
      if (list.length < o.perPlan || s > list[list.length - 1].score) {
        list.push({ to: d, score: s });
        list.sort((a, b) => b.score - a.score || a.to - b.to);
        if (list.length > o.perPlan) list.pop();
        byPlan.set(passages[d].plan, list);
      }
    }
    touched.length = 0;
    // Plans whose best match is strongest first; each plan's matches together.
    const groups = [...byPlan.values()].sort((a, b) => b[0].score - a[0].score || a[0].to - b[0].to);
    return groups.flat().slice(0, o.maxRelations);
  });
}
