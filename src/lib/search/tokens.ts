/**
 * The one query parser, for the search and the compare page alike (browser-safe).
 *
 * Chinese has no spaces, and a dictionary segmenter misses queries that cross its word
 * boundaries, so nothing here guesses words. The query is split into terms only where the
 * reader put a space (or a list separator); each term is matched as an exact substring of
 * the normalised text (the gram directory locates it: grams.ts). Two marks change that:
 *
 * - quotes ("…", “…”, 「…」, 『…』) keep spaces and list marks inside one term: "数字 经济" is
 *   the one term 数字经济 (normalisation drops the space, as it does in the text);
 * - a minus (-, －, −) at the start of a term excludes it: 头门港 -台州 is every passage that
 *   holds 头门港 and not 台州. A minus inside a term (COVID-19) is text.
 */

/** Separators between query terms: spaces (any), and list punctuation people type between terms. */
const SEPARATOR = /[\s\u3000,，、;；|｜]/u;
/** Quote marks: one opens a quoted part at any place in a term, the next one (of any kind) closes it. */
const QUOTE = /["“”「」『』＂]/u;
const MINUS = /[-－−]/u;
/** Longest query term kept (characters of normalised text) and most terms. */
export const MAX_TERM = 64;
export const MAX_TERMS = 8;

/** A piece of the query as typed. */
export interface Piece {
  /** The piece as typed, quotes included, its leading minus left out. */
  text: string;
  /** Led by a minus: passages holding it are left out. */
  exclude: boolean;
}

/** The pieces of a raw query as typed (not normalised), empty ones left out; separators inside quotes are kept. */
export function queryPieces(raw: string): Piece[] {
  const out: Piece[] = [];
  const cs = Array.from(raw);
  let i = 0;
  while (i < cs.length) {
    if (SEPARATOR.test(cs[i])) {
      i++;
      continue;
    }
    // A minus starts an exclusion only when a term follows it directly.
    const exclude = MINUS.test(cs[i]) && i + 1 < cs.length && !SEPARATOR.test(cs[i + 1]) && !MINUS.test(cs[i + 1]);
    if (exclude) i++;
    let text = '';
    let quoted = false;
    for (; i < cs.length && (quoted || !SEPARATOR.test(cs[i])); i++) {
      if (QUOTE.test(cs[i])) quoted = !quoted;
      text += cs[i];
    }
    out.push({ text, exclude });
  }
  return out;
}

/** The pieces of a raw query as typed, exclusions with their minus (the compare page counts each piece). */
export const splitQuery = (raw: string): string[] => queryPieces(raw).map((p) => (p.exclude ? `-${p.text}` : p.text));

/** A term of a parsed query. */
export interface QueryTerm {
  /** Normalised: what is matched. */
  norm: string;
  /** As typed, without quotes: what the summary echoes. */
  label: string;
}

export interface Query {
  /** Terms every matching passage holds. */
  include: QueryTerm[];
  /** Terms no matching passage holds. */
  exclude: QueryTerm[];
}

const unquote = (s: string) => s.replace(new RegExp(QUOTE.source, 'gu'), '').trim();

/** The query's terms, normalised, deduplicated, in order, at most MAX_TERMS in all (nothing searchable: none). */
export function parseQuery(raw: string, normalise: (s: string) => string): Query {
  const q: Query = { include: [], exclude: [] };
  for (const piece of queryPieces(raw)) {
    const norm = Array.from(normalise(piece.text)).slice(0, MAX_TERM).join('');
    const list = piece.exclude ? q.exclude : q.include;
    if (norm && !list.some((t) => t.norm === norm)) list.push({ norm, label: unquote(piece.text) });
    if (q.include.length + q.exclude.length === MAX_TERMS) break;
  }
  return q;
}

/** The query's included terms, normalised (what is marked). */
export const queryTerms = (raw: string, normalise: (s: string) => string): string[] => parseQuery(raw, normalise).include.map((t) => t.norm);

/** The included terms as typed, quotes and spaces removed (for the “literal match” ranking tier). */
export const rawTerms = (raw: string): string[] =>
  queryPieces(raw)
    .filter((p) => !p.exclude)
    .map((p) => unquote(p.text).replace(/\s+/gu, ''))
    .filter(Boolean)
    .slice(0, MAX_TERMS);

/** The distinct characters (code points) of some normalised text, in first-seen order. */
export const chars = (...texts: string[]): string[] => [...new Set(texts.flatMap((t) => Array.from(t)))];
