/**
 * Relations across plans, computed once per build from the ingestion's data: same-theme
 * matches (themes.ts) and shared wording (shared.ts), assembled into one file per plan and into
 * the pairs (drawn on their passages' section pages, drawn.ts). Plans read side by side are
 * plan-pairs.ts. The options chosen here are the ones
 * measured in docs/RELATED.md (tools/bench/related.ts).
 */
import type { PlanData } from '../../lib/plan-data.ts';
import type { Script } from '../../lib/plan-types.ts';
import { sharedPlace } from '../../lib/related/anchors.ts';
import { planShortName } from '../../lib/related/labels.ts';
import type { Bilingual, RelatedItem, RelatedPlanFile } from '../../lib/related/types.ts';
import { convertText } from '../convert.ts';
import type { Span } from '../../lib/related/align.ts';
import { FULL_PAIRS, placePairs } from './drawn.ts';
import { forPlan } from '../corpus-step.ts';
import { type Passage, planPassages } from './passages.ts';
import { type SharedOptions, type SharedPair, sharedWording } from './shared.ts';
import { type Match, type SearchOptions, themeRelations } from './themes.ts';
import { passageVectors, type Vector, type WeightOptions } from './vectors.ts';

export interface RelatedOptions {
  weights: WeightOptions;
  search: SearchOptions;
  shared: SharedOptions;
  /** Measurement only: rank sections that hold articles with the precise passages, not with the chapters (granularity variant). */
  allTargets?: boolean;
}

export const DEFAULTS: RelatedOptions = {
  weights: { weighting: 'tfidf', grams: [2], headingBoost: 3, chapterBoost: 0, maxTerms: 256 },
  search: { queryTerms: 48, broadQueryTerms: 32, postingLimit: 128, perPlan: 3, perPlanChapters: 1, maxRelations: 24, minScore: 0.05 },
  shared: { k: 8, window: 8, maxPostings: 40, maxCandidates: 6, minShared: 20, seed: 8, minSpan: 12 },
};

export const METHOD =
  'Same theme: cosine of TF-IDF-weighted character bigram vectors (document frequency over all paragraphs, heading counted 3×), top 3 per other plan. Shared wording: winnowing fingerprints (k=8, w=8) propose pairs; seed-and-extend exact alignment (seed 8, spans ≥12 characters) marks the shared text.';

/** A span on one side: start and length in that passage's text. */
export interface Side {
  start: number;
  length: number;
}

/** A pair sharing wording as one of its passages' pages shows it: this passage first. */
export interface SharedView {
  here: Passage;
  other: Passage;
  hereSlug: string;
  otherSlug: string;
  spans: Record<Script, { here: Side[]; other: Side[] }>;
  score: number;
  /** Drawn in full on this passage's page (drawn.ts says which). */
  drawn: boolean;
  /** Where it is drawn in full: "plans/<slug>/<id>/#shared-<slug>-<id>" (lib/related/anchors.ts). */
  place: string;
}

export interface Related {
  plans: readonly PlanData[];
  passages: Passage[];
  /** The per-plan open-data file. */
  file(slug: string): RelatedPlanFile;
  /** Every pair of passages sharing wording (shared.ts), as aligned. */
  shared: readonly SharedPair[];
  /** One passage's pairs, most shared first, as its section page shows them. */
  sharedOf(slug: string, id: string): SharedView[];
}

/**
 * Cosine of two unit vectors, through a dense scratch array of the vocabulary: no allocation per
 * pair (a Map per call was a quarter of the related step at 1,000 plans). Same sum, same order.
 */
