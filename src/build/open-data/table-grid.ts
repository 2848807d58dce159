/**
 * A rebuilt table as the page draws it, one string per cell with every row and column span
 * filled in (a spanned cell's text repeats in each slot it covers), so that the CSV equals the
 * page cell by cell: the page's own layout (src/components/doc/table-layout.ts), a sub-row's
 * parent label on a line of its own before its name, as the page shows it.
 */
import { type LaidCell, tableLayout } from '../../components/doc/table-layout.ts';
import type { IndicatorTable } from '../../lib/plan-types.ts';
import { fillSpans } from '../../lib/table-csv.ts';

export interface TableGrid {
  /** Header rows as printed, spans filled. */
  header: string[][];
  body: string[][];
}

export function tableGrid(table: IndicatorTable): TableGrid {
  const layout = tableLayout(table);
  const cell = (c: LaidCell) => ({ text: c.parent === undefined ? c.text : `${c.parent}\n${c.text}`, colspan: c.colspan, rowspan: c.rowspan });
  return { header: fillSpans(layout.head.map((row) => row.map(cell))), body: fillSpans(layout.body.flat().map((row) => row.map(cell))) };
}
