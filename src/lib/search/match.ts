/**
 * Verification, hit counting and ranking on a passage's normalised text (browser-safe).
 *
 * A passage matches when it holds every included term and no excluded one, each as an exact
 * substring. Its hits are what the reader sees marked: the non-overlapping occurrences of each
 * term, where occurrences of different terms that overlap or touch are one hit (数字 数字经济
 * in 数字经济, or 共同 富裕 in 共同富裕: one hit each), so a hit is never counted twice.
 */

/** Start offsets of the non-overlapping occurrences of `term` in `hay`. */
export function occurrences(hay: string, term: string): number[] {
  const out: number[] = [];
  if (!term) return out;
  for (let i = hay.indexOf(term); i !== -1; i = hay.indexOf(term, i + term.length)) out.push(i);
  return out;
}

/** An occurrence: [from, to) of normalised text, and which term. */
export type Span = readonly [from: number, to: number, term: number];

/**
 * The hits among occurrences: groups joined where two occurrences overlap, or touch and are of
 * different terms (occurrences of one term never overlap; touching ones stay two hits, as 哈哈
 * twice in 哈哈哈哈). Returns each hit's [from, to), sorted.
 */
export function hitClusters(spans: readonly Span[]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Occurrences that may still reach the next one (their end is not before its start).
  let active: number[] = [];
  sorted.forEach(([from, , term], i) => {
    active = active.filter((j) => sorted[j][1] >= from);
    for (const j of active) if (sorted[j][1] > from || sorted[j][2] !== term) parent[find(j)] = find(i);
    active.push(i);
  });
  const byRoot = new Map<number, [number, number]>();
  sorted.forEach(([from, to], i) => {
    const r = find(i);
    const c = byRoot.get(r);
    if (c) c[1] = Math.max(c[1], to);
    else byRoot.set(r, [from, to]);
  });
  return [...byRoot.values()].sort((a, b) => a[0] - b[0]);
}

export interface PassageMatch {
  /** Hits (hitClusters) of all terms together. */
  hits: number;
  /** The terms occur one after another, in the order typed (always true for one term). */
  phrase: boolean;
  /** Normalised characters covered by hits. */
  covered: number;
}

/** null unless every term occurs in `norm` and no excluded one. */
export function matchPassage(norm: string, terms: readonly string[], exclude: readonly string[] = []): PassageMatch | null {
  if (exclude.some((t) => norm.includes(t))) return null;
  const spans: Span[] = [];
  for (const [k, term] of terms.entries()) {
    const at = occurrences(norm, term);
    if (!at.length) return null;
    for (const a of at) spans.push([a, a + term.length, k]);
  }
  const hits = hitClusters(spans);
  const covered = hits.reduce((n, [a, b]) => n + b - a, 0);
  const phrase = terms.length === 1 || norm.includes(terms.join(''));
  return { hits: hits.length, phrase, covered };
}

/**
 * Share of a passage covered by hits (0–1), short passages damped: from the index alone
 * (`covered` from the places, `length` from the plan's passage table), so passages are ranked
 * before any text is fetched.
 */
export const density = (covered: number, length: number): number => covered / (length + 12);

/** A passage ranked: its match and its density. */
export interface Ranked extends PassageMatch {
  density: number;
}

/** Relevance: phrase hits first, then density, then more hits. */
export function compareMatches(a: Ranked, b: Ranked): number {
  return Number(b.phrase) - Number(a.phrase) || b.density - a.density || b.hits - a.hits;
}

/** The hits of the terms as sorted [from, to) ranges of normalised text: one range per hit counted. */
export function hitRanges(norm: string, terms: readonly string[]): [number, number][] {
  const spans: Span[] = [];
  for (const [k, term] of terms.entries()) for (const at of occurrences(norm, term)) spans.push([at, at + term.length, k]);
  return hitClusters(spans);
}
