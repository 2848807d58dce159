/**
 * The compare page's terms and its URL state (browser-safe): `?terms=<t1>,<t2>`.
 *
 * Terms are split by the search's own splitter (tokens.ts: spaces and list marks), normalised
 * with the search's normalisation (so 數字經濟 and 数字经济 are one term), deduplicated on
 * their normalised form, and kept as typed for display.
 */
import { MAX_TERM, MAX_TERMS, splitQuery } from '../search/tokens.ts';

export interface Term {
  /** As typed (trimmed), for display and for the `hl` of passage links. */
  label: string;
  /** Normalised: what is counted. */
  norm: string;
}

/** The pieces of a raw input as typed (the search's splitter: tokens.ts). */
export const splitTerms = splitQuery;

/**
 * The terms to compare: normalised, deduplicated (first spelling kept), at most MAX_TERMS of at
 * most MAX_TERM characters; pieces with nothing searchable (only punctuation) are dropped.
 */
export function compareTerms(raw: string | readonly string[], normalise: (s: string) => string): Term[] {
  const out: Term[] = [];
  for (const label of typeof raw === 'string' ? splitTerms(raw) : raw.flatMap(splitTerms)) {
    const norm = Array.from(normalise(label)).slice(0, MAX_TERM).join('');
    if (!norm || out.some((t) => t.norm === norm)) continue;
    out.push({
      label: Array.from(label)
        .slice(0, MAX_TERM * 2)
        .join(''),
      norm,
    });
    if (out.length === MAX_TERMS) break;
  }
  return out;
}

/** Raw terms from the URL: every `terms` parameter, split on commas and spaces (at most 4 × MAX_TERMS pieces). */
export function readTerms(params: URLSearchParams): string[] {
  return params
    .getAll('terms')
    .flatMap(splitTerms)
    .slice(0, MAX_TERMS * 4)
    .map((t) =>
      Array.from(t)
        .slice(0, MAX_TERM * 2)
        .join(''),
    );
}

/** `?terms=a,b` (each term percent-encoded, the commas literal), or '' with no terms. */
export function termsSearch(labels: readonly string[]): string {
  const terms = labels.flatMap(splitTerms);
  return terms.length ? `?terms=${terms.map(encodeURIComponent).join(',')}` : '';
}

/** The input's text for some terms (the Chinese enumeration comma between them). */
export const termsInput = (labels: readonly string[]): string => labels.join('、');
