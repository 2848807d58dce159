/**
 * Stage 6 (tables) — verification: a rebuilt table, read back in print order, must be the
 * source's cell lines, line for line, so that no cell is dropped, moved across rows or invented.
 */
import type { IndicatorTable } from '../../src/lib/plan-types.ts';
import { type Problem, error } from '../problems.ts';
import { hasUnitColumn, type CellLine } from './cells.ts';

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
  // A table kept as printed: its rows, cell by cell.
  (t.body ?? []).forEach((r, ri) => {
    for (const c of r) out.push({ text: c.text, where: `row ${ri + 1}` });
  });
  const unitColumn = hasUnitColumn(t.headerRows.flat().map((c) => c.text));
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
export function verifyTable(file: string, label: string, table: IndicatorTable, lines: CellLine[], splits: Splits = new Map()): Problem[] {
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
