/**
 * The typed document tree shared by the ingestion (ingest/) and the site (src/).
 *
 * A plan is read into lines, lines are classified (plan text / debris / …), plan lines
 * are parsed into this tree, ids are assigned from the document's own numbering, and the
 * tree is emitted as MDX plus structured JSON. Nothing downstream re-parses the MDX.
 *
 * Every container holds its parts in `children` (a table's note too), so one walker
 * (`visit` in src/lib/plan-visit.ts) reaches every node.
 */

/** The two scripts every page exists in. */
export type Script = 'hans' | 'hant';

/** 1-based line numbers in the raw seed file, inclusive. */
interface SourceSpan {
  from: number;
  to: number;
}

/** Inline content of a paragraph or heading. */
export type Inline =
  | { type: 'text'; value: string }
  /** A footnote reference number fused to the text in the source (`“五企”1培育体系`). */
  | { type: 'fnref'; n: number; raw: string };

/** How a paragraph is presented; ids do not depend on it. */
export type ParagraphStyle =
  | 'plain'
  /** Opens with a bold-style lead sentence ending in 。 */
  | 'lead'
  /** A —— goal list item. */
  | 'goal'
  /** A short label line inside a box (a flattened row header). */
  | 'label'
  /** Front matter roles. */
  | 'title'
  | 'addressee'
  | 'signature'
  | 'date';

export interface Paragraph {
  kind: 'paragraph';
  id: string;
  style: ParagraphStyle;
  /** The lead sentence (including its 。) where style is lead/goal, shown in bold. */
  lead?: Inline[];
  /** The rest of the paragraph (or all of it). */
  content: Inline[];
  source: SourceSpan;
}

/** A numbered article (1. 2. … or 第一条 … numbered through the document): id a<k>. */
export interface Article {
  kind: 'article';
  id: string;
  num: number;
  /** As printed: "7.", "7、", "第七条" */
  label: string;
  /** Its text, then any items numbered one level down (（1） ①). */
  children: (Paragraph | Item)[];
  source: SourceSpan;
}

/**
 * A numbered item that restarts inside a section, box, note, article or item (the ladder
 * 一、/（一）/1./（1）/① below the levels that have ids of their own): id <parent>-i<k>.
 */
export interface Item {
  kind: 'item';
  id: string;
  num: number;
  /** As printed: "3.", "3、", "（3）", "③" */
  label: string;
  /** Its text, then any items one level down. */
  children: (Paragraph | Item)[];
  source: SourceSpan;
}

/**
 * A part 第一篇 (id part<n>). Parts stand beside the chapters they head rather than holding
 * them, so chapters keep their place (and their ids c<n>) however a plan groups them.
 */
export interface Part {
  kind: 'part';
  id: string;
  num: number;
  /** As printed: "第二篇" */
  label: string;
  title: Inline[];
  /** Text printed under the part heading before its first chapter. */
  children: Paragraph[];
  source: SourceSpan;
}

/** A numbered heading and everything under it up to the next of its rank: a chapter or a section. */
interface Heading<K extends string> {
  kind: K;
  id: string;
  num: number;
  label: string;
  title: Inline[];
  children: Block[];
  source: SourceSpan;
}

export interface Chapter extends Heading<'chapter'> {
  /** As printed: "三、" */
  label: string;
}

export interface Section extends Heading<'section'> {
  /** As printed, normalised to full-width brackets: "（二）" */
  label: string;
}

export interface Box {
  kind: 'box';
  id: string;
  num: number;
  /** Y of 专栏X-Y. */
  sub?: number;
  /** "专栏三", "专栏1-1", "专栏" */
  label: string;
  title: Inline[];
  children: (Paragraph | Item)[];
  source: SourceSpan;
}

export interface Figure {
  kind: 'figure';
  id: string;
  /** "图5-1" */
  label: string;
  caption: Inline[];
  /** The saved page never carries the picture itself. */
  pictureMissing: true;
  source: SourceSpan;
}

export interface Note {
  kind: 'note';
  id: string;
  /** The note's items ("1.…", "2.…"), or a single paragraph. */
  children: (Paragraph | Item)[];
  /** Where the note belongs to a table that the saved page lacks (Quzhou). */
  tableMissing: boolean;
  source: SourceSpan;
}

