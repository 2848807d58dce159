/**
 * Tokenisation, shared by the index build and the query (browser-safe).
 *
 * Chinese has no spaces, and a dictionary segmenter misses queries that cross its word
 * boundaries, so nothing here guesses words. The query is split into terms only where the
 * reader put a space (or a list separator); each term is matched as an exact substring.
 *
 * The candidate index (FlexSearch) is keyed by single characters of the normalised text: a
 * passage is a candidate when it holds every character of every term, and the exact check in
 * match.ts decides. Character pairs would propose fewer candidates, but their index is larger
 * than the text itself (docs/SEARCH.md has the measurements), while verifying candidates
 * costs microseconds.
 */

/** Separators between query terms: spaces (any), and list punctuation people type between terms. */
const SEPARATORS = /[\s\u3000,，、;；|｜]+/u;
/** Longest query term kept (characters of normalised text) and most terms. */
export const MAX_TERM = 64;
export const MAX_TERMS = 8;

/** The query's terms, normalised, deduplicated, in order (empty when nothing is searchable). */
export function queryTerms(raw: string, normalise: (s: string) => string): string[] {
  const out: string[] = [];
  for (const piece of raw.split(SEPARATORS)) {
    const term = Array.from(normalise(piece)).slice(0, MAX_TERM).join('');
    if (term && !out.includes(term)) out.push(term);
    if (out.length === MAX_TERMS) break;
  }
  return out;
}

/** The query's terms exactly as typed (for the “literal match” ranking tier). */
export const rawTerms = (raw: string): string[] => raw.split(SEPARATORS).filter(Boolean).slice(0, MAX_TERMS);

/** The distinct characters (code points) of some normalised text, in first-seen order. */
export const chars = (...texts: string[]): string[] => [...new Set(texts.flatMap((t) => Array.from(t)))];

/**
 * FlexSearch's `encode`, for the index and the query alike: both sides hand it the tokens
 * already made by chars(), joined by spaces.
 */
export const splitTokens = (s: string): string[] => (s ? s.split(' ') : []);
