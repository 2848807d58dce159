/**
 * Verification and ranking (browser-safe). FlexSearch only proposes candidates; a passage
 * matches when every query term occurs in its normalised text as an exact substring.
 */

/** Start offsets of the non-overlapping occurrences of `term` in `hay`. */
export function occurrences(hay: string, term: string): number[] {
  const out: number[] = [];
  if (!term) return out;
  for (let i = hay.indexOf(term); i !== -1; i = hay.indexOf(term, i + term.length)) out.push(i);
  return out;
}

export interface PassageMatch {
  /** Occurrences of all terms together. */
  hits: number;
  /** The terms occur one after another, in the order typed (always true for one term). */
  phrase: boolean;
  /** Every term also occurs exactly as typed, in the characters of the displayed text. */
  literal: boolean;
  /** Share of the passage covered by hits (0–1), with short passages damped. */
  density: number;
}

/** null unless every term occurs in `norm`. `raw` (optional) are the terms as typed, for `literal`. */
export function matchPassage(norm: string, terms: readonly string[], display?: string, raw?: readonly string[]): PassageMatch | null {
  let hits = 0;
  let covered = 0;
  for (const term of terms) {
    const n = occurrences(norm, term).length;
    if (!n) return null;
    hits += n;
    covered += n * term.length;
  }
  const phrase = terms.length === 1 || norm.includes(terms.join(''));
  const literal = !!display && !!raw?.length && raw.every((t) => display.includes(t));
  return { hits, phrase, literal, density: covered / (norm.length + 12) };
}

/** Relevance: phrase hits first, then literal ones, then density, then more hits. */
export function compareMatches(a: PassageMatch, b: PassageMatch): number {
  return Number(b.phrase) - Number(a.phrase) || Number(b.literal) - Number(a.literal) || b.density - a.density || b.hits - a.hits;
}

/** Every occurrence of every term as sorted, merged [from, to) ranges of normalised text. */
export function hitRanges(norm: string, terms: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const term of terms) for (const at of occurrences(norm, term)) ranges.push([at, at + term.length]);
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
