/**
 * The one query splitter, for the search and the compare page alike (browser-safe).
 *
 * Chinese has no spaces, and a dictionary segmenter misses queries that cross its word
 * boundaries, so nothing here guesses words. The query is split into terms only where the
 * reader put a space (or a list separator); each term is matched as an exact substring of
 * the normalised text (the gram directory locates it: grams.ts).
 */

/** Separators between query terms: spaces (any), and list punctuation people type between terms. */
const SEPARATORS = /[\s\u3000,，、;；|｜]+/u;
/** Longest query term kept (characters of normalised text) and most terms. */
export const MAX_TERM = 64;
export const MAX_TERMS = 8;

/** The pieces of a raw query as typed (not normalised), empty ones left out. */
export const splitQuery = (raw: string): string[] => raw.split(SEPARATORS).filter(Boolean);

/** The query's terms, normalised, deduplicated, in order (empty when nothing is searchable). */
export function queryTerms(raw: string, normalise: (s: string) => string): string[] {
  const out: string[] = [];
  for (const piece of splitQuery(raw)) {
    const term = Array.from(normalise(piece)).slice(0, MAX_TERM).join('');
    if (term && !out.includes(term)) out.push(term);
    if (out.length === MAX_TERMS) break;
  }
  return out;
}

/** The query's terms exactly as typed (for the “literal match” ranking tier). */
export const rawTerms = (raw: string): string[] => splitQuery(raw).slice(0, MAX_TERMS);

/** The distinct characters (code points) of some normalised text, in first-seen order. */
export const chars = (...texts: string[]): string[] => [...new Set(texts.flatMap((t) => Array.from(t)))];
