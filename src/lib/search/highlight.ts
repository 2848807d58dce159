/**
 * Our highlighter (browser-safe): the query is matched on normalised text, and the matched
 * units are mapped back to the exact characters of the displayed text, in the page's script.
 * Output is plain segments; callers render them with textContent, never as HTML.
 */
import { hitRanges } from './match.ts';
import type { Mapped } from './normalise.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** The hits of `terms` in the original text behind `m`, as sorted, disjoint [start, end) ranges. */
export function originalRanges(m: Mapped, terms: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [from, to] of hitRanges(m.text, terms)) {
    const start = m.start[from];
    const end = m.end[to - 1];
    const last = out[out.length - 1];
    // Two hits separated only by ignored characters (“数字”经济) stay two marks.
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** The whole text cut into marked and unmarked segments. */
export function markSegments(text: string, ranges: readonly [number, number][], from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const a = Math.max(s, from);
    const b = Math.min(e, to);
    if (a > at) out.push({ text: text.slice(at, a), mark: false });
    out.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: false });
  return out;
}

const ELLIPSIS = '…';
const isLow = (text: string, i: number) => i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]);

export interface SnippetOptions {
  /** Characters of context on each side of a hit. */
  context?: number;
  /** Most windows shown. */
  windows?: number;
  /** Longest window: later hits that would stretch a window beyond it open a new one. */
  span?: number;
  /** Texts up to this length are shown whole. */
  whole?: number;
}

/** A table's text (search-table-text.ts): rows end in a line break, cells in a tab. */
export const ROW = '\n';
export const CELL = '\t';

/**
 * A table passage's snippet: its caption (the first row), then the rows that hold the first
 * hits, each whole (cells kept apart by CELL), in order, joined by ROW, with an ellipsis where
 * rows are left out; up to `windows` rows besides the caption.
 */
function rowSnippet(text: string, ranges: readonly [number, number][], windows: number): Segment[] {
  const rows: [number, number][] = [];
  for (let at = 0; at <= text.length; ) {
    const end = text.indexOf(ROW, at);
    rows.push([at, end < 0 ? text.length : end]);
    at = end < 0 ? text.length + 1 : end + 1;
  }
  const shown: [number, number][] = [rows[0]];
  for (const [s, e] of ranges) {
    if (shown.length > windows) break;
    for (const row of rows) if (row[0] < e && s < row[1] && !shown.includes(row)) shown.push(row);
  }
  if (shown.length === 1 && rows.length > 1) shown.push(rows[1]);
  shown.splice(windows + 1);
  shown.sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  shown.forEach(([a, b], i) => {
    if (i > 0) out.push({ text: shown[i - 1][1] + 1 === a ? ROW : `${ROW}${ELLIPSIS}${ROW}`, mark: false });
    out.push(...markSegments(text, ranges, a, b));
  });
  if (shown[shown.length - 1][1] < text.length) out.push({ text: `${ROW}${ELLIPSIS}`, mark: false });
  return out;
}

/**
 * Context windows around the hits, joined by an ellipsis; the text whole when short; for a
 * table, the rows that hold the hits. A window never splits a surrogate pair.
 */
export function snippet(text: string, ranges: readonly [number, number][], options: SnippetOptions = {}): Segment[] {
  const { context = 36, windows = 2, whole = 120 } = options;
  if (text.includes(ROW)) return rowSnippet(text, ranges, windows);
  const span = Math.max(options.span ?? 160, 2 * context + 1);
  if (text.length <= whole) return markSegments(text, ranges);
  const fix = (i: number) => (isLow(text, i) ? i - 1 : i);
  if (!ranges.length)
    return [
      { text: text.slice(0, fix(whole)), mark: false },
      { text: ELLIPSIS, mark: false },
    ];
  const spans: [number, number][] = [];
  for (const [s, e] of ranges) {
    const last = spans[spans.length - 1];
    if (last && e + context - last[0] <= span) {
      last[1] = fix(Math.max(last[1], Math.min(text.length, e + context)));
      continue;
    }
    if (last && s < last[1]) {
      last[1] = Math.max(last[1], e); // the hit straddles the window's end: show it whole
      continue;
    }
    if (spans.length === windows) break;
    spans.push([fix(Math.max(s - context, last ? last[1] : 0)), fix(Math.min(text.length, e + context))]);
  }
  const out: Segment[] = [];
  spans.forEach(([a, b], i) => {
    if (a > 0 && !(i > 0 && spans[i - 1][1] === a)) out.push({ text: ELLIPSIS, mark: false });
    out.push(...markSegments(text, ranges, a, b));
  });
  if (spans[spans.length - 1][1] < text.length) out.push({ text: ELLIPSIS, mark: false });
  return out;
}
