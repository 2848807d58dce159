/**
 * Stage 5 — indicator tables: flattened cell lines → IndicatorTable.
 *
 * The saved pages print a table "one cell per line", with empty cells dropped. Row
 * boundaries survive (each row opens with its 序号 and closes with its 属性), but which column a
 * surviving cell belongs to does not when a row lost cells. So: rules rebuild what they can
 * (rows, names, units, full rows positionally), a reviewed curated file
 * (seeds/tables/<slug>/table<n>.yaml) decides the rest, and whatever was rebuilt is checked
 * cell by cell against the source so that no cell is dropped, moved across rows or invented.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { IndicatorAttribute, IndicatorRow, IndicatorTable, RowGroup, TableCell, TableColumn } from '../src/lib/plan-types.ts';
import { IngestError, error, type Problem } from './problems.ts';

/* ------------------------------------------------------------------ cells */

/** A cell as it stands in the source: one line, or the lines of a cell that was split. */
export type SourceText = string | string[];

const join = (t: SourceText): string => (Array.isArray(t) ? t.join('') : t);

const BRACKETED = /^[[〔［](.*)[\]〕］]$/s;
const YEAR_PREFIX = /^(\d{4})年/;
const QUALIFIER_BEFORE = /^(≥|≤|＞|＜|>|<)/;
const QUALIFIER_AFTER = /(以上|以下|左右)$/;
/** A "-" only counts as a sign when a digit follows, so the dash cell "-" has no value. */
const NUMBER = /[-−]?\d+(?:\.\d+)?/;

/**
 * Reads what a cell says without changing it: raw stays verbatim. The year is taken off
 * first so "2019年32.21" is 32.21 for 2019, not 2019.
 */
export function parseCell(raw: string): TableCell {
  const cell: TableCell = { raw };
  let rest = raw.trim();
  const bracket = BRACKETED.exec(rest);
  if (bracket) {
    cell.cumulative = true;
    rest = bracket[1].trim();
  }
  const year = YEAR_PREFIX.exec(rest);
  if (year) {
    cell.year = year[1];
    rest = rest.slice(year[0].length);
  }
  const qualifier = QUALIFIER_BEFORE.exec(rest) ?? QUALIFIER_AFTER.exec(rest);
  if (qualifier) cell.qualifier = qualifier[1];
  const num = NUMBER.exec(rest);
  if (num) cell.value = Number(num[0].replace('−', '-'));
  return cell;
}

const ATTRIBUTES: readonly string[] = ['预期性', '约束性'] satisfies IndicatorAttribute[];
const isAttribute = (t: string): t is IndicatorAttribute => ATTRIBUTES.includes(t);

/** A line that can only be a value cell: a number (with %, ≥, 以上, a year), a bracket, or "-". */
const VALUE_LIKE = /^(?:[[〔［].*[\]〕］]|-|\d{4}年|(?:\d{4}年)?(?:≥|≤|＞|＜|>|<)?[-−]?\d+(?:\.\d+)?%?(?:以上|以下|左右)?)$/;
const isValueLike = (t: string) => VALUE_LIKE.test(t);
/** Names, units, parents and categories: neither a value nor an attribute. */
const isLabel = (t: string) => t !== '' && !isValueLike(t) && !isAttribute(t);

/** The unit printed in brackets at the end of a name: "地区生产总值(亿元)" → 亿元. */
export function unitFromName(name: string): string | undefined {
  return /[(（]([^()（）]+)[)）]$/.exec(name)?.[1];
}

/** Source lines strictly between a table's caption and its note, blank ones left out. */
export function cellLinesBetween(lines: { no: number; text: string }[], captionNo: number, endNo: number): { no: number; text: string }[] {
  return lines
    .filter((l) => l.no > captionNo && l.no < endNo)
    .map((l) => ({ no: l.no, text: l.text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '') }))
    .filter((l) => l.text !== '');
}

/* ---------------------------------------------------------- curated files */

export interface CuratedHeaderCell {
  text: SourceText;
  colspan?: number;
  rowspan?: number;
}

export interface CuratedRow {
  no?: string;
  parent?: SourceText;
  name: SourceText;
  /** Only in tables with a 单位 column; elsewhere the unit is read from the name. */
  unit?: SourceText;
  /** Source strings keyed by column key; a split cell is the list of its lines. */
  cells: Record<string, SourceText>;
  attribute?: IndicatorAttribute;
  /** Why cells were placed where they are, where the source is ambiguous. */
  comment?: string;
}

