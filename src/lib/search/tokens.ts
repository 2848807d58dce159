/**
 * Tokenisation, shared by the index build and the query (browser-safe).
 *
 * Chinese has no spaces, and a dictionary segmenter misses queries that cross its word
 * boundaries, so the candidate index works on characters: every overlapping character pair
 * (bigram) of the normalised text, plus its last character. FlexSearch's "forward" tokenizer
 * then also indexes the first character of every pair, so the index answers both single
 * characters and pairs. A term of n ≥ 2 characters looks up its n − 1 pairs (all must be in
 * the passage); a single character looks itself up. Candidates are then verified by an exact
 * substring check (match.ts), so the index only has to never miss.
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

/** The tokens indexed for a passage's normalised text: its pairs and its last character. */
export function grams(normalised: string): string[] {
  const cps = Array.from(normalised);
  if (cps.length < 2) return cps;
  const out: string[] = [];
  for (let i = 0; i + 1 < cps.length; i++) out.push(cps[i] + cps[i + 1]);
  // The last character is nobody's first: index it on its own so a single-character query
  // finds it (FlexSearch's forward tokenizer indexes the first character of every pair).
  out.push(cps[cps.length - 1]);
  return out;
}

/**
 * FlexSearch's `encode`, for the index and the query alike: both sides hand it tokens
 * already made by grams()/termGrams(), joined by spaces.
 */
export const splitTokens = (s: string): string[] => (s ? s.split(' ') : []);

/**
 * Query-side tokens for a term: its pairs only (the trailing single character adds nothing
 * once its pair is required), or the character itself.
 */
export function termGrams(term: string): string[] {
  const cps = Array.from(term);
  if (cps.length === 1) return cps;
  const out: string[] = [];
  for (let i = 0; i + 1 < cps.length; i++) out.push(cps[i] + cps[i + 1]);
  return out;
}
