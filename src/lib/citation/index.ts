/** Citations of a plan or of one place in it: GB/T 7714-2015, BibTeX, RIS and CSL-JSON. */
export { gbt7714, type CiteTarget } from './gbt7714.ts';
export { bibtex, citeKey, cslJson, ris } from './machine.ts';
export { placeLabel, placeLabels, type PlaceLabels } from './place.ts';
export { citeSource, type CiteSource } from './source.ts';
