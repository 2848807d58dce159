/**
 * Counting terms in plans (browser-safe): the compare page's numbers.
 *
 * A plan's text is its passages as the search ships them (one per ingestion text record:
 * preamble, headings, paragraphs, box titles, tables with their cells, figure captions). The
 * catalog title and the metadata of the title block are not records, so they are never
 * counted. Everything is counted on the normalised text (normalise.ts: no punctuation or
 * spaces, traditional folded to simplified), passage by passage, and an occurrence never
 * spans two passages.
 *
 * Occurrences are non-overlapping, left to right (in 哈哈哈 the term 哈哈 occurs once), the
 * same rule as the search's hit counts. A term of two or more characters is counted from the
 * search's gram directory (no text needed: engine.ts `occurrences`); a single character from
 * the passages' text, which is then loaded for every plan. The rate is per 10,000 normalised
 * characters of the plan's text (the same characters the term is counted in).
 */
import { Engine, type Progress } from '../search/engine.ts';
import { occurrences as inText } from '../search/match.ts';
import { offOf, recOf } from '../search/postings.ts';
import type { Chapter, Outline } from '../search/types.ts';

/** What a plan's text is made of: the search fragment's fields (types.ts `Fragment`). */
export interface PlanText {
  /** Per passage: anchor id, index of its enclosing heading passage (−1: none), text. */
  ids: readonly string[];
  up: readonly number[];
  text: readonly string[];
}

/** Non-overlapping occurrences of `term` in normalised text, left to right. */
export const countIn = (norm: string, term: string): number => inText(norm, term).length;

/** Occurrences per 10,000 characters (0 for an empty text). */
export const ratePer10k = (count: number, chars: number): number => (chars > 0 ? (count * 10_000) / chars : 0);

/** One occurrence: its passage and its [from, to) in the passage's normalised text. */
export interface Occurrence {
  rec: number;
  from: number;
  to: number;
}

export interface TermInPlan {
  count: number;
  /** Per 10,000 characters of plan text. */
  rate: number;
  /** Occurrences per chapter (same order as PlanCompare.chapters). */
  byChapter: number[];
  /** Every occurrence in document order. */
  occurrences: Occurrence[];
}

export interface PlanCompare {
  /** Normalised characters of plan text (the denominator). */
  chars: number;
  chapters: readonly Chapter[];
  /** Per passage, its chapter (index into `chapters`). */
  chapterOf: Int32Array;
  /** Per term, in the order given. */
  terms: TermInPlan[];
}

/** Per passage, the index of its chapter in `list` (each chapter is a run of passages from its `rec`). */
export function chapterOf(list: readonly Chapter[], records: number): Int32Array {
  const of = new Int32Array(records);
  let c = 0;
  for (let i = 0; i < records; i++) {
    while (c + 1 < list.length && list[c + 1].rec <= i) c++;
    of[i] = c;
  }
  return of;
}

/** A term's occurrences in normalised passages, found in the text. */
export function textOccurrences(norm: readonly string[], term: string): Occurrence[] {
  const out: Occurrence[] = [];
  norm.forEach((text, rec) => {
    for (const from of inText(text, term)) out.push({ rec, from, to: from + term.length });
  });
  return out;
}

/** A term's occurrences from the directory's places (postings.ts). */
export const placeOccurrences = (places: readonly number[], length: number): Occurrence[] =>
  places.map((p) => ({ rec: recOf(p), from: offOf(p), to: offOf(p) + length }));

/** Every term counted in one plan, from each term's occurrences. */
export function comparePlan(chars: number, chapters: readonly Chapter[], records: number, found: readonly Occurrence[][]): PlanCompare {
  const of = chapterOf(chapters, records);
  const terms = found.map((occurrences) => {
    const byChapter = chapters.map(() => 0);
    for (const o of occurrences) byChapter[of[o.rec]]++;
    return { count: occurrences.length, rate: ratePer10k(occurrences.length, chars), byChapter, occurrences };
  });
  return { chars, chapters, chapterOf: of, terms };
}

/**
 * Every plan of the corpus counted for these normalised terms, in manifest order. Loads the
 * passages' text of every plan only for a single-character term (`onProgress` reports it).
 */
export async function compareCorpus(e: Engine, outline: Outline, terms: readonly string[], onProgress?: (p: Progress) => void): Promise<PlanCompare[]> {
  if (!terms.every(Engine.locatable)) await e.load(undefined, onProgress);
  const located = await Promise.all(terms.map((t) => (Engine.locatable(t) ? e.occurrences(t) : undefined)));
  return e.manifest.plans.map((meta, i) =>
    comparePlan(
      meta.chars,
      outline.plans[i],
      meta.records,
      terms.map((t, k) => (located[k] ? placeOccurrences(located[k].get(i) ?? [], t.length) : textOccurrences(e.passagesOf(i)!.norm, t))),
    ),
  );
}
