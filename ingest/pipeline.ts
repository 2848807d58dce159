/**
 * One plan through stages 2–6: bytes in, a typed document (with ids and rebuilt tables)
 * and the list of everything that was set aside out. Pure: no file is written here.
 *
 * After reading, classifying and parsing, the tree goes through the transforms below in
 * order; each has the signature `(tree, file) => void` and reports into `file.problems`.
 */
import type { CatalogEntry } from '../src/lib/catalog-schema.ts';
import type { PlanCounts } from '../src/lib/plan-data.ts';
import type { PlanDocument } from '../src/lib/plan-types.ts';
import { classifyLines, doubtfulSetAside, trimLine, type LineRole } from './classify.ts';
import { countStructure } from './counts.ts';
import { markFootnotes } from './footnotes.ts';
import { assignIds } from './ids.ts';
import { ingestFile, type Transform, warn } from './ingest-file.ts';
import { closeSpans, parseDocument, resolveNumbering } from './parse.ts';
import { type Problem, IngestError } from './problems.ts';
import { type Encoding, furnitureWarnings, placeOf, readSource, relocate } from './read/index.ts';
import type { CuratedTable } from './tables/curated.ts';
import { rebuildTables } from './tables/rebuild.ts';
import { extractTargets } from './targets/stage.ts';
import type { TargetRecord } from '../src/lib/targets/types.ts';

/** The stages after parsing, in the order they run. */
const TRANSFORMS: readonly Transform[] = [
  resolveNumbering, // 4: numbered paragraphs are articles, or items where they restart
  closeSpans, // 4: containers' source spans cover their children
  markFootnotes, // 4b: footnote numbers fused into the text
  assignIds, // 5: contract ids
  rebuildTables, // 6: tables rebuilt and verified against their cells
  countStructure, // 6b: counts for the report and the data file
  extractTargets, // 6c: the figures the plan sets or reports (docs/TARGETS.md)
];

/** A source line that is not in the document body, and why. */
export interface SetAsideLine {
  /** The line in the source file (HTML: where the element starts). */
  line: number;
  /** The PDF page, for a PDF source. */
  page?: number;
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
  counts: PlanCounts;
  /** Every figure the plan sets or reports (the contract's Targets). */
  targets: TargetRecord[];
  /** Warnings only: a plan with an error is not ingested. */
  problems: Problem[];
}

export function ingestPlan(entry: CatalogEntry, bytes: Uint8Array, path: string, curatedTables: Map<number, CuratedTable> = new Map()): IngestedPlan {
  const source = readSource(bytes, path);
  const { encoding, lines } = source;
  const file = ingestFile(path, entry, curatedTables);
  const classified = classifyLines(lines, entry.overrides ?? {});
  // What the reader set aside (page furniture of a web page or PDF) comes first in the report.
  const setAside: SetAsideLine[] = [
    ...source.setAside.map((s) => ({
      line: s.origin.line ?? 0,
      ...(s.origin.page ? { page: s.origin.page } : {}),
      text: s.text,
      role: 'debris' as const,
      rule: s.reason,
    })),
    ...classified
      .filter((l) => l.role !== 'plan' && l.role !== 'blank')
      .map((l) => ({ ...placeOf(source, l.no), text: trimLine(l.text), role: l.role as SetAsideLine['role'], rule: l.rule ?? '' })),
  ];
  for (const d of doubtfulSetAside(classified)) warn(file, d.message, d.line);
  if (setAside.some((s) => s.role === 'remark') && !entry.editorialRemark) {
    warn(file, 'the source carries an editorial remark that the catalog entry does not record (editorialRemark)');
  }

  const doc = parseDocument(classified, file);
  for (const transform of TRANSFORMS) transform(doc, file);

  // Problems name the original file's line (HTML) or page (PDF), not the decoded line.
  const problems = [...file.problems.map((p) => relocate(source, p)), ...furnitureWarnings(source, path)];
  const fatal = problems.filter((p) => p.level === 'error');
  if (fatal.length > 0) throw new IngestError(fatal);
  if (!file.counts) throw new Error('the counting stage did not run');
  return { entry, file: path, encoding, doc, setAside, counts: file.counts, targets: file.targets ?? [], problems };
}
