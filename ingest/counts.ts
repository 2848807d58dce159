/**
 * Stage 6b — the structure counts of a plan, for the report and the data file.
 */
import type { PlanCounts } from '../src/lib/plan-data.ts';
import type { PlanDocument } from '../src/lib/plan-types.ts';
import { SKIP, visit } from '../src/lib/plan-visit.ts';
import type { IngestFile } from './ingest-file.ts';

const PLURAL = {
  part: 'parts',
  chapter: 'chapters',
  section: 'sections',
  article: 'articles',
  item: 'items',
  box: 'boxes',
  table: 'tables',
  figure: 'figures',
  note: 'notes',
} as const;

export function countStructure(tree: PlanDocument, file: IngestFile): void {
  const c: PlanCounts = {
    chapters: 0,
    sections: 0,
    articles: 0,
    items: 0,
    boxes: 0,
    tables: 0,
    figures: 0,
    notes: 0,
    paragraphs: 0,
    footnoteRefs: file.footnoteRefs,
  };
  visit(tree, (node, ancestors) => {
    if (node.kind === 'paragraph') c.paragraphs++;
    else if (node.kind === 'part') c.parts = (c.parts ?? 0) + 1;
    else if (node.kind !== 'preamble' && node.kind !== 'annex') c[PLURAL[node.kind]]++;
    // A table's note counts as a note; its text is part of the table, not a body paragraph.
    if (node.kind === 'note' && ancestors[ancestors.length - 1]?.kind === 'table') return SKIP;
  });
  file.counts = c;
}
