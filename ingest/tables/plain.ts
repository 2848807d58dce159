/**
 * Stage 6 (tables) — text tables the indicator rules cannot read, where their cells still
 * split into whole rows one way only:
 * - `plainTable`: a list with 序号 and no 属性 (序号 | 项目名称 | 建设内容 | 建设年限), kept as
 *   printed: the header is the cells before the row numbered 1, and each row is exactly as
 *   many cells, opening with its number 1, 2, 3 …;
 * - `gridTable`: a table without 序号 (指标 | 2020年 | 2035年 / 常住人口 | 120 | 135): the
 *   narrowest width at which every row after the header opens with a name and holds a figure,
 *   then read like an HTML table (source-table.ts), as indicator rows where it has their shape.
 * Where neither holds (a cell lost, text-only rows), the rules' result stands, every cell still
 * in order.
 */
import type { IndicatorTable } from '../../src/lib/plan-types.ts';
import { isAttribute, isLabel, isValueLike, type CellLine } from './cells.ts';
import { tableFromSource } from './source-table.ts';

export function plainTable(lines: CellLine[]): IndicatorTable | undefined {
  const width = lines.findIndex((l) => l.text === '1');
  if (width < 2 || (lines.length - width) % width !== 0 || lines.some((l) => isAttribute(l.text))) return undefined;
  const body: { text: string }[][] = [];
  for (let i = width; i < lines.length; i += width) {
    if (lines[i].text !== String(body.length + 1)) return undefined;
    body.push(lines.slice(i, i + width).map((l) => ({ text: l.text })));
  }
  return { headerRows: [lines.slice(0, width).map((l) => ({ text: l.text }))], columns: [], groups: [], body, rebuiltBy: 'rules' };
}

/** A header cell is a word or a year, never a bare figure. */
const BARE_FIGURE = /^[-−]?\d+(?:\.\d+)?%?$/;

export function gridTable(lines: CellLine[]): IndicatorTable | undefined {
  for (let width = 2; width <= Math.min(12, lines.length / 2); width++) {
    if (lines.length % width !== 0) continue;
    const rows: CellLine[][] = [];
    for (let i = 0; i < lines.length; i += width) rows.push(lines.slice(i, i + width));
    const [head, ...body] = rows;
    // With 属性 printed, a row that lost a cell would shift the next one: each row must close with its 属性.
    const closed = !lines.some((l) => isAttribute(l.text)) || body.every((r) => isAttribute(r[r.length - 1].text));
    const whole = closed && body.every((r) => isLabel(r[0].text) && r.slice(1).some((c) => isValueLike(c.text)));
    if (whole && !head.some((c) => BARE_FIGURE.test(c.text) || isAttribute(c.text))) {
      return { ...tableFromSource({ headerRows: 1, rows: rows.map((r) => r.map((c) => ({ text: c.text }))) }), rebuiltBy: 'rules' };
    }
  }
  return undefined;
}
