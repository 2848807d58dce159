/**
 * GB/T 7714-2015 for an electronic resource ([EB/OL]), the cited place after the title:
 *
 *   主要责任者. 题名（文号）：位置[EB/OL]. (文件日期)[引用日期]. 本站网址#位置. 原文: 出版者（经由…）, 原网址[访问日期].
 *
 * Separators are GB/T 7714's (". ", ", "), the place and document number keep the document's own
 * full-width punctuation. Parts the catalog does not know are left out, never invented.
 */
import words from '../i18n/cite.json' with { type: 'json' };
import type { Script } from '../plan-types.ts';
import type { CiteSource } from './source.ts';

export interface CiteTarget {
  /** Where the passage can be read on this site: the page URL with its #fragment. */
  url: string;
  /** The cited place as `placeLabel` reads it; empty for the whole document. */
  place: string;
  /** The day the reader cites it, YYYY-MM-DD. */
  accessed: string;
}

export function gbt7714(src: CiteSource, target: CiteTarget, script: Script): string {
  const w: Record<string, string> = words[script];
  const who = src.authors.length ? `${src.authors.join(', ')}. ` : '';
  const num = src.docNumber ? `（${src.docNumber}）` : '';
  const where = target.place ? `：${target.place}` : '';
  const date = src.date ? `(${src.date})` : '';
  const via = src.via ? `（${w.via}${src.via}）` : '';
  const original = src.originalUrl ? `, ${src.originalUrl}${src.originalAccessed ? `[${src.originalAccessed}]` : ''}` : '';
  return `${who}${src.title}${num}${where}[EB/OL]. ${date}[${target.accessed}]. ${target.url}. ${w.original}: ${src.publisher}${via}${original}.`;
}
