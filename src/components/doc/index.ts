/**
 * The components the plan's MDX elements render with (ingest/emit-mdx.ts names them): pass
 * them as `<Content components={docComponents} />`. Any block, whole plan or alone, renders
 * through these. `p`: see Bare.astro.
 */
import Annex from './Annex.astro';
import Article from './Article.astro';
import Bare from './Bare.astro';
import Box from './Box.astro';
import BoxTitle from './BoxTitle.astro';
import Chapter from './Chapter.astro';
import ChapterNav from './ChapterNav.astro';
import Figure from './Figure.astro';
import FnRef from './FnRef.astro';
import Heading from './Heading.astro';
import Item from './Item.astro';
import Lead from './Lead.astro';
import Note from './Note.astro';
import NumLink from './NumLink.astro';
import Paragraph from './Paragraph.astro';
import Preamble from './Preamble.astro';
import Section from './Section.astro';
import Table from './Table.astro';
import TableBlock from './TableBlock.astro';
import type { DocElement } from '../../lib/doc-elements.ts';

export const docComponents = {
  Annex,
  Article,
  Box,
  BoxTitle,
  Chapter,
  ChapterNav,
  Figure,
  FnRef,
  Heading,
  Item,
  Lead,
  Note,
  NumLink,
  Paragraph,
  Preamble,
  Section,
  Table,
  TableBlock,
  p: Bare,
} satisfies Record<DocElement | 'p', unknown>;
