/**
 * Exact places of a term from the posting lists of its cover (browser-safe): a place p is a
 * match when every gram of the cover occurs at p + its offset. Grams never span two passages
 * and the cover leaves no character of the term uncovered, so a match lies within one
 * passage and is exactly an occurrence of the term in its normalised text — no text needed.
 */
import type { GramAt } from './grams.ts';
import { type Postings, recOf } from './postings.ts';

/** Per plan, every place where the term starts (overlapping occurrences included), sorted. */
export function locate(cover: readonly GramAt[], lists: readonly Postings[]): Postings {
  const out: Postings = new Map();
  if (!cover.length) return out;
  // Start from the shortest list; the others only filter.
  const order = cover.map((_, i) => i).sort((a, b) => total(lists[a]) - total(lists[b]));
  const first = order[0];
  for (const [plan, places] of lists[first]) {
    let cur: Float64Array = places.map((p) => p - cover[first].at);
    for (const k of order.slice(1)) {
      const other = lists[k].get(plan);
      if (!other) {
        cur = new Float64Array(0);
        break;
      }
      cur = intersectShifted(cur, other, cover[k].at);
      if (!cur.length) break;
    }
    if (cur.length) out.set(plan, cur);
  }
  return out;
}

const total = (p: Postings) => {
  let n = 0;
  for (const v of p.values()) n += v.length;
  return n;
};

/** The places p of `a` (sorted) for which p + shift is in `b` (sorted). */
function intersectShifted(a: Float64Array, b: Float64Array, shift: number): Float64Array {
  const out = new Float64Array(Math.min(a.length, b.length));
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const want = a[i] + shift;
    while (j < b.length && b[j] < want) j++;
    if (j === b.length) break;
    if (b[j] === want) out[n++] = a[i];
  }
  return out.subarray(0, n);
}

/**
 * The non-overlapping occurrences among sorted places of a term of `length` units, left to
 * right within each passage (the rule of match.ts `occurrences`: in 哈哈哈, 哈哈 once).
 */
export function nonOverlapping(places: Float64Array, length: number): number[] {
  const out: number[] = [];
  let end = -1;
  let rec = -1;
  for (const p of places) {
    const r = recOf(p);
    if (r !== rec || p >= end) {
      out.push(p);
      rec = r;
      end = p + length;
    }
  }
  return out;
}
