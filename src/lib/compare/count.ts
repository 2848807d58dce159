/**
 * Counting terms in plans (browser-safe, pure): the compare page's numbers.
 *
 * A plan's text is its passages as the search ships them (one per ingestion text record:
 * preamble, headings, paragraphs, box titles, tables with their cells, figure captions), in the
 * page's script. The catalog title and the metadata of the title block are not records, so
 * they are never counted. Everything is counted on the normalised text (normalise.ts: no
 * punctuation or spaces, traditional folded to simplified), passage by passage, and an
 * occurrence never spans two passages.
 *
 * Occurrences are non-overlapping, left to right (in 哈哈哈 the term 哈哈 occurs once), the
 * same rule as the search's hit counts. The rate is per 10,000 normalised characters of the
 * plan's text (the same characters the term is counted in).
 */
import { occurrences } from '../search/match.ts';
import { planLength } from '../text-length.ts';

/** What a plan's text is made of: the search shard's fields (types.ts `Shard`). */
export interface PlanText {
  /** Per passage: anchor id, index of its enclosing heading passage (−1: none), text. */
  ids: readonly string[];
  up: readonly number[];
  text: readonly string[];
}

/** Non-overlapping occurrences of `term` in normalised text, left to right. */
export const countIn = (norm: string, term: string): number => occurrences(norm, term).length;

/** Occurrences per 10,000 characters (0 for an empty text). */
export const ratePer10k = (count: number, chars: number): number => (chars > 0 ? (count * 10_000) / chars : 0);

/** A part of the plan for the by-chapter view: the front matter, a chapter, the attachment. */
export interface Chapter {
  /** `preamble`, the chapter's id (`c3`), or `annex`: also the anchor on the plan page. */
  key: string;
  kind: 'preamble' | 'chapter' | 'annex';
  /** The heading passage (−1 for the front matter). */
  rec: number;
}

const CHAPTER = /^c\d+(?:-dup\d+)?$/;
const ANNEX = /^annex(?:-dup\d+)?$/;

/**
 * The chapters of a plan and, per passage, the chapter it belongs to. A passage belongs to the
 * chapter of its outermost enclosing heading (`up` chain); a passage outside any heading belongs
 * to the front matter before the first chapter, and after it to the chapter above it (articles
 * a<k> are numbered through the document but sit inside chapters).
 */
export function chapters(plan: Pick<PlanText, 'ids' | 'up'>): { list: Chapter[]; of: Int32Array } {
  const list: Chapter[] = [{ key: 'preamble', kind: 'preamble', rec: -1 }];
  const of = new Int32Array(plan.ids.length);
  const heading = new Map<number, number>();
  let current = 0;
  for (let i = 0; i < plan.ids.length; i++) {
    let root = i;
    for (let guard = 0; plan.up[root] >= 0 && guard < 64; guard++) root = plan.up[root];
    if (root === i && (CHAPTER.test(plan.ids[i]) || ANNEX.test(plan.ids[i]))) {
      list.push({ key: plan.ids[i], kind: CHAPTER.test(plan.ids[i]) ? 'chapter' : 'annex', rec: i });
      heading.set(i, list.length - 1);
    }
    current = heading.get(root) ?? current;
    of[i] = current;
  }
  // No front matter: the list starts with the first chapter.
  if (!of.includes(0)) {
    list.shift();
    for (let i = 0; i < of.length; i++) of[i]--;
  }
  return { list, of };
}

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
  chapters: Chapter[];
  /** Per passage, its chapter (index into `chapters`). */
  chapterOf: Int32Array;
  /** Per term, in the order given. */
  terms: TermInPlan[];
}

/** Every term counted in one plan. `norm` is the normalised text of each passage. */
export function comparePlan(plan: PlanText, norm: readonly string[], terms: readonly string[]): PlanCompare {
  const chars = planLength(norm); // normalised text keeps exactly the counted characters
  const { list, of } = chapters(plan);
  const out = terms.map((term) => {
    const byChapter = list.map(() => 0);
    const found: Occurrence[] = [];
    if (term)
      norm.forEach((text, rec) => {
        for (const from of occurrences(text, term)) {
          found.push({ rec, from, to: from + term.length });
          byChapter[of[rec]]++;
        }
      });
    return { count: found.length, rate: ratePer10k(found.length, chars), byChapter, occurrences: found };
  });
  return { chars, chapters: list, chapterOf: of, terms: out };
}
