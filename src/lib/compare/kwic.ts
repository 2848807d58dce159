/**
 * Keyword in context (browser-safe, pure): an occurrence found in a passage's normalised text,
 * shown on the passage's own characters in the page's script: `left | term | right`.
 * Plain strings only; the page renders them with textContent.
 */
import { CELL, ROW } from '../search/highlight.ts';
import type { Mapped } from '../search/normalise.ts';

export interface KwicLine {
  left: string;
  /** The occurrence's original characters (may include punctuation inside it: 数字“经济”). */
  hit: string;
  right: string;
  /** Whether the passage goes on beyond the context shown. */
  more: { left: boolean; right: boolean };
}

/** Context characters on each side (code points, within the passage). */
export const CONTEXT = 40;

/**
 * The line for the occurrence at [from, to) of the normalised text behind `m`. In a table
 * (highlight.ts ROW, CELL) the context is the occurrence's own row, its cells joined by “ · ”.
 */
export function kwicLine(text: string, m: Mapped, from: number, to: number, context = CONTEXT): KwicLine {
  const start = m.start[from];
  const end = m.end[to - 1];
  const rowStart = text.lastIndexOf(ROW, start - 1) + 1;
  const rowEnd = text.indexOf(ROW, end) < 0 ? text.length : text.indexOf(ROW, end);
  const cells = (s: string) => s.replaceAll(CELL, ' · ');
  const before = Array.from(cells(text.slice(rowStart, start)));
  const after = Array.from(cells(text.slice(end, rowEnd)));
  return {
    left: before.slice(Math.max(0, before.length - context)).join(''),
    hit: text.slice(start, end),
    right: after.slice(0, context).join(''),
    more: { left: before.length > context || rowStart > 0, right: after.length > context || rowEnd < text.length },
  };
}

/**
 * How a term is written in the page's script: the most frequent spelling among its occurrences
 * (as `hits`, their original characters) that normalises to the term with nothing dropped, so
 * 数字经济 typed on a traditional page is shown as 數字經濟 and gdp as GDP. Undefined when no
 * occurrence qualifies (the term is then shown as typed).
 */
export function spelling(hits: Iterable<string>, term: string, normalise: (s: string) => string): string | undefined {
  const seen = new Map<string, number>();
  const length = Array.from(term).length;
  for (const h of hits) if (Array.from(h).length === length && normalise(h) === term) seen.set(h, (seen.get(h) ?? 0) + 1);
  let best: string | undefined;
  for (const [h, n] of seen) if (!best || n > seen.get(best)!) best = h;
  return best;
}