export interface TableBlock {
  kind: 'table';
  id: string;
  num: number;
  /** Y of 表X-Y. */
  sub?: number;
  /** "表一", "表1-1" */
  label: string;
  title: Inline[];
  table: IndicatorTable;
  /** The note printed under the table (注：…), if any: a child like any other. */
  children: Note[];
  source: SourceSpan;
}

/** An attachment 附件N / 附表N / 名词解释, with its body where the source includes it. */
export interface Annex {
  kind: 'annex';
  id: string;
  /** N of 附件N, where the heading numbers it. */
  num?: number;
  title: Inline[];
  children: Block[];
  bodyMissing: boolean;
  source: SourceSpan;
}

export type Block = Paragraph | Article | Item | Part | Chapter | Section | Box | Figure | Note | TableBlock | Annex;

export interface Preamble {
  kind: 'preamble';
  id: 'preamble';
  children: Paragraph[];
}

export interface PlanDocument {
  slug: string;
  preamble: Preamble;
  body: Block[];
}

/* ------------------------------------------------------------------ tables */

/** "预期性" (indicative) or "约束性" (binding). */
export type IndicatorAttribute = '预期性' | '约束性';

/** One leaf column of an indicator table. */
export interface TableColumn {
  /** Stable key used by charts: "base2015", "target2020", "targetGrowth", … */
  key: string;
  /** The header cells above this column, outermost first: ["规划目标", "2020年"]. */
  header: string[];
}

export interface TableCell {
  /** The source cell text, verbatim (lines joined where one cell spans lines). */
  raw: string;
  /** The first number in the cell, if any. */
  value?: number;
  /** Bracketed `[ ]` / `〔〕` values are five-year cumulative figures. */
  cumulative?: boolean;
  /** A year qualifier printed with the value ("2019年"): the figure is for that year. */
  year?: string;
  /** "≥", "≤", "以上" … as printed. */
  qualifier?: string;
}

export interface IndicatorRow {
  /** 序号 as printed, where the row has one. */
  no?: string;
  /** The indicator name as printed, unit in brackets included. */
  name: string;
  /** A parent label where the indicator is a sub-row ("城镇化率" → 常住人口城镇化率). */
  parent?: string;
  /** The unit, where the table has a unit column or the name carries one in brackets. */
  unit?: string;
  /** Cells keyed by TableColumn.key; a key missing means the cell is empty in the source. */
  cells: Record<string, TableCell>;
  attribute?: IndicatorAttribute;
  /** Why cells sit in the columns they do, where the flattened source left it ambiguous (curated). */
  comment?: string;
}

export interface RowGroup {
  /** The category (类别) label, or null where the table prints none. */
  category: string | null;
  rows: IndicatorRow[];
}

export interface IndicatorTable {
  /** Header rows as printed, for rendering: each cell with its spans. */
  headerRows: { text: string; colspan?: number; rowspan?: number }[][];
  /** Leaf columns in order, for the value cells only (not 序号/名称/单位/属性). */
  columns: TableColumn[];
  groups: RowGroup[];
  /**
   * The body rows as printed, spans kept, for a table the source carried as a real table
   * (an HTML <table>) that is not an indicator table: then `columns` and `groups` are empty
   * and the page draws these rows as they are.
   */
  body?: BodyCell[][];
  /** How the table was rebuilt: "rules", "curated:<path>", or "source" (the format carried the table itself). */
  rebuiltBy: string;
}

/** A body cell of a table drawn as printed. */
export interface BodyCell {
  text: string;
  colspan?: number;
  rowspan?: number;
  /** A header cell (<th>) inside the body, such as a row heading. */
  header?: boolean;
}

/* ---------------------------------------------------------- structured data */

/** One addressable block with its plain text in both scripts: what search and compare use. */
export interface TextRecord {
  id: string;
  kind: Block['kind'] | 'preamble';
  /** Ids of the enclosing headings, outermost first (chapter, section, article …). */
  path: string[];
  /** Plain text, footnote numbers left out. */
  text: Record<Script, string>;
}
