/**
 * The vocabulary of the plans' MDX: one JSX element per kind of thing in a document. The
 * emitter (ingest/emit-mdx.ts) writes only these, and src/components/doc/Document.astro has exactly
 * one component for each (the type checker holds both to this list).
 */
export const DOC_ELEMENTS = [
  'Preamble',
  'Part',
  'Chapter',
  'Section',
  'Heading',
  'ChapterNav',
  'Article',
  'Item',
  'Paragraph',
  'Lead',
  'NumLink',
  'FnRef',
  'Box',
  'BoxTitle',
  'TableBlock',
  'Table',
  'Note',
  'Figure',
  'Annex',
] as const;

export type DocElement = (typeof DOC_ELEMENTS)[number];
