/**
 * A plan's length in characters: the one definition behind every number the site shows for it
 * (the plan's title block and the corpus list via the ingestion's `charCount`, and the compare
 * page's denominator).
 *
 * What is counted: the text of every block of the plan proper — front matter, headings,
 * paragraphs, boxes, tables with their cells, captions and notes — and not the catalog's title
 * block around it. How: per code point, its NFKC form in lower case, counting the letters,
 * digits and combining marks (Unicode L, N, M); punctuation, spaces and symbols are not counted.
 * This is exactly the number of characters the search and compare normalisation keeps
 * (src/lib/search/normalise.ts), so a rate per 10,000 characters divides by this same number,
 * and the simplified and traditional pages give the same count.
 */

const KEEP = /[\p{L}\p{N}\p{M}]/u;

/** Counted characters of one text. */
export function countedChars(text: string): number {
  let n = 0;
  for (const ch of text) {
    // Han ideographs (the bulk of a plan) are letters and their own NFKC form: no lookup.
    if (ch >= '\u4e00' && ch <= '\u9fff') {
      n++;
      continue;
    }
    if (ch < '\u0080') {
      if (/[A-Za-z0-9]/.test(ch)) n++;
      continue;
    }
    for (const c of ch.normalize('NFKC').toLowerCase()) if (KEEP.test(c)) n++;
  }
  return n;
}

/** Counted characters of a plan, given the text of each of its blocks. */
export const planLength = (texts: readonly string[]): number => texts.reduce((n, t) => n + countedChars(t), 0);
