/**
 * What every stage after parsing receives besides the tree: the plan being ingested and
 * the one list its problems go to (as vfile messages do in unified). A stage is a
 * `Transform`: it changes the tree in place and reports through `file`, never by throwing,
 * so one run lists every problem of a plan. The pipeline (pipeline.ts) throws at the end if
 * any of them is an error.
 */
import type { CatalogEntry } from '../src/lib/catalog-schema.ts';
import type { PlanCounts } from '../src/lib/plan-data.ts';
import type { PlanDocument, TableBlock } from '../src/lib/plan-types.ts';
import type { TargetRecord } from '../src/lib/targets/types.ts';
import { type Problem, error, warning } from './problems.ts';
import type { SourceTable } from './read/source.ts';
import type { CuratedTable } from './tables/curated.ts';

/** A table cell line as the source prints it (trimmed), with its line number. */
export interface CellLine {
  no: number;
  text: string;
}

export interface IngestFile {
  /** The seed file, as given: every problem names it. */
  path: string;
  entry: CatalogEntry;
  problems: Problem[];
  /** Each table's cell lines, kept verbatim by the parser for the table stage. */
  tableCells: Map<TableBlock, CellLine[]>;
  /** Tables the format carried as tables (HTML), spans and header rows kept: built from these, not from cell lines. */
  sourceTables: Map<TableBlock, SourceTable>;
  /** Reviewed reconstructions (seeds/tables/<slug>/table<N>.yaml), by table number. */
  curatedTables: Map<number, CuratedTable>;
  /** Set by the footnote stage. */
  footnoteRefs: number;
  /** Set by the counting stage. */
  counts?: PlanCounts;
  /** Set by the targets stage, the last one (ingest/targets/stage.ts). */
  targets?: TargetRecord[];
}

export type Transform = (tree: PlanDocument, file: IngestFile) => void;

export function ingestFile(path: string, entry: CatalogEntry, curatedTables: Map<number, CuratedTable> = new Map()): IngestFile {
  return { path, entry, problems: [], tableCells: new Map(), sourceTables: new Map(), curatedTables, footnoteRefs: 0 };
}

/** Report a problem that does not stop the plan from being built. */
export const warn = (file: IngestFile, message: string, line?: number): void => {
  file.problems.push(warning(file.path, message, line));
};

/** Report a problem that stops the plan from being built (after every stage has run). */
export const fail = (file: IngestFile, message: string, line?: number): void => {
  file.problems.push(error(file.path, message, line));
};