export interface CuratedGroup {
  /** Absent where the table prints no 类别 label. */
  category?: SourceText;
  rows: CuratedRow[];
}

/** A reviewed reconstruction of one table, as read from seeds/tables/<slug>/table<n>.yaml. */
export interface CuratedTable {
  /** The file it was read from, for messages and rebuiltBy. */
  path: string;
  headerRows: CuratedHeaderCell[][];
  columns: TableColumn[];
  groups: CuratedGroup[];
}

const displayPath = (p: string) => (isAbsolute(p) ? relative(process.cwd(), p) : p);

/**
 * Reads a curated table; undefined when there is no such file. Parsed with the failsafe
 * schema, so every scalar is the string as written ("5.0" stays "5.0", not 5). Any problem
 * throws an IngestError naming the file and line.
 */
export function loadCuratedTable(path: string): CuratedTable | undefined {
  if (!existsSync(path)) return undefined;
  const file = displayPath(path);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { schema: 'failsafe', lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new IngestError(doc.errors.map((e) => error(file, `not valid YAML: ${e.message.split('\n')[0]}`, e.linePos?.[0].line)));
  }
  const v = new CuratedReader(file, lineCounter);
  const table = v.table(doc.contents as YamlNode | null, file);
  if (v.problems.length > 0 || !table) throw new IngestError(v.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return table;
}

/** Walks the YAML nodes, collecting every problem rather than stopping at the first. */
class CuratedReader {
  readonly problems: Problem[] = [];
  private readonly file: string;
  private readonly lines: LineCounter;

  constructor(file: string, lines: LineCounter) {
    this.file = file;
    this.lines = lines;
  }

  private fail(node: YamlNode | null | undefined, message: string): undefined {
    const offset = node?.range?.[0];
    this.problems.push(error(this.file, message, offset === undefined ? undefined : this.lines.linePos(offset).line));
    return undefined;
  }

  private map(node: YamlNode | null | undefined, what: string, keys: string[], required: string[]): YAMLMap | undefined {
    if (!isMap(node)) return this.fail(node, `${what} must be a mapping`);
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!keys.includes(key)) this.fail(pair.key as YamlNode, `${what}: unknown key "${key}" (allowed: ${keys.join(', ')})`);
    }
    for (const k of required) if (!node.has(k)) this.fail(node, `${what}: "${k}" is missing`);
    return node;
  }

  private list(node: YamlNode | null | undefined, what: string): YamlNode[] {
    if (!isSeq(node)) return this.fail(node, `${what} must be a list`) ?? [];
    return node.items as YamlNode[];
  }

  private str(node: YamlNode | null | undefined, what: string): string | undefined {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      return this.fail(node, `${what} must be a non-empty string`);
    }
    return node.value;
  }

  /** A string, or a list of strings for a cell the source splits over lines. */
  private text(node: YamlNode | null | undefined, what: string): SourceText | undefined {
    if (isSeq(node)) {
      const parts = this.list(node, what).map((n, i) => this.str(n, `${what}[${i + 1}]`));
      if (parts.length < 2) return this.fail(node, `${what}: a split cell lists at least two source lines`);
      return parts.every((p) => p !== undefined) ? (parts as string[]) : undefined;
    }
    return this.str(node, what);
  }

  private span(node: YamlNode | null | undefined, what: string): number | undefined {
    const s = this.str(node, what);
    if (s === undefined) return undefined;
    if (!/^[1-9]\d*$/.test(s)) return this.fail(node, `${what} must be a positive whole number`);
    return Number(s);
  }

  private get = (m: YAMLMap | undefined, key: string) => m?.get(key, true) as YamlNode | undefined;

  table(root: YamlNode | null, file: string): CuratedTable | undefined {
    const top = this.map(root, 'the file', ['headerRows', 'columns', 'groups'], ['headerRows', 'columns', 'groups']);
    if (!top) return undefined;

    const headerRows = this.list(this.get(top, 'headerRows'), 'headerRows').map((r, ri) =>
      this.list(r, `headerRows[${ri + 1}]`).map((c, ci) => {
        const what = `headerRows[${ri + 1}][${ci + 1}]`;
        const m = this.map(c, what, ['text', 'colspan', 'rowspan'], ['text']);
        const cell: CuratedHeaderCell = { text: this.text(this.get(m, 'text'), `${what}.text`) ?? '' };
        if (m?.has('colspan')) cell.colspan = this.span(this.get(m, 'colspan'), `${what}.colspan`);
        if (m?.has('rowspan')) cell.rowspan = this.span(this.get(m, 'rowspan'), `${what}.rowspan`);
        return cell;
      }),
    );
    const headerTexts = headerRows.flat().map((c) => join(c.text));
    const unitColumn = headerTexts.includes('单位');

    const columns: TableColumn[] = [];
    for (const [i, c] of this.list(this.get(top, 'columns'), 'columns').entries()) {
      const what = `columns[${i + 1}]`;
      const m = this.map(c, what, ['key', 'header'], ['key', 'header']);
      const key = this.str(this.get(m, 'key'), `${what}.key`);
      if (key !== undefined && !/^[A-Za-z][A-Za-z0-9]*$/.test(key)) this.fail(this.get(m, 'key'), `${what}.key "${key}" must be a plain identifier`);
      if (key !== undefined && columns.some((col) => col.key === key)) this.fail(this.get(m, 'key'), `${what}.key "${key}" is used twice`);
      const header = this.list(this.get(m, 'header'), `${what}.header`).map((h, j) => this.str(h, `${what}.header[${j + 1}]`) ?? '');
      for (const h of header)
        if (h !== '' && !headerTexts.includes(h)) this.fail(this.get(m, 'header'), `${what}.header "${h}" is not one of the header cells`);
      columns.push({ key: key ?? '', header });
    }
    const keys = columns.map((c) => c.key);

    const groups = this.list(this.get(top, 'groups'), 'groups').map((g, gi): CuratedGroup => {
      const gm = this.map(g, `groups[${gi + 1}]`, ['category', 'rows'], ['rows']);
      const group: CuratedGroup = { rows: [] };
      if (gm?.has('category')) group.category = this.text(this.get(gm, 'category'), `groups[${gi + 1}].category`);
      group.rows = this.list(this.get(gm, 'rows'), `groups[${gi + 1}].rows`).map((r, ri) => this.row(r, `groups[${gi + 1}].rows[${ri + 1}]`, keys, unitColumn));
      return group;
    });

    return { path: file, headerRows, columns, groups };
  }

  private row(node: YamlNode, what: string, keys: string[], unitColumn: boolean): CuratedRow {
    const m = this.map(node, what, ['no', 'parent', 'name', 'unit', 'cells', 'attribute', 'comment'], ['name', 'cells']);
    const name = this.text(this.get(m, 'name'), `${what}.name`) ?? '';
    const label = `${what} (${join(name)})`;
    const row: CuratedRow = { name, cells: {} };
    if (m?.has('no')) row.no = this.str(this.get(m, 'no'), `${label}.no`);
    if (m?.has('parent')) row.parent = this.text(this.get(m, 'parent'), `${label}.parent`);
    if (m?.has('unit')) {
      if (!unitColumn) this.fail(this.get(m, 'unit'), `${label}.unit: this table has no 单位 column; the unit is read from the brackets in the name`);
      row.unit = this.text(this.get(m, 'unit'), `${label}.unit`);
    }
    if (m?.has('attribute')) {
      const a = this.str(this.get(m, 'attribute'), `${label}.attribute`);
      if (a !== undefined && !isAttribute(a)) this.fail(this.get(m, 'attribute'), `${label}.attribute must be 预期性 or 约束性, not "${a}"`);
      else if (a !== undefined) row.attribute = a;
    }
    if (m?.has('comment')) row.comment = this.str(this.get(m, 'comment'), `${label}.comment`);
    const cells = this.map(this.get(m, 'cells'), `${label}.cells`, keys, []);
    for (const pair of cells?.items ?? []) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const t = this.text(pair.value as YamlNode, `${label}.cells.${key}`);
      if (t !== undefined && keys.includes(key)) row.cells[key] = t;
    }
    return row;
  }
}

