/**
 * Search hits by brute force, written independently of the engine's hitClusters (match.ts): the
 * characters covered by the terms' non-overlapping occurrences, cut into runs; a run breaks
 * between two characters unless one occurrence covers both, or an occurrence ends there and one
 * of another term starts there. Used by the unit and e2e tests as the truth.
 */
import { occurrences } from '../../src/lib/search/match.ts';

export function bruteHits(t: string, terms: readonly string[]): number {
  const covered = new Array<boolean>(t.length).fill(false);
  const across = new Array<boolean>(t.length + 1).fill(false); // an occurrence covers i-1 and i
  const ends = Array.from({ length: t.length + 1 }, () => new Set<number>());
  const starts = Array.from({ length: t.length + 1 }, () => new Set<number>());
  terms.forEach((term, k) => {
    for (const at of occurrences(t, term)) {
      for (let i = at; i < at + term.length; i++) covered[i] = true;
      for (let i = at + 1; i < at + term.length; i++) across[i] = true;
      starts[at].add(k);
      ends[at + term.length].add(k);
    }
  });
  let runs = 0;
  for (let i = 0; i < t.length; i++) {
    if (!covered[i]) continue;
    const joined = i > 0 && covered[i - 1] && (across[i] || [...ends[i]].some((a) => [...starts[i]].some((b) => a !== b)));
    if (!joined) runs++;
  }
  return runs;
}

/** Whether a passage's normalised text matches: every included term, no excluded one. */
export const bruteMatch = (t: string, include: readonly string[], exclude: readonly string[] = []): boolean =>
  include.length > 0 && include.every((term) => t.includes(term)) && !exclude.some((term) => t.includes(term));
