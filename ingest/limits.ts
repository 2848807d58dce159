/**
 * The ingestion's limits, in one place (docs/FORMATS.md, "Limits"): each is checked before
 * the work it bounds, and a file past one is refused with the limit named — never a stack
 * overflow, an out-of-memory or a plan that kills the site build later. Each is far above
 * any real plan: the largest seed is 140 KB, ~1,300 lines; a 300-page PDF a few MB.
 */

/** Bytes of a seed file (seed-files.ts). */
export const MAX_SEED_BYTES = 64 * 1024 * 1024;
/** Bytes of the catalog or a curated table file. */
export const MAX_YAML_BYTES = 16 * 1024 * 1024;
/** Element nesting of a web page or a Word file's HTML: real pages nest under 60 deep. */
export const MAX_HTML_DEPTH = 1_000;
/** Inflated bytes of one entry of a .docx (zip): word/document.xml of a 300-page plan is ~5 MB. */
export const MAX_ZIP_ENTRY_BYTES = 64 * 1024 * 1024;
/** Inflated bytes of all a .docx's entries together. */
export const MAX_ZIP_TOTAL_BYTES = 256 * 1024 * 1024;
/** Pages of a PDF: a five-year plan with its annexes prints ~300. */
export const MAX_PDF_PAGES = 2_000;
/** Lines (paragraphs, headings, cells) of one plan: each is a block of its page. */
export const MAX_PLAN_LINES = 20_000;
/** Characters of one plan's text. */
export const MAX_PLAN_CHARS = 2_000_000;
