/**
 * FlexSearch 0.8 over one loaded plan's passages (browser-safe): the text path's retrieval.
 *
 * A query the gram directory cannot locate (a term of one character, or one excluded) is
 * answered from the plans' text. Rather than run every term over every passage, each loaded
 * plan gets a FlexSearch index of its passages' normalised text, keyed by passage number, with a
 * CJK-aware encoder: the distinct characters (code points) of the text, so Chinese needs no word
 * segmentation and either script is one text after the fold. FlexSearch returns the passages
 * holding every character of every included term (its queries are an AND of their tokens); each
 * is then verified exactly (match.ts). Having every character of a term is necessary for
 * holding the term, so nothing is missed, and verification drops what is not an occurrence.
 *
 * The "light" build (11.5 KB, 4.5 KB gzipped) has the Index with a custom encoder, which is all
 * this needs; it is loaded only with the first text-path query (engine.ts imports this module
 * on demand). The package's export map exposes only the full bundle, so the file is imported by
 * path; its types are the package's own.
 */
import type { Index as FlexIndex, IndexOptions } from 'flexsearch';
// @ts-expect-error the light build has no declaration file of its own (types: 'flexsearch')
import { Index as LightIndex } from '../../../node_modules/flexsearch/dist/flexsearch.light.module.min.js';
import { chars } from './tokens.ts';

/** The encoder, for passages and queries alike: the distinct code points (a query's terms are joined by spaces first). */
const encode = (text: string): string[] => chars(...text.split(' '));

export class PassageIndex {
  private readonly index: FlexIndex;
  private readonly size: number;

  /** Indexes the passages' normalised texts (passage k has id k). */
  constructor(norm: readonly string[]) {
    const options: IndexOptions = { tokenize: 'strict', encode, cache: false, resolution: 1 };
    this.index = new (LightIndex as typeof FlexIndex)(options);
    norm.forEach((text, k) => {
      if (text) this.index.add(k, text);
    });
    this.size = norm.length;
  }

  /** Passages holding every character of every term, in document order: candidates to verify. */
  candidates(terms: readonly string[]): number[] {
    if (!terms.length || !this.size) return [];
    const ids = this.index.search(terms.join(' '), { limit: this.size }) as number[];
    return [...ids].sort((a, b) => a - b);
  }
}