/* ------------------------------------------------------- table from either */

const hasUnitColumn = (t: Pick<IndicatorTable, 'headerRows'>) => t.headerRows.some((r) => r.some((c) => c.text === '单位'));

/** The split cells a curated file lists as lines. */
function curatedSplits(c: CuratedTable): Splits {
  const splits: Splits = new Map();
  const add = (t: SourceText | undefined) => Array.isArray(t) && splits.set(join(t), t);
  for (const h of c.headerRows.flat()) add(h.text);
  for (const g of c.groups) {
    add(g.category);
    for (const r of g.rows) [r.parent, r.name, r.unit, ...Object.values(r.cells)].forEach(add);
  }
  return splits;
}

function tableFromCurated(c: CuratedTable): IndicatorTable {
  const headerRows = c.headerRows.map((r) =>
    r.map((h) => ({ text: join(h.text), ...(h.colspan ? { colspan: h.colspan } : {}), ...(h.rowspan ? { rowspan: h.rowspan } : {}) })),
  );
  const unitColumn = hasUnitColumn({ headerRows });
  const groups: RowGroup[] = c.groups.map((g) => ({
    category: g.category === undefined ? null : join(g.category),
    rows: g.rows.map((r): IndicatorRow => {
      const name = join(r.name);
      const unit = unitColumn ? (r.unit === undefined ? undefined : join(r.unit)) : unitFromName(name);
      const cells: Record<string, TableCell> = {};
      // Column order, not file order, so the table reads the way it is printed.
      for (const col of c.columns) if (r.cells[col.key] !== undefined) cells[col.key] = parseCell(join(r.cells[col.key]));
      return {
        ...(r.no !== undefined ? { no: r.no } : {}),
        name,
        ...(r.parent !== undefined ? { parent: join(r.parent) } : {}),
        ...(unit !== undefined ? { unit } : {}),
        cells,
        ...(r.attribute ? { attribute: r.attribute } : {}),
        ...(r.comment ? { comment: r.comment } : {}),
      };
    }),
  }));
  return { headerRows, columns: c.columns, groups, rebuiltBy: `curated:${c.path}` };
}

