/**
 * Stage 6 (tables) — the rules: rebuild a flattened table without a curated file.
 *
 * The saved pages print a table "one cell per line", with empty cells dropped. Row
 * boundaries survive (each row opens with its 序号 and closes with its 属性), but which column
 * a surviving cell belongs to does not when a row lost cells. The rules rebuild rows, names,
 * units and full rows positionally; a row that lost cells is reported (a layout problem), and a
 * curated file (curated.ts) decides it.
 */
import type { IndicatorAttribute, IndicatorTable, RowGroup, TableCell, TableColumn } from '../../src/lib/plan-types.ts';
import { type Problem, error } from '../problems.ts';
import { isAttribute, isLabel, isValueLike, parseCell, unitFromName, type CellLine } from './cells.ts';
import type { Splits } from './verify.ts';

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
function segment(file: string, label: string, lines: CellLine[], unitColumn: boolean, categoryColumn: boolean): Segmented {
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
export function tableFromRules(file: string, label: string, lines: CellLine[]): { table: IndicatorTable; splits: Splits; problems: Problem[] } {
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
