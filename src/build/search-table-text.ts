/**
 * Build time (Node): a table passage's text with its rows and cells marked, so that a snippet
 * or a keyword-in-context line can show the row the term is in as cells (指标 · 单位 · 2020 ·
 * 2025 · 属性) instead of run-together text.
 *
 * The ingestion writes a table's text as its caption and cells joined by spaces
 * (ingest/emit-data.ts blockText). Here each joining space becomes a tab (next cell) or a line
 * break (next row): the same length, and the same normalised text (spaces, tabs and line breaks
 * are all dropped), so every offset and count stays as the index has it. When the text does not
 * line up with the table's cells (in either script) it is kept as it is.
 */
import type { PlanData } from '../lib/plan-data.ts';
import type { IndicatorTable, Script } from '../lib/plan-types.ts';
import { SCRIPTS } from '../lib/script.ts';
import { CELL, ROW } from '../lib/search/highlight.ts';

/** The cells of a table as the ingestion joins them, cut into rows (the caption is a row of its own). */
export function tableRows(caption: string, table: IndicatorTable): string[][] {
  const rows: string[][] = [[caption]];
  for (const g of table.groups) {
    if (g.category) rows.push([g.category]);
    for (const r of g.rows) rows.push([r.parent ?? '', r.name, r.unit ?? '', ...Object.values(r.cells).map((c) => c.raw), r.attribute ?? '']);
  }
  if (table.body) for (const row of [...table.headerRows, ...table.body]) rows.push(row.map((c) => c.text));
  return rows.map((r) => r.filter(Boolean)).filter((r) => r.length);
}

/**
 * `text` with the space before each cell made a tab and before each row a line break, if `text`
 * is exactly the rows' cells joined by spaces; the positions only are needed for another
 * script of the same length (its characters are converted one for one).
 */
export function markRows(text: string, rows: readonly (readonly string[])[], original: string): string | undefined {
  const joined = rows.map((r) => r.join(' ')).join(' ');
  if (joined !== original || text.length !== original.length) return undefined;
  const out = Array.from({ length: text.length }, (_, i) => text[i]);
  let at = 0;
  rows.forEach((row, i) => {
    row.forEach((cell, j) => {
      if (i + j > 0) out[at - 1] = j === 0 ? ROW : CELL;
      at += cell.length + 1;
    });
  });
  return out.join('');
}

/** Per record of the plan, its text in both scripts; tables with their rows and cells marked. */
export function tableRowsText(plan: PlanData): Record<Script, string>[] {
  const tables = new Map(plan.tables.map((t) => [t.id, t]));
  const original = plan.entry.script;
  return plan.records.map((r) => {
    const t = r.kind === 'table' ? tables.get(r.id) : undefined;
    if (!t) return r.text;
    const rows = tableRows(`${t.label} ${t.title}`.trim(), t.table);
    const marked = SCRIPTS.map((s) => markRows(r.text[s], rows, r.text[original]));
    return marked.every((m) => m !== undefined) ? { hans: marked[0]!, hant: marked[1]! } : r.text;
  });
}