/* ------------------------------------------------------------- the rules */

interface RuleRow {
  /** Source line of the row's first cell (its 序号, or its name for a sub-row). */
  line: number;
  category: string | null;
  no?: string;
  parent?: string;
  name: string;
  unit?: string;
  /** Value cells in source order; a year line and the figure after it are one cell. */
  values: { text: string; line: number }[];
  attribute?: IndicatorAttribute;
}

interface Segmented {
  header: { no: number; text: string }[];
  rows: RuleRow[];
  /** Every joining of lines the rules did, so the source check can re-split them. */
  splits: Splits;
  problems: Problem[];
}

/** Words of column headers; a line before row 1 without one is a 类别 label, not a header. */
const HEADER_WORD = /类别|序号|指标|名称|单位|属性|年|增幅|目标|情况|累计|%/;

/**
 * Cuts the cell lines into header and rows. A row opens with the next 序号 followed by a
 * label, and each (sub-)row closes with its 属性; labels left over after a row's last 属性
 * are the 类别 of the next group.
 */
function segment(file: string, label: string, lines: { no: number; text: string }[], unitColumn: boolean, categoryColumn: boolean): Segmented {
  const problems: Problem[] = [];
  const splits: Splits = new Map();
  const joined = (parts: string[]) => {
    if (parts.length > 1) splits.set(parts.join(''), parts);
    return parts.join('');
  };
  const opensRow = (i: number, n: number) => lines[i]?.text === String(n) && isLabel(lines[i + 1]?.text ?? '');
  const first = lines.findIndex((_, i) => opensRow(i, 1));
  if (first < 0) {
    problems.push(error(file, `${label}: no row numbered 1 among the table cells`, lines[0]?.no));
    return { header: lines, rows: [], splits, problems };
  }
  let headerEnd = first;
  let category: string | null = null;
  if (categoryColumn && first > 0 && !HEADER_WORD.test(lines[first - 1].text)) {
    headerEnd = first - 1;
    category = lines[first - 1].text;
  }
  const rows: RuleRow[] = [];
  let i = first;
  for (let n = 1; i < lines.length; n++) {
    let end = i + 1;
    while (end < lines.length && !(opensRow(end, n + 1) && lines.slice(i, end).some((l) => isAttribute(l.text)))) end++;
    const seg = lines.slice(i + 1, end);
    // Sub-rows: each run of lines up to and including an attribute.
    const subs: (typeof lines)[] = [];
    let cur: typeof lines = [];
    for (const l of seg) {
      cur.push(l);
      if (isAttribute(l.text)) {
        subs.push(cur);
        cur = [];
      }
    }
    let nextCategory: string | null = null;
    if (cur.length > 0) {
      if (subs.length > 0 && categoryColumn && end < lines.length && cur.every((l) => isLabel(l.text))) nextCategory = joined(cur.map((l) => l.text));
      else subs.push(cur);
    }
    let parent: string | undefined;
    for (const [si, sub] of subs.entries()) {
      const labels: string[] = [];
      let k = 0;
      while (k < sub.length && isLabel(sub[k].text)) labels.push(sub[k++].text);
      const values: RuleRow['values'] = [];
      let attribute: IndicatorAttribute | undefined;
      for (; k < sub.length; k++) {
        const t = sub[k].text;
        if (isAttribute(t)) attribute = t;
        else if (/^\d{4}年$/.test(t) && k + 1 < sub.length && isValueLike(sub[k + 1].text)) {
          values.push({ text: joined([t, sub[k + 1].text]), line: sub[k].no });
          k++;
        } else values.push({ text: t, line: sub[k].no });
      }
      // With sub-rows, the first one's leading labels carry the shared parent (森林 / 增长).
      let nameParts = labels;
      if (subs.length > 1 && si === 0 && labels.length >= (unitColumn ? 3 : 2)) {
        parent = joined(labels.slice(0, unitColumn ? 1 : labels.length - 1));
        nameParts = labels.slice(unitColumn ? 1 : labels.length - 1);
      }
      const name = unitColumn ? (nameParts[0] ?? '') : joined(nameParts);
      const unit = unitColumn ? joined(nameParts.slice(1)) || undefined : unitFromName(name);
      if (name === '') problems.push(error(file, `${label}: row ${n} has no indicator name`, (sub[0] ?? lines[i]).no));
      rows.push({
        line: si === 0 ? lines[i].no : sub[0].no,
        category,
        no: String(n),
        ...(parent ? { parent } : {}),
        name,
        ...(unit ? { unit } : {}),
        values,
        ...(attribute ? { attribute } : {}),
      });
    }
    if (nextCategory !== null) category = nextCategory;
    i = end;
  }
  return { header: lines.slice(0, headerEnd), rows, splits, problems };
}

