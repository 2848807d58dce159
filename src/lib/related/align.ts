/**
 * Character-level local alignment of two passages by seed and extend: every exact match of
 * `seed` characters is extended left and right as far as the texts agree (never across a line
 * break); the longest maximal matches are then kept greedily so that no character of either
 * text is marked twice. Seeds inside a match already found are skipped (see below), so a span
 * overlapping a longer one may be missed, never invented. Every span reported is, by construction, the same string on both
 * sides — tests/unit/related.test.ts checks it for every pair the corpus produces.
 *
 * Pure and browser-safe: the build (shared wording, plan pairs) and the browser (any two plans
 * side by side, src/client/related/compare/) run the same code.
 */

export interface Span {
  /** Start in the first text. */
  a: number;
  /** Start in the second text. */
  b: number;
  length: number;
}

export interface AlignOptions {
  /** Exact-match seed length. */
  seed: number;
  /** Shortest span reported. */
  minSpan: number;
}

/** Hash of `seed` code units from `at` (FNV-1a); equal strings hash equal, so a hit is then verified. */
function seedHash(text: string, at: number, seed: number): number {
  let h = 0x811c9dc5;
  for (let k = at; k < at + seed; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return -1; // a seed never spans a line break
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/**
 * An aligner for `a`: its seed table is built once and reused for every `b` it is aligned
 * with (a passage meets several candidates in a row).
 */
export function alignerFor(a: string, o: AlignOptions): (b: string) => Span[] {
  const seeds = seedTable(a, o);
  return (b) => select(maximalMatches(a, seeds, b, o), a.length, b.length);
}

/** Every position of `a` by the hash of the seed starting there. */
export function seedTable(a: string, o: AlignOptions): Map<number, number[]> {
  const seeds = new Map<number, number[]>();
  for (let i = 0; i + o.seed <= a.length; i++) {
    const h = seedHash(a, i, o.seed);
    if (h < 0) continue;
    const list = seeds.get(h);
    if (list) list.push(i);
    else seeds.set(h, [i]);
  }
  return seeds;
}

/** Maximal exact matches of at least `minSpan` characters shared by `a` (seeds indexed) and `b`. */
export function maximalMatches(a: string, seeds: Map<number, number[]>, b: string, o: AlignOptions): Span[] {
  // A match found on a diagonal (a − b offset) covers the seeds after it on that diagonal.
  const coveredUntil = new Map<number, number>();
  const out: Span[] = [];
  for (let j = 0; j + o.seed <= b.length; j++) {
    const h = seedHash(b, j, o.seed);
    const positions = h < 0 ? undefined : seeds.get(h);
    if (!positions) continue;
    let reach = j;
    for (const i of positions) {
      const diagonal = i - j;
      if ((coveredUntil.get(diagonal) ?? -1) > j) continue;
      let end = 0;
      while (i + end < a.length && j + end < b.length && a[i + end] === b[j + end] && a[i + end] !== '\n') end++;
      if (end < o.seed) continue; // a hash collision, not a seed
      let start = 0;
      while (i - start > 0 && j - start > 0 && a[i - start - 1] === b[j - start - 1] && a[i - start - 1] !== '\n') start++;
      coveredUntil.set(diagonal, j + end);
      reach = Math.max(reach, j + end);
      const length = start + end;
      if (length >= o.minSpan) out.push({ a: i - start, b: j - start, length });
    }
    // Seeds wholly inside a match just found could only start matches overlapping it in `b`,
    // which the longest-first selection would mostly refuse: skip them (a large saving when
    // two passages share most of their text).
    j = Math.max(j, reach - o.seed);
  }
  return out;
}

/** The longest matches first, none overlapping another in either text; in the order of `a`. */
export function select(matches: Span[], lengthA: number, lengthB: number): Span[] {
  const usedA = new Uint8Array(lengthA);
  const usedB = new Uint8Array(lengthB);
  const kept: Span[] = [];
  const free = (used: Uint8Array, from: number, length: number) => {
    for (let k = from; k < from + length; k++) if (used[k]) return false;
    return true;
  };
  for (const m of matches.sort((x, y) => y.length - x.length || x.a - y.a || x.b - y.b)) {
    if (!free(usedA, m.a, m.length) || !free(usedB, m.b, m.length)) continue;
    usedA.fill(1, m.a, m.a + m.length);
    usedB.fill(1, m.b, m.b + m.length);
    kept.push(m);
  }
  return kept.sort((x, y) => x.a - y.a);
}

/** The shared spans of `a` and `b`. */
export const align = (a: string, b: string, o: AlignOptions): Span[] => alignerFor(a, o)(b);