function dotProduct(vocabulary: number): (x: Vector, y: Vector) => number {
  const scratch = new Float32Array(vocabulary);
  return (x, y) => {
    for (let i = 0; i < x.terms.length; i++) scratch[x.terms[i]] = x.weights[i];
    let s = 0;
    for (let j = 0; j < y.terms.length; j++) s += scratch[y.terms[j]] * y.weights[j];
    for (let i = 0; i < x.terms.length; i++) scratch[x.terms[i]] = 0;
    return s;
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function computeRelated(plans: readonly PlanData[], o: RelatedOptions = DEFAULTS): Related {
  const passages = plans
    .flatMap((p, i) => forPlan(p.entry, () => planPassages(p, i)))
    .map((p) => (o.allTargets && p.broad && p.kind !== 'chapter' ? { ...p, broad: false } : p));
  const { vectors, vocabulary } = passageVectors(plans, passages, o.weights);
  const dot = dotProduct(vocabulary);
  const matches = themeRelations(passages, vectors, vocabulary, o.search);
  const shared = sharedWording(passages, o.shared);
  const slug = (p: Passage) => plans[p.plan].entry.slug;
  const key = (p: Passage) => `${slug(p)}/${p.id}`;

  const sharedWith = new Map<number, SharedPair[]>();
  for (const s of shared) for (const end of [s.a, s.b]) sharedWith.set(end, [...(sharedWith.get(end) ?? []), s]);
  const placed = placePairs(shared, FULL_PAIRS);
  /** Where the pair of passages i and j is drawn in full, seen from i. */
  const placeOf = (i: number, j: number): string => {
    const drawnHere = placed.get(i)?.find((p) => p.other === j)?.drawn;
    const [page, other] = drawnHere ? [passages[i], passages[j]] : [passages[j], passages[i]];
    return sharedPlace(slug(page), page.id, slug(other), other.id);
  };
  const indexOf = new Map(passages.map((p, i) => [key(p), i]));
  const sharedOf = (s: string, id: string): SharedView[] => {
    const i = indexOf.get(`${s}/${id}`);
    if (i === undefined) return [];
    return (placed.get(i) ?? []).map(({ pair, other, drawn }): SharedView => {
      const hereIsA = pair.a === i;
      const orient = (spans: Span[]) => ({
        here: spans.map((m) => ({ start: hereIsA ? m.a : m.b, length: m.length })),
        other: spans.map((m) => ({ start: hereIsA ? m.b : m.a, length: m.length })),
      });
      return {
        here: passages[i],
        other: passages[other],
        hereSlug: s,
        otherSlug: slug(passages[other]),
        spans: { hans: orient(pair.spans.hans), hant: orient(pair.spans.hant) },
        score: round(dot(vectors[i], vectors[other])),
        drawn,
        place: placeOf(i, other),
      };
    });
  };

  const names: Record<string, Bilingual> = Object.fromEntries(
    plans.map((p) => {
      const name = planShortName(p.entry);
      return [p.entry.slug, { hans: name, hant: convertText(name, 'hans', 'hant') }];
    }),
  );

  /** Theme matches, plus pairs sharing wording that the theme search did not rank. */
  const relatedOf = (i: number): RelatedItem[] => {
    const list: Match[] = [...matches[i]];
    for (const s of sharedWith.get(i) ?? []) {
      const other = s.a === i ? s.b : s.a;
      if (!list.some((m) => m.to === other)) list.push({ to: other, score: dot(vectors[i], vectors[other]) });
    }
    return list.map((m): RelatedItem => {
      const p = passages[m.to];
      const s = (sharedWith.get(i) ?? []).find((x) => x.a === m.to || x.b === m.to);
      const item: RelatedItem = { plan: slug(p), id: p.id, label: p.label, title: p.title, score: round(m.score) };
      if (s) {
        item.shared = s.shared;
        item.compare = placeOf(i, m.to);
      }
      return item;
    });
  };

  const byPlan = new Map<string, number[]>();
  passages.forEach((p, i) => {
    byPlan.set(slug(p), [...(byPlan.get(slug(p)) ?? []), i]);
  });

  const file = (s: string): RelatedPlanFile => {
    // A plan without sections, articles or boxes (plain paragraphs, 一、 headings only) has no passages.
    if (!names[s]) throw new Error(`no plan "${s}" among the related passages`);
    const idx = byPlan.get(s) ?? [];
    const list = idx.map((i) => ({ id: passages[i].id, label: passages[i].label, title: passages[i].title, related: relatedOf(i) }));
    const used = new Set([s, ...list.flatMap((p) => p.related.map((r) => r.plan))]);
    return { plan: s, plans: Object.fromEntries([...used].map((u) => [u, names[u]])), method: METHOD, passages: list };
  };

  return { plans, passages, file, shared, sharedOf };
}
