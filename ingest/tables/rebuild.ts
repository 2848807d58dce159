/**
 * Stage 6 — indicator tables: flattened cell lines → IndicatorTable.
 *
 * Rules rebuild what they can (rules.ts); a reviewed curated file decides the rest
 * (curated.ts); whatever was rebuilt is verified once against the source cells (verify.ts),
 * with the splits the rebuild knows about, so no cell is dropped, moved or invented. A table
 * the format carried as a table (HTML) is taken as printed (source-table.ts).
 */
import type { IndicatorTable, PlanDocument } from '../../src/lib/plan-types.ts';
import { visit } from '../../src/lib/plan-visit.ts';
import type { IngestFile } from '../ingest-file.ts';
import type { CellLine } from './cells.ts';
import { type Problem, error } from '../problems.ts';
import { type CuratedTable, curatedSplits, tableFromCurated } from './curated.ts';
import { gridTable, plainTable } from './plain.ts';
import { tableFromRules } from './rules.ts';
import { tableFromSource } from './source-table.ts';
import { verifyTable } from './verify.ts';

export function rebuildTable(input: { file: string; label: string; cellLines: CellLine[]; curated?: CuratedTable }): {
  table: IndicatorTable;
  problems: Problem[];
} {
  const { file, label, cellLines, curated } = input;
  if (curated) {
    // No rule pass here: a full row can only match the source in column order, so the source
    // check already holds the curated file to everything the rules would have placed.
    const table = tableFromCurated(curated);
    return { table, problems: verifyTable(file, label, table, cellLines, curatedSplits(curated)) };
  }
  const rules = tableFromRules(file, label, cellLines);
  // Not an indicator table but whole rows all the same (a numbered list, or a table without 序号).
  const whole = rules.problems.length > 0 ? (plainTable(cellLines) ?? gridTable(cellLines)) : undefined;
  if (whole) return { table: whole, problems: verifyTable(file, label, whole, cellLines) };
  const mismatch = verifyTable(file, label, rules.table, cellLines, rules.splits);
  if (mismatch.length === 0 && rules.problems.length > 0) {
    // A layout the rules cannot resolve is a warning as long as every cell is still there, in
    // order: the plan is built, and the table is flagged for review (and a curated file).
    return { table: { ...rules.table, rebuiltBy: 'unresolved' }, problems: rules.problems.map((p) => ({ ...p, level: 'warning' })) };
  }
  return { table: rules.table, problems: [...rules.problems, ...mismatch] };
}

/** The stage: every table of the plan rebuilt from the cell lines the parser kept. */
export function rebuildTables(tree: PlanDocument, file: IngestFile): void {
  const numbers = new Set<number>();
  visit(tree, (node) => {
    if (node.kind !== 'table') return;
    // A curated file names a printed 表N: an unnumbered table (label '') has none.
    const curated = node.label === '' ? undefined : file.curatedTables.get(node.num);
    if (node.label !== '') numbers.add(node.num);
    const source = file.sourceTables.get(node);
    if (source && !curated) {
      node.table = tableFromSource(source);
      return;
    }
    const rebuilt = rebuildTable({ file: file.path, label: node.label, cellLines: file.tableCells.get(node) ?? [], curated });
    node.table = rebuilt.table;
    file.problems.push(...rebuilt.problems);
  });
  for (const [n, curated] of file.curatedTables) {
    if (!numbers.has(n)) file.problems.push(error(curated.path, `the plan ${file.entry.slug} has no table ${n} (表${n}) for this curated file to rebuild`));
  }
}
