/**
 * Search hits to take away: one row per matching passage — plan, place, link, heading path, the
 * sentence holding the term, how often the terms occur in it — as CSV (RFC 4180, UTF-8 with a
 * byte-order mark so spreadsheets read Chinese, counts as plain numbers) and as JSON. Pure and
 * browser-safe: the results page (src/client/search/export.ts) fills it from the engine.
 */
import { toCsv } from './table-csv.ts';

export interface HitRow {
  slug: string;
  plan: string;
  city: string;
  kind: string;
  /** 14 for 十四五, and as the site prints it (“十四五”). */
  period: number;
  periodLabel: string;
  id: string;
  /** Absolute with SITE_URL, else under the site's base (/zh-hans/plans/<slug>/#<id>). */
  link: string;
  /** Headings around the passage, outermost first. */
  path: string[];
  sentence: string;
  count: number;
}

/** The column headings, in the page's script (share.json's col* keys). */
export interface HitColumns {
  plan: string;
  slug: string;
  city: string;
  kind: string;
  period: string;
  id: string;
  link: string;
  path: string;
  sentence: string;
  count: string;
}

/** Ends of a sentence in Chinese plan text (and a line end, which ends a heading or cell). */
const END = /[。！？；!?;\n]/;
/** Longest sentence kept whole; longer ones are cut around the term. */
const MAX = 240;

/**
 * The sentence of `text` that holds the range [start, end): from after the previous sentence
 * end to its own end mark, trimmed; a very long one is cut around the term with "…".
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !END.test(text[a - 1])) a--;
  let b = Math.max(end, start);
  while (b < text.length && !END.test(text[b])) b++;
  if (b < text.length && text[b] !== '\n') b++;
  const chars = [...text.slice(a, b).trim()];
  if (chars.length <= MAX) return chars.join('');
  // Cut in code points around the term's place in the sentence.
  const at = [...text.slice(a, start)].length;
  const from = Math.max(0, Math.min(at - MAX / 2, chars.length - MAX));
  return `${from > 0 ? '…' : ''}${chars.slice(from, from + MAX).join('')}${from + MAX < chars.length ? '…' : ''}`;
}

/** The first marked stretch of a passage cut into segments, and the passage's text. */
export function firstMark(segments: readonly { text: string; mark: boolean }[]): { text: string; start: number; end: number } {
  let text = '';
  let start = -1;
  let end = -1;
  for (const s of segments) {
    if (s.mark && start < 0) {
      start = text.length;
      end = start + s.text.length;
    }
    text += s.text;
  }
  return start < 0 ? { text, start: 0, end: 0 } : { text, start, end };
}

export function hitsCsv(rows: readonly HitRow[], cols: HitColumns): string {
  const head = [cols.plan, cols.slug, cols.city, cols.kind, cols.period, cols.id, cols.link, cols.path, cols.sentence, cols.count];
  const body = rows.map((r) => [r.plan, r.slug, r.city, r.kind, r.periodLabel, r.id, r.link, r.path.join(' › '), r.sentence, String(r.count)]);
  return toCsv([head, ...body]);
}

export interface HitsJson {
  query: string;
  /** The filters as in the search page's URL (city, type, period). */
  filters: Record<string, string[] | number[]>;
  /** Where the results page of this export is (its state in the query string). */
  page: string;
  hits: number;
  passages: number;
  rows: HitRow[];
}

export const hitsJson = (data: HitsJson): string => `${JSON.stringify(data, null, 2)}\n`;

/** A file name from the query: characters a file system refuses become _, at most 40 characters. */
export const exportName = (query: string, ext: string): string =>
  `search-${[...query.trim().replace(/[\\/:*?"<>|,\s]+/g, '_')].slice(0, 40).join('') || 'results'}.${ext}`;
