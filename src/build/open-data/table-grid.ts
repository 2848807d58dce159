/**
 * A rebuilt table as the page draws it, one string per cell with every row and column span
 * filled in (a spanned cell's text repeats in each slot it covers), so that the CSV equals the
 * page cell by cell. It follows the page's layout (ingest/emit-mdx.ts `tableMdx`): a 类别 column
 * only where some row has a category, 单位 only where the header prints it, and a sub-row's
 * parent label printed above its name once per run, on a line of its own.
 */
import type { IndicatorRow, IndicatorTable } from '../../lib/plan-types.ts';
import { fillSpans } from '../../lib/table-csv.ts';

export { fillSpans, toCsv } from '../../lib/table-csv.ts';

export interface TableGrid {
  /** Header rows as printed, spans filled. */
  header: string[][];
  body: string[][];
}

export function tableGrid(table: IndicatorTable): TableGrid {
  const hasCategories = table.groups.some((g) => g.category !== null);
  const hasUnit = table.headerRows.some((row) => row.some((c) => c.text === '单位'));
  const header = fillSpans(table.headerRows.map((row) => row.filter((c) => hasCategories || c.text !== '类别')));
  const body = table.groups.flatMap((g) =>
    g.rows.map((r: IndicatorRow, i) => {
      const prev = g.rows[i - 1];
      const parent = r.parent !== undefined && prev?.parent !== r.parent ? `${r.parent}\n` : '';
      return [
        ...(hasCategories ? [g.category ?? ''] : []),
        r.no ?? '',
        `${parent}${r.name}`,
        ...(hasUnit ? [r.unit ?? ''] : []),
        ...table.columns.map((c) => r.cells[c.key]?.raw ?? ''),
        r.attribute ?? '',
      ];
    }),
  );
  return { header, body };
}