const NOT_A_VALUE_COLUMN = /^(类别|序号|指标|指标名称|名称|单位|属性|指标属性)$/;

/** Without a curated file: one header row, each non-label header cell a value column. */
function tableFromRules(file: string, label: string, lines: { no: number; text: string }[]): { table: IndicatorTable; splits: Splits; problems: Problem[] } {
  const texts = lines.map((l) => l.text);
  const seg = segment(file, label, lines, texts.includes('单位'), texts.includes('类别'));
  const problems = [...seg.problems];
  const headerRows = seg.header.length > 0 ? [seg.header.map((h) => ({ text: h.text }))] : [];
  const columns: TableColumn[] = seg.header.filter((h) => !NOT_A_VALUE_COLUMN.test(h.text)).map((h, i) => ({ key: `col${i + 1}`, header: [h.text] }));
  const groups: RowGroup[] = [];
  for (const r of seg.rows) {
    if (groups.length === 0 || groups[groups.length - 1].category !== r.category) groups.push({ category: r.category, rows: [] });
    if (r.values.length > columns.length) {
      problems.push(error(file, `${label}: row ${r.no} ${r.name} has ${r.values.length} value cells for ${columns.length} columns`, r.line));
    } else if (r.values.length < columns.length) {
      // Left-aligned only so no cell is lost; the error says the placement is not known.
      problems.push(
        error(
          file,
          `${label}: row ${r.no} ${r.name} has ${r.values.length} value cells for ${columns.length} columns, so which columns are empty cannot be told by rule; add a curated table file`,
          r.line,
        ),
      );
    }
    const cells: Record<string, TableCell> = {};
    r.values.forEach((v, i) => {
      cells[columns[i]?.key ?? `extra${i + 1}`] = parseCell(v.text);
    });
    if (r.values.length > columns.length) {
      for (let i = columns.length; i < r.values.length; i++) columns.push({ key: `extra${i + 1}`, header: [] });
    }
    const { line: _line, category: _category, values: _values, ...row } = r;
    groups[groups.length - 1].rows.push({ ...row, cells });
  }
  return { table: { headerRows, columns, groups, rebuiltBy: 'rules' }, splits: seg.splits, problems };
}

