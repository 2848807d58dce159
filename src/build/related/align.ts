/**
 * Character-level local alignment of two passages by seed and extend: every exact match of
 * `seed` characters is extended left and right as far as the texts agree (never across a line
 * break); the longest maximal matches are then kept greedily so that no character of either
 * text is marked twice. Every span reported is, by construction, the same string on both
 * sides — tests/unit/related.test.ts checks it for every pair the corpus produces.
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

/** Maximal exact matches of at least `minSpan` characters shared by `a` and `b`. */
function maximalMatches(a: string, b: string, o: AlignOptions): Span[] {
  const seeds = new Map<string, number[]>();
  for (let j = 0; j + o.seed <= b.length; j++) {
    const s = b.slice(j, j + o.seed);
    if (s.includes('\n')) continue;
    const list = seeds.get(s);
    if (list) list.push(j);
    else seeds.set(s, [j]);
  }
  // A match found on a diagonal (a − b offset) covers the seeds after it on that diagonal.
  const coveredUntil = new Map<number, number>();
  const out: Span[] = [];
  for (let i = 0; i + o.seed <= a.length; i++) {
    const positions = seeds.get(a.slice(i, i + o.seed));
    if (!positions) continue;
    for (const j of positions) {
      const diagonal = i - j;
      if ((coveredUntil.get(diagonal) ?? -1) > i) continue;
      let start = 0;
      while (i - start > 0 && j - start > 0 && a[i - start - 1] === b[j - start - 1] && a[i - start - 1] !== '\n') start++;
      let end = o.seed;
      while (i + end < a.length && j + end < b.length && a[i + end] === b[j + end] && a[i + end] !== '\n') end++;
      coveredUntil.set(diagonal, i + end);
      const length = start + end;
      if (length >= o.minSpan) out.push({ a: i - start, b: j - start, length });
    }
  }
  return out;
}

/** The shared spans of `a` and `b`, longest first chosen, returned in the order of `a`. */
export function align(a: string, b: string, o: AlignOptions): Span[] {
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  const kept: Span[] = [];
  const free = (used: Uint8Array, from: number, length: number) => {
    for (let k = from; k < from + length; k++) if (used[k]) return false;
    return true;
  };
  for (const m of maximalMatches(a, b, o).sort((x, y) => y.length - x.length || x.a - y.a || x.b - y.b)) {
    if (!free(usedA, m.a, m.length) || !free(usedB, m.b, m.length)) continue;
    usedA.fill(1, m.a, m.a + m.length);
    usedB.fill(1, m.b, m.b + m.length);
    kept.push(m);
  }
  return kept.sort((x, y) => x.a - y.a);
}
