/**
 * The compare page's downloads as CSV (RFC 4180, UTF-8 with BOM, src/lib/table-csv.ts): the
 * counts, one field per column — the plan's title, its code, city, kind and period apart, its
 * URL, numbers as plain numbers (17197, not "17,197") — and every keyword-in-context line, one
 * per row with the plan, place, link, term and the text before and after it. Browser-safe, pure.
 */
import { toCsv } from './table-csv.ts';

export interface CountsRow {
  plan: string;
  slug: string;
  city: string;
  kind: string;
  period: string;
  link: string;
  chars: number;
  /** Per term, in the page's order. */
  counts: { count: number; rate: number }[];
}

/** A header per column: one for each of a row's fields but the counts, then a term's count and rate, and the totals row's label. */
export type CountsColumns = Record<Exclude<keyof CountsRow, 'counts'> | 'count' | 'rate' | 'total', string>;

/** Rates as the page shows them: two decimals, a plain number. */
const rate = (r: number) => (r === 0 ? '0' : r.toFixed(2));

export function countsCsv(terms: readonly string[], rows: readonly CountsRow[], cols: CountsColumns): string {
  const head = [
    cols.plan,
    cols.slug,
    cols.city,
    cols.kind,
    cols.period,
    cols.link,
    cols.chars,
    ...terms.flatMap((term) => [`${term} ${cols.count}`, `${term} ${cols.rate}`]),
  ];
  const line = (r: CountsRow) => [
    r.plan,
    r.slug,
    r.city,
    r.kind,
    r.period,
    r.link,
    String(r.chars),
    ...r.counts.flatMap((c) => [String(c.count), rate(c.rate)]),
  ];
  const chars = rows.reduce((n, r) => n + r.chars, 0);
  const totals = terms.map((_, i) => rows.reduce((n, r) => n + (r.counts[i]?.count ?? 0), 0));
  const total = [cols.total, '', '', '', '', '', String(chars), ...totals.flatMap((n) => [String(n), rate(chars ? (n * 10_000) / chars : 0)])];
  return toCsv([head, ...rows.map(line), total]);
}

export interface KwicRow {
  plan: string;
  slug: string;
  id: string;
  link: string;
  term: string;
  before: string;
  hit: string;
  after: string;
}

/** The header of each keyword-in-context column, one per field of a row. */
export type KwicColumns = Record<keyof KwicRow, string>;

/** The keyword-in-context columns, in the file's order. */
export const KWIC_FIELDS: readonly (keyof KwicRow)[] = ['plan', 'slug', 'id', 'link', 'term', 'before', 'hit', 'after'];

export function kwicCsv(rows: readonly KwicRow[], cols: KwicColumns): string {
  return toCsv([KWIC_FIELDS.map((f) => cols[f]), ...rows.map((r) => KWIC_FIELDS.map((f) => r[f]))]);
}

/** A parsed number from a figure as printed ("17,197" → 17197); NaN stays NaN. */
export const plainNumber = (s: string): number => Number(s.replace(/[,\s]/g, ''));
