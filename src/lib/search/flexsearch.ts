/**
 * FlexSearch 0.8's "compact" build (10 KB gzipped against the default bundle's 17 KB): it has
 * the Index with export/import, which is all the search needs. The package's export map only
 * exposes the full bundle, so the file is imported by path; the types are the package's own.
 */
import type { Index as FlexIndex, IndexOptions } from 'flexsearch';
// @ts-expect-error the compact build has no declaration file of its own (types: see below)
import { Index as CompactIndex } from '../../../node_modules/flexsearch/dist/flexsearch.compact.module.min.js';
import { splitTokens } from './tokens.ts';

/** The one configuration, at build time and in the browser (export and import must agree). */
export function candidateIndex(): FlexIndex {
  const options: IndexOptions = { tokenize: 'strict', resolution: 1, encode: splitTokens, cache: false };
  return new (CompactIndex as typeof FlexIndex)(options);
}

export type { FlexIndex };
