/**
 * Stage 6 (tables) — a table the format carried as a table (an HTML <table>, spans and
 * header rows kept) → the same IndicatorTable the text tables become.
 *
 * Header rows are the source's (<thead>, rows of <th>), else its first row, extended over any
 * header cell's row span. Where the columns read as an indicator table — [类别] [序号] 指标
 * [单位] values… [属性], in that order, spans only in the header and the 类别 column — the rows
 * become indicator rows (so the table is charted like a text table); the result is accepted
 * only if the page would draw exactly the source's grid, cell for cell. Any other table is
 * kept as printed (`body`), spans and all. No cell is dropped, moved or invented either way.
 */
import { tableLayout } from '../../src/components/doc/table-layout.ts';
import type { BodyCell, IndicatorAttribute, IndicatorRow, IndicatorTable, RowGroup, TableColumn } from '../../src/lib/plan-types.ts';
import { fillSpans, type SpanCell } from '../../src/lib/table-csv.ts';
import type { SourceCell, SourceTable } from '../read/source.ts';
import { isAttribute, parseCell, unitFromName } from './cells.ts';

type Role = 'category' | 'no' | 'name' | 'unit' | 'value' | 'attribute';

const ROLE_OF: [RegExp, Role][] = [
  [/^(类别|類別|领域|領域)$/, 'category'],
  [/^序[号號]$/, 'no'],
  [/^(指标|指標|指标名称|指標名稱|主要指标|主要指標|名称|名稱)$/, 'name'],
  [/^(单位|單位|计量单位|計量單位)$/, 'unit'],
  [/^(属性|屬性|指标属性|指標屬性)$/, 'attribute'],
];
const roleOf = (header: string[]): Role => ROLE_OF.find(([re]) => header.some((h) => re.test(h)))?.[1] ?? 'value';

/** [类别] [序号] 指标 [单位] value+ [属性] */
const INDICATOR_ORDER = /^(category)?(no)?(name)(unit)?(value)+(attribute)?$/;

const span = (n: number | undefined) => (n !== undefined && n > 1 ? n : undefined);
const spanCell = (c: SourceCell): SpanCell => ({ text: c.text, colspan: span(c.colspan), rowspan: span(c.rowspan) });

/** Each slot of the grid: the source cell covering it and the row it starts in. */
function place(rows: SourceCell[][]): { cell: SourceCell; row: number }[][] {
  const grid: { cell: SourceCell; row: number }[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r][c] !== undefined) c++;
      for (let dr = 0; dr < (span(cell.rowspan) ?? 1) && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < (span(cell.colspan) ?? 1); dc++) grid[r + dr][c + dc] = { cell, row: r };
      }
      c += span(cell.colspan) ?? 1;
    }
  });
  return grid;
}

/** The number of header rows: the source's, else the first row, and as far down as a header cell spans. */
function headerCount(t: SourceTable): number {
  let h = Math.max(t.headerRows, 1);
  for (let r = 0; r < h && r < t.rows.length; r++) for (const c of t.rows[r]) h = Math.max(h, r + (span(c.rowspan) ?? 1));
  return Math.min(h, t.rows.length);
}

/** The rows as indicator rows, where the columns read as an indicator table. */
function asIndicators(t: SourceTable, h: number, headerRows: IndicatorTable['headerRows']): IndicatorTable | undefined {
  const grid = place(t.rows);
  const width = Math.max(0, ...grid.map((r) => r.length));
  const headers = Array.from({ length: width }, (_, j) => {
    const texts: string[] = [];
    for (let r = 0; r < h; r++) {
      const text = grid[r][j]?.cell.text ?? '';
      if (text !== '' && texts.at(-1) !== text) texts.push(text);
    }
    return texts;
  });
  const roles = headers.map(roleOf);
  if (!INDICATOR_ORDER.test(roles.join(''))) return undefined;
  const columns: TableColumn[] = [];
  const keys = roles.map((role, j) => {
    if (role !== 'value') return undefined;
    columns.push({ key: `col${columns.length + 1}`, header: headers[j] });
    return columns[columns.length - 1].key;
  });
  const hasUnit = roles.includes('unit');
  const groups: RowGroup[] = [];
  let categoryCell: SourceCell | undefined;
  for (let r = h; r < grid.length; r++) {
    const slot = (role: Role) => grid[r][roles.indexOf(role)];
    // Only the 类别 column may span rows; anything else is not an indicator layout.
    if (grid[r].length !== width || grid[r].some((s, j) => roles[j] !== 'category' && s.row !== r)) return undefined;
    if (grid[r].some((s, j, all) => j > 0 && all[j - 1].cell === s.cell && roles[j] !== 'category')) return undefined;
    const category = slot('category');
    if (groups.length === 0 || (category !== undefined && category.cell !== categoryCell)) {
      categoryCell = category?.cell;
      groups.push({ category: category ? category.cell.text : null, rows: [] });
    }
    const text = (role: Role) => slot(role)?.cell.text;
    const attribute = text('attribute');
    if (attribute !== undefined && attribute !== '' && !isAttribute(attribute)) return undefined;
    const name = text('name') ?? '';
    const unit = hasUnit ? text('unit') || undefined : unitFromName(name);
    const row: IndicatorRow = {
      ...(text('no') ? { no: text('no') } : {}),
      name,
      ...(unit ? { unit } : {}),
      cells: Object.fromEntries(roles.flatMap((_, j) => (keys[j] && grid[r][j].cell.text !== '' ? [[keys[j], parseCell(grid[r][j].cell.text)]] : []))),
      ...(attribute ? { attribute: attribute as IndicatorAttribute } : {}),
    };
    groups[groups.length - 1].rows.push(row);
  }
  return { headerRows, columns, groups, rebuiltBy: 'source' };
}

/** Both sides as the page (and the CSV) would show them, spans filled. */
function sameGrid(table: IndicatorTable, t: SourceTable, h: number): boolean {
  const layout = tableLayout(table);
  const laid = (rows: { text: string; colspan?: number; rowspan?: number }[][]) => JSON.stringify(fillSpans(rows));
  return (
    laid(layout.head) === laid(t.rows.slice(0, h).map((r) => r.map(spanCell))) && laid(layout.body.flat()) === laid(t.rows.slice(h).map((r) => r.map(spanCell)))
  );
}

export function tableFromSource(t: SourceTable): IndicatorTable {
  const h = headerCount(t);
  const headerRows = t.rows
    .slice(0, h)
    .map((r) => r.map(spanCell).map(({ text, colspan, rowspan }) => ({ text, ...(colspan ? { colspan } : {}), ...(rowspan ? { rowspan } : {}) })));
  const indicators = asIndicators(t, h, headerRows);
  const hasRows = indicators?.groups.some((g) => g.rows.length > 0) ?? false;
  if (indicators && hasRows && sameGrid(indicators, t, h)) return indicators;
  const body: BodyCell[][] = t.rows.slice(h).map((r) =>
    r.map((c) => ({
      text: c.text,
      ...(span(c.colspan) ? { colspan: c.colspan } : {}),
      ...(span(c.rowspan) ? { rowspan: c.rowspan } : {}),
      ...(c.header ? { header: true } : {}),
    })),
  );
  return { headerRows, columns: [], groups: [], body, rebuiltBy: 'source' };
}