/* ------------------------------------------------------------ verification */

interface Piece {
  text: string;
  where: string;
}

/**
 * The table read back in print order: header cells row by row, then per group its 类别,
 * per row 序号 (once for a run of sub-rows), parent (once per run), name, unit (only where
 * there is a 单位 column), the value cells in column order, 属性.
 */
function flatten(t: IndicatorTable): Piece[] {
  const out: Piece[] = [];
  t.headerRows.forEach((r, ri) => {
    for (const c of r) out.push({ text: c.text, where: `header row ${ri + 1}` });
  });
  const unitColumn = hasUnitColumn(t);
  for (const g of t.groups) {
    if (g.category !== null) out.push({ text: g.category, where: '类别' });
    let prevNo: string | undefined;
    let prevParent: string | undefined;
    for (const r of g.rows) {
      const at = `row ${r.no ?? ''} ${r.name}`.replace('  ', ' ');
      const newNo = r.no !== prevNo;
      if (r.no !== undefined && newNo) out.push({ text: r.no, where: `${at}, 序号` });
      if (r.parent !== undefined && (newNo || r.parent !== prevParent)) out.push({ text: r.parent, where: `${at}, parent` });
      out.push({ text: r.name, where: `${at}, name` });
      if (unitColumn && r.unit !== undefined) out.push({ text: r.unit, where: `${at}, 单位` });
      for (const col of t.columns) if (r.cells[col.key]) out.push({ text: r.cells[col.key].raw, where: `${at}, ${col.key}` });
      for (const key of Object.keys(r.cells)) {
        if (!t.columns.some((c) => c.key === key)) out.push({ text: r.cells[key].raw, where: `${at}, unknown column ${key}` });
      }
      if (r.attribute) out.push({ text: r.attribute, where: `${at}, 属性` });
      prevNo = r.no;
      prevParent = r.parent;
    }
  }
  return out;
}

/** Cells known to be split over source lines: joined text → the lines. */
export type Splits = Map<string, string[]>;

/**
 * The source cells, in order, must be the rebuilt table read back in print order, line for
 * line. A cell may span lines only where it is known to be split (`splits`), and then it is
 * re-split and compared line by line, so two cells can never pass as one.
 */
export function verifyTable(file: string, label: string, table: IndicatorTable, lines: { no: number; text: string }[], splits: Splits = new Map()): Problem[] {
  let i = 0;
  for (const p of flatten(table)) {
    const parts = splits.get(p.text) ?? [p.text];
    for (const part of parts) {
      if (i >= lines.length) {
        return [error(file, `${label}: the source cells end here, but the rebuilt table goes on with "${part}" (${p.where})`, lines[lines.length - 1]?.no)];
      }
      if (lines[i].text !== part) {
        return [error(file, `${label}: the source cell reads "${lines[i].text}" but the rebuilt table has "${part}" here (${p.where})`, lines[i].no)];
      }
      i++;
    }
  }
  if (i < lines.length) return [error(file, `${label}: the source cell "${lines[i].text}" is not in the rebuilt table`, lines[i].no)];
  return [];
}

/* ----------------------------------------------------------------- rebuild */

export function rebuildTable(input: { file: string; label: string; cellLines: { no: number; text: string }[]; curated?: CuratedTable }): {
  table: IndicatorTable;
  problems: Problem[];
} {
  const { file, label, cellLines, curated } = input;
  if (!curated) {
    const rules = tableFromRules(file, label, cellLines);
    return { table: rules.table, problems: [...rules.problems, ...verifyTable(file, label, rules.table, cellLines, rules.splits)] };
  }
  const table = tableFromCurated(curated);
  // No rule pass here: a full row can only match the source in column order, so the source
  // check already holds the curated file to everything the rules would have placed.
  return { table, problems: verifyTable(file, label, table, cellLines, curatedSplits(curated)) };
}
