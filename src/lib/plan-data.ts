/**
 * The structured data the ingestion writes per plan (src/generated/data/<slug>.json) and
 * the site reads: catalog facts, counts, outline, rebuilt tables and text records.
 */
import type { CatalogEntry } from './catalog-schema.ts';
import type { IndicatorTable, Script, TextRecord } from './plan-types.ts';
import type { TargetRecord } from './targets/types.ts';

export interface OutlineNode {
  id: string;
  kind: 'part' | 'chapter' | 'section' | 'article' | 'box' | 'table' | 'annex';
  label: Record<Script, string>;
  title: Record<Script, string>;
  children: OutlineNode[];
}

export interface PlanTable {
  id: string;
  label: string;
  title: string;
  table: IndicatorTable;
  note?: string;
}

export interface PlanCounts {
  /** 第X篇; left out where a plan has none. */
  parts?: number;
  chapters: number;
  sections: number;
  articles: number;
  items: number;
  boxes: number;
  tables: number;
  figures: number;
  notes: number;
  paragraphs: number;
  footnoteRefs: number;
}

export interface PlanData {
  entry: CatalogEntry;
  /** Position in seeds/catalog.yaml: the order plans are listed in. */
  catalogIndex: number;
  counts: PlanCounts;
  /** Characters of plan text (paragraphs and front matter, white space excluded). */
  charCount: number;
  outline: OutlineNode[];
  tables: PlanTable[];
  records: TextRecord[];
  /** Every figure the plan sets or reports, from its text and tables (docs/TARGETS.md). */
  targets: TargetRecord[];
}

/** A table's name without its cells (the open-data catalog and file list). */
export type TableRef = Pick<PlanTable, 'id' | 'label' | 'title'>;

/** What pages need of every plan at once (home catalogue, lists, sitemap, open data): no text, no outline. */
export type PlanSummary = Pick<PlanData, 'entry' | 'catalogIndex' | 'counts' | 'charCount'> & { tables: TableRef[] };
