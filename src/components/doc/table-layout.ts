/**
 * The layout of an indicator table as the page draws it: header rows, one row group per
 * category, and the cells a sub-row shares with the row above (a number, a parent label)
 * printed once with a row span. The 序号 and 属性 columns are drawn where the table has them.
 * A table the source carried as printed (`body`, an HTML table that is not an indicator
 * table) is drawn as it is. Pure, so it can be tested without rendering.
 */
import type { IndicatorTable } from '../../lib/plan-types.ts';

/** A cell: its tag, text and attributes (in the order the page writes them). */
export interface LaidCell {
  tag: 'th' | 'td';
  text: string;
  scope?: 'col' | 'row' | 'rowgroup';
  class?: string;
  colspan?: number;
  rowspan?: number;
  /** A parent label shown before the name, where a sub-row opens (城镇化率 › 常住). */
  parent?: string;
}

export interface TableLayout {
  head: LaidCell[][];
  /** One <tbody> per row group. */
  body: LaidCell[][][];
}

const span = (n: number | undefined) => (n !== undefined && n > 1 ? n : undefined);

/** A table drawn as printed: header rows and body rows with their spans, row headings as <th>. */
function asPrinted(headerRows: IndicatorTable['headerRows'], body: NonNullable<IndicatorTable['body']>): TableLayout {
  const head = headerRows.map((row) =>
    row.map((c): LaidCell => ({ tag: 'th', text: c.text, scope: 'col', colspan: span(c.colspan), rowspan: span(c.rowspan) })),
  );
  const rows = body.map((row) =>
    row.map(
      (c): LaidCell => ({
        tag: c.header ? 'th' : 'td',
        text: c.text,
        ...(c.header ? { scope: 'row' as const } : {}),
        colspan: span(c.colspan),
        rowspan: span(c.rowspan),
      }),
    ),
  );
  return { head, body: rows.length > 0 ? [rows] : [] };
}

export function tableLayout(table: Pick<IndicatorTable, 'headerRows' | 'columns' | 'groups' | 'body'>): TableLayout {
  if (table.body) return asPrinted(table.headerRows, table.body);
  const rows = table.groups.flatMap((g) => g.rows);
  const headerTexts = table.headerRows.flat().map((c) => c.text);
  // Rebuilt tables always print both; a source table may have neither (类别 | 指标 | 2025年).
  const hasNo = headerTexts.some((t) => /^序[号號]$/.test(t)) || rows.some((r) => r.no !== undefined);
  const hasAttribute = headerTexts.some((t) => /属性|屬性/.test(t)) || rows.some((r) => r.attribute !== undefined);
  const hasCategories = table.groups.some((g) => g.category !== null);
  const hasUnit = table.headerRows.some((row) => row.some((c) => c.text === '单位'));
  // A 类别 column with no category in any row is left out rather than drawn empty.
  const head = table.headerRows.map((row) =>
    row
      .filter((c) => hasCategories || c.text !== '类别')
      .map((c): LaidCell => ({ tag: 'th', text: c.text, scope: 'col', colspan: span(c.colspan), rowspan: span(c.rowspan) })),
  );
  const body = table.groups.map((g) =>
    g.rows.map((r, i) => {
      const prev = g.rows[i - 1];
      let sameNo = 1;
      while (r.no !== undefined && g.rows[i + sameNo]?.no === r.no) sameNo++;
      const cells: LaidCell[] = [];
      if (hasCategories && i === 0) cells.push({ tag: 'th', text: g.category ?? '', scope: 'rowgroup', rowspan: span(g.rows.length), class: 'category' });
      // Sub-rows share the number and parent label printed once (城镇化率 › 常住/户籍).
      if (hasNo && !(prev && r.no !== undefined && prev.no === r.no)) cells.push({ tag: 'td', text: r.no ?? '', class: 'no', rowspan: span(sameNo) });
      const parent = r.parent !== undefined && !(prev && prev.parent === r.parent) ? r.parent : undefined;
      cells.push({ tag: 'th', text: r.name, scope: 'row', parent });
      if (hasUnit) cells.push({ tag: 'td', text: r.unit ?? '', class: 'unit' });
      cells.push(...table.columns.map((c): LaidCell => ({ tag: 'td', text: r.cells[c.key]?.raw ?? '', class: 'value' })));
      if (hasAttribute) cells.push({ tag: 'td', text: r.attribute ?? '', class: 'attr' });
      return cells;
    }),
  );
  return { head, body };
}
