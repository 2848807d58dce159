/**
 * One plan through stages 1–5: bytes in, a typed document (with ids and rebuilt tables)
 * and the list of everything that was set aside out. Pure: no file is written here.
 */
import type { CatalogEntry } from '../src/lib/catalog-schema.ts';
import type { PlanCounts as StructureCounts } from '../src/lib/plan-data.ts';
import type { Block, PlanDocument } from '../src/lib/plan-types.ts';
import { classifyLines, trimLine, type LineRole } from './classify.ts';
import { hasGlossary, markFootnotes } from './footnotes.ts';
import { assignIds } from './ids.ts';
import { parseDocument } from './parse.ts';
import { type Problem, IngestError, warning } from './problems.ts';
import { readSource, type Encoding } from './read.ts';
import { type CuratedTable, rebuildTable, verifyTable } from './tables.ts';

export type { StructureCounts };

/** A source line that is not in the document body, and why. */
export interface SetAsideLine {
  line: number;
  text: string;
  role: Exclude<LineRole, 'plan' | 'blank'>;
  rule: string;
}

export interface IngestedPlan {
  entry: CatalogEntry;
  file: string;
  encoding: Encoding;
  doc: PlanDocument;
  setAside: SetAsideLine[];
  counts: StructureCounts;
  problems: Problem[];
}

export function countStructure(doc: PlanDocument, footnoteRefs: number): StructureCounts {
  const c: StructureCounts = { chapters: 0, sections: 0, articles: 0, items: 0, boxes: 0, tables: 0, figures: 0, notes: 0, paragraphs: 0, footnoteRefs };
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'chapter') c.chapters++;
      else if (b.kind === 'section') c.sections++;
      else if (b.kind === 'article') c.articles++;
      else if (b.kind === 'item') c.items++;
      else if (b.kind === 'box') c.boxes++;
      else if (b.kind === 'table') {
        c.tables++;
        if (b.note) c.notes++;
      } else if (b.kind === 'figure') c.figures++;
      else if (b.kind === 'note') c.notes++;
      else if (b.kind === 'paragraph') c.paragraphs++;
      if ('children' in b) walk(b.children as Block[]);
    }
  };
  walk(doc.preamble.children);
  walk(doc.body);
  return c;
}

export function ingestPlan(entry: CatalogEntry, bytes: Uint8Array, file: string, curatedTables: Map<number, CuratedTable> = new Map()): IngestedPlan {
  const { encoding, lines } = readSource(bytes, file);
  const classified = classifyLines(lines, entry.overrides ?? {});
  const setAside: SetAsideLine[] = classified
    .filter((l) => l.role !== 'plan' && l.role !== 'blank')
    .map((l) => ({ line: l.no, text: trimLine(l.text), role: l.role as SetAsideLine['role'], rule: l.rule ?? '' }));

  const problems: Problem[] = [];
  if (setAside.some((s) => s.role === 'remark') && !entry.editorialRemark) {
    problems.push(warning(file, 'the source carries an editorial remark that the catalog entry does not record (editorialRemark)'));
  }

  const parsed = parseDocument(entry.slug, classified, file);
  problems.push(...parsed.problems);
  const footnoteRefs = hasGlossary(parsed.doc) ? markFootnotes(parsed.doc) : 0;
  problems.push(...assignIds(parsed.doc, file));

  for (const t of parsed.tables) {
    const curated = curatedTables.get(t.block.num);
    const rebuilt = rebuildTable({ file, label: t.block.label, cellLines: t.cellLines, curated });
    t.block.table = rebuilt.table;
    // Without a curated file, a layout the rules cannot resolve is a warning as long as every
    // cell is still there, in order: the plan is built, and the table is flagged for review.
    const lossless = verifyTable(file, t.block.label, rebuilt.table, t.cellLines).length === 0;
    if (!curated && lossless && rebuilt.problems.length > 0) {
      problems.push(...rebuilt.problems.map((p) => ({ ...p, level: 'warning' as const })));
      t.block.table.rebuiltBy = 'unresolved';
    } else {
      problems.push(...rebuilt.problems);
    }
  }

  const fatal = problems.filter((p) => p.level === 'error');
  if (fatal.length > 0) throw new IngestError(fatal);
  return { entry, file, encoding, doc: parsed.doc, setAside, counts: countStructure(parsed.doc, footnoteRefs), problems };
}
