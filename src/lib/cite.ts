/**
 * Human labels for contract ids and the citation text. The ids encode the document's own
 * numbering, so a label can be read back from the id alone (c3-s2-p4 → 第三章（二）第4段),
 * in the browser as well as at build time.
 */
import words from './i18n/cite.json';
import { type IdPart, parseId } from './ids.ts';
import { formatChineseNumeral as cn } from './numerals.ts';
import type { Script } from './plan-types.ts';

/** The words of a place label, written by hand in both scripts (src/lib/i18n/cite.json; only
 * this area is imported, so the reader's bundle does not carry the whole dictionary). */
const T: Record<Script, Record<string, string>> = words;

/** How one part of an id reads in a citation. */
function readPart(p: IdPart, t: Record<string, string>): string {
  switch (p.kind) {
    case 'preamble':
      return t.preamble;
    case 'note':
      return t.note;
    case 'annex':
      return `${t.annex}${p.n ?? ''}`;
    case 'part':
      return `第${cn(p.n)}${t.part}`;
    case 'chapter':
      return `第${cn(p.n)}${t.chapter}`;
    case 'section':
      return `（${cn(p.n)}）`;
    case 'article':
      return `第${p.n}${t.article}`;
    case 'box':
      return `${t.box}${cn(p.n)}`;
    case 'table':
      return `${t.table}${cn(p.n)}`;
    case 'figure':
      return `${t.fig}${p.x}-${p.y}`;
    case 'item':
      return `第${p.n}${t.item}`;
    case 'paragraph':
      return `第${p.n}${t.para}`;
    case 'duplicate':
      return `dup${p.n}`;
    case 'other':
      return p.text;
  }
}

/** The place an id names, as a reader would cite it. */
export function placeLabel(id: string, script: Script): string {
  return parseId(id)
    .map((p) => readPart(p, T[script]))
    .join('');
}

export interface CiteSource {
  issuers?: string[];
  title: string;
  docNumber?: string;
  date?: string;
}

/** GB/T 7714-2015 style for an electronic resource, with the cited place after the title. */
export function citation(src: CiteSource, url: string, place: string, accessed: string): string {
  const who = src.issuers?.length ? `${src.issuers.join('，')}. ` : '';
  const num = src.docNumber ? `（${src.docNumber}）` : '';
  const where = place ? `：${place}` : '';
  const date = src.date ? `(${src.date})` : '';
  return `${who}${src.title}${num}${where}[EB/OL]. ${date}[${accessed}]. ${url}`;
}
