/**
 * Which grams the directory indexes, and which of them locate a query term (browser-safe; the
 * build and the browser must agree, so both read the rule here).
 *
 * Indexed, at every position of every passage's normalised text (code points, never across
 * two passages): every character pair (bigram), and the triple (trigram) starting there when
 * either of its two pairs is *common* — a pair whose posting list is larger than COMMON_BYTES
 * (the build decides and ships the list with its sizes). So 经济, being common, is also
 * indexed as 空经济, 数字经, 字经济 … and a rare term such as 低空经济 is located by 低空 and
 * 空经济 (a few hundred bytes each) instead of 经济 (hundreds of KB at 1,000 plans).
 *
 * A term of n ≥ 2 characters is exactly located by grams that cover each of its characters,
 * aligned at their offsets in the term: a place p matches when every chosen gram occurs at
 * p + its offset in the same passage. cover() picks the cheapest such set by the known sizes.
 */

/** A pair whose posting list is larger than this (bytes) is common: its triples are indexed too. */
export const COMMON_BYTES = 6 * 1024;

/** A gram of a term and its offset in the term (UTF-16 units). */
export interface GramAt {
  gram: string;
  at: number;
}

/**
 * A gram as the build handles it: a number for grams of BMP characters (a pair c₁·2¹⁶ + c₂,
 * below 2³²; a triple 2⁴⁸ + c₁·2³² + c₂·2¹⁶ + c₃), which hashes far faster than a string,
 * and the string itself for grams with astral characters.
 */
export type GramKey = number | string;
const TRIPLE = 2 ** 48;

export function gramOf(key: GramKey): string {
  if (typeof key === 'string') return key;
  if (key < TRIPLE) return String.fromCharCode(Math.floor(key / 65536), key % 65536);
  const k = key - TRIPLE;
  return String.fromCharCode(Math.floor(k / 2 ** 32), Math.floor(k / 65536) % 65536, k % 65536);
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Calls `emit(gram, offset)` for every gram indexed in a passage's normalised text: each
 * pair, and each triple one of whose pairs `isCommon` says is common.
 */
export function passageGrams(norm: string, isCommon: (pair: GramKey) => boolean, emit: (gram: GramKey, at: number) => void): void {
  if (!SURROGATE.test(norm)) {
    const n = norm.length;
    for (let k = 0; k + 1 < n; k++) {
      const pair = norm.charCodeAt(k) * 65536 + norm.charCodeAt(k + 1);
      emit(pair, k);
      if (k + 2 < n) {
        const next = norm.charCodeAt(k + 1) * 65536 + norm.charCodeAt(k + 2);
        if (isCommon(pair) || isCommon(next)) emit(TRIPLE + norm.charCodeAt(k) * 2 ** 32 + next, k);
      }
    }
    return;
  }
  const cps = Array.from(norm);
  let at = 0;
  for (let k = 0; k + 1 < cps.length; k++) {
    const pair = cps[k] + cps[k + 1];
    emit(keyOf(pair), at);
    if (k + 2 < cps.length && (isCommon(keyOf(pair)) || isCommon(keyOf(cps[k + 1] + cps[k + 2])))) emit(keyOf(pair + cps[k + 2]), at);
    at += cps[k].length;
  }
}

/** The key of a gram (its number when it is all BMP). */
export function keyOf(gram: string): GramKey {
  if (SURROGATE.test(gram)) return gram;
  return gram.length === 2
    ? gram.charCodeAt(0) * 65536 + gram.charCodeAt(1)
    : TRIPLE + gram.charCodeAt(0) * 2 ** 32 + gram.charCodeAt(1) * 65536 + gram.charCodeAt(2);
}

/**
 * The cheapest set of grams covering every character of `term` (≥ 2 code points), by the
 * sizes of the common pairs (others are at most COMMON_BYTES; a triple is assumed a quarter of
 * its rarer pair). Undefined for a single character, which no gram locates.
 */
export function cover(term: string, commonSize: (pair: string) => number | undefined): GramAt[] | undefined {
  const cps = Array.from(term);
  const n = cps.length;
  if (n < 2) return undefined;
  const at: number[] = [0];
  for (const c of cps) at.push(at[at.length - 1] + c.length);
  const pairCost = (i: number) => commonSize(cps[i] + cps[i + 1]) ?? COMMON_BYTES / 2;
  const isCommon = (i: number) => i + 1 < n && commonSize(cps[i] + cps[i + 1]) !== undefined;
  const grams = (i: number): { len: number; cost: number }[] => {
    const out = [{ len: 2, cost: pairCost(i) }];
    if (i + 2 < n && (isCommon(i) || isCommon(i + 1))) out.push({ len: 3, cost: Math.min(pairCost(i), pairCost(i + 1)) / 4 });
    return out;
  };
  // best[u]: cheapest cover of characters u … n−1, given every character before u is covered.
  const best: { cost: number; start: number; len: number }[] = new Array(n + 1);
  best[n] = { cost: 0, start: -1, len: 0 };
  for (let u = n - 1; u >= 0; u--) {
    let choice = { cost: Number.POSITIVE_INFINITY, start: -1, len: 0 };
    // A gram covering u starts at u − 2 … u and must fit in the term.
    for (let s = Math.max(0, u - 2); s <= u; s++) {
      if (s + 1 >= n) continue;
      for (const g of grams(s)) {
        const end = s + g.len;
        if (end <= u || end > n) continue;
        const cost = g.cost + best[end].cost;
        if (cost < choice.cost) choice = { cost, start: s, len: g.len };
      }
    }
    best[u] = choice;
  }
  const out: GramAt[] = [];
  for (let u = 0; u < n; ) {
    const { start, len } = best[u];
    out.push({ gram: cps.slice(start, start + len).join(''), at: at[start] });
    u = start + len;
  }
  return out;
}
