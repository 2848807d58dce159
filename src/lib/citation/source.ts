/**
 * What a citation says about a plan, chosen from its catalog entry by stated rules (docs/DATA.md):
 *
 * - 主要责任者 (author): the issuing bodies the source names; else the body that adopted the text
 *   (the Quzhou outline names only the 衢州市第七届人民代表大会第六次会议); else none, and the
 *   citation starts with the title, as GB/T 7714-2015 allows. A newspaper that reposted the text
 *   is its publisher, never its author.
 * - the document's date: the date the text itself bears (written, 成文日期), else the date it was
 *   adopted, else the date its issuer first published it. A repost date is the date of a copy, not
 *   of the document, and is never used. Where the source gives none, the citation gives none.
 */
import type { CatalogEntry } from '../catalog-schema.ts';

export type AuthorRule = 'issuers' | 'adoptedBy' | 'none';
export type DateRule = 'written' | 'adopted' | 'published' | 'none';

export interface CiteSource {
  slug: string;
  authors: string[];
  authorRule: AuthorRule;
  title: string;
  docNumber?: string;
  /** YYYY-MM-DD, chosen by `dateRule`. */
  date?: string;
  dateRule: DateRule;
  /** The site or paper the text was saved from, and the portal it came through. */
  publisher: string;
  via?: string;
  /** The original page and the day it was read, where the catalog records them. */
  originalUrl?: string;
  originalAccessed?: string;
}

const DATE_ORDER = ['written', 'adopted', 'published'] as const;

/** `convert` turns the catalog's simplified text into the citation's script. */
export function citeSource(entry: CatalogEntry, convert: (s: string) => string = (s) => s): CiteSource {
  const [authors, authorRule]: [string[], AuthorRule] = entry.issuers?.length
    ? [entry.issuers, 'issuers']
    : entry.adoptedBy
      ? [[entry.adoptedBy], 'adoptedBy']
      : [[], 'none'];
  const dateRule = DATE_ORDER.find((k) => entry.dates[k]) ?? 'none';
  return {
    slug: entry.slug,
    authors: authors.map(convert),
    authorRule,
    title: convert(entry.title),
    docNumber: entry.docNumber && convert(entry.docNumber),
    date: dateRule === 'none' ? undefined : entry.dates[dateRule],
    dateRule,
    publisher: convert(entry.publisher.name),
    via: entry.publisher.via && convert(entry.publisher.via),
    originalUrl: entry.source?.url,
    originalAccessed: entry.source?.retrieved,
  };
}
