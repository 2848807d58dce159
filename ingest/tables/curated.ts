/**
 * Stage 6 (tables) — reviewed reconstructions: seeds/tables/<slug>/table<N>.yaml says which
 * column each surviving cell of a flattened table belongs to, where the rules cannot tell.
 * Validated by one zod schema; read with the failsafe YAML schema so every value is the
 * string as written ("5.0" stays "5.0"). Problems name the file and the YAML line.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { z } from 'astro/zod';
import type { IndicatorRow, IndicatorTable, RowGroup, TableCell } from '../../src/lib/plan-types.ts';
import { IngestError, error } from '../problems.ts';
import { curatedNames, readYamlFile } from '../seed-files.ts';
import { parseYaml } from '../yaml.ts';
import { ATTRIBUTES, hasUnitColumn, joinText, parseCell, type SourceText, unitFromName } from './cells.ts';
import type { Splits } from './verify.ts';

const text = z.string().refine((s) => s.trim() !== '', 'must be a non-empty string');
/** A string, or the list of source lines of a cell the source splits over lines. */
const sourceText = z.union([text, z.array(text).min(2, 'a split cell lists at least two source lines')]);
const span = z
  .string()
  .regex(/^[1-9]\d*$/, 'must be a positive whole number')
  .transform(Number);

const headerCell = z.strictObject({ text: sourceText, colspan: span.optional(), rowspan: span.optional() });
const column = z.strictObject({
  /** Stable key used by charts: "base2015", "target2020", … */
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'a column key must be a plain identifier'),
  /** The header cells above this column, outermost first. */
  header: z.array(z.string()),
});
const row = z.strictObject({
  no: text.optional(),
  parent: sourceText.optional(),
  name: sourceText,
  /** Only in tables with a 单位 column; elsewhere the unit is read from the name. */
  unit: sourceText.optional(),
  /** Source strings keyed by column key. */
  cells: z.record(z.string(), sourceText),
  attribute: z.enum(ATTRIBUTES, { message: 'must be 预期性 or 约束性' }).optional(),
  /** Why cells were placed where they are, where the source is ambiguous. */
  comment: text.optional(),
});
const group = z.strictObject({ category: sourceText.optional(), rows: z.array(row) });

type Curated = z.output<typeof tableShape>;
const tableShape = z.strictObject({ headerRows: z.array(z.array(headerCell)), columns: z.array(column), groups: z.array(group) });

/** Checks across fields: cell keys are columns, headers are header cells, units need a 单位 column. */
function crossCheck(t: Partial<Curated>, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const headerTexts = (Array.isArray(t.headerRows) ? t.headerRows.flat() : []).map((c) => (c?.text === undefined ? '' : joinText(c.text)));
  const columns = Array.isArray(t.columns) ? t.columns : [];
  const keys = columns.map((c) => c?.key);
  columns.forEach((c, i) => {
    if (keys.indexOf(c?.key) !== i) issue(['columns', i, 'key'], `the column key "${c.key}" is used twice`);
    (Array.isArray(c?.header) ? c.header : []).forEach((h, j) => {
      if (h !== '' && !headerTexts.includes(h)) issue(['columns', i, 'header', j], `"${h}" is not one of the header cells`);
    });
  });
  const unitColumn = hasUnitColumn(headerTexts);
  (Array.isArray(t.groups) ? t.groups : []).forEach((g, gi) => {
    (Array.isArray(g?.rows) ? g.rows : []).forEach((r, ri) => {
      const at = ['groups', gi, 'rows', ri];
      if (r?.unit !== undefined && !unitColumn) issue([...at, 'unit'], 'this table has no 单位 column; the unit is read from the brackets in the name');
      for (const k of Object.keys(r?.cells ?? {})) {
        if (!keys.includes(k)) issue([...at, 'cells', k], `unknown key "${k}" (the columns are: ${keys.join(', ')})`);
      }
    });
  });
}

/** The schema of a curated table file. */
const curatedTableSchema = tableShape.superRefine(crossCheck, { when: () => true });

/** A reviewed reconstruction of one table, with the file it was read from. */
export type CuratedTable = Curated & { path: string };

const displayPath = (p: string) => (isAbsolute(p) ? relative(process.cwd(), p) : p);

/**
 * Reads a curated table; undefined when there is no such file. Throws an IngestError naming
 * file and line. `root`: the folder a symbolic link may not lead out of (seeds/).
 */
export function loadCuratedTable(path: string, root = dirname(path)): CuratedTable | undefined {
  if (!existsSync(path)) return undefined;
  const file = displayPath(path);
  return { ...parseYaml(readYamlFile(root, path, 'a curated table file'), curatedTableSchema, file, { yamlSchema: 'failsafe' }), path: file };
}

const CURATED_FILE = /^table(\d+)\.yaml$/;

/** Every curated table of a plan (seeds/tables/<slug>/table<N>.yaml), by N; a misnamed file is an error. */
export function loadCuratedTables(seedsDir: string, slug: string): Map<number, CuratedTable> {
  const dir = join(seedsDir, 'tables', slug);
  const tables = new Map<number, CuratedTable>();
  for (const name of curatedNames(seedsDir, slug)) {
    const n = CURATED_FILE.exec(name)?.[1];
    if (n === undefined) throw new IngestError([error(join(dir, name), 'a curated table file is named table<N>.yaml, N the table number (表N)')]);
    const table = loadCuratedTable(join(dir, name), seedsDir);
    if (table) tables.set(Number(n), table);
  }
  return tables;
}

/** The split cells a curated file lists as lines: joined text → the lines. */
export function curatedSplits(c: CuratedTable): Splits {
  const splits: Splits = new Map();
  const add = (t: SourceText | undefined) => Array.isArray(t) && splits.set(joinText(t), t);
  for (const h of c.headerRows.flat()) add(h.text);
  for (const g of c.groups) {
    add(g.category);
    for (const r of g.rows) [r.parent, r.name, r.unit, ...Object.values(r.cells)].forEach(add);
  }
  return splits;
}

export function tableFromCurated(c: CuratedTable): IndicatorTable {
  const headerRows = c.headerRows.map((r) =>
    r.map((h) => ({ text: joinText(h.text), ...(h.colspan ? { colspan: h.colspan } : {}), ...(h.rowspan ? { rowspan: h.rowspan } : {}) })),
  );
  const unitColumn = hasUnitColumn(headerRows.flat().map((h) => h.text));
  const groups: RowGroup[] = c.groups.map((g) => ({
    category: g.category === undefined ? null : joinText(g.category),
    rows: g.rows.map((r): IndicatorRow => {
      const name = joinText(r.name);
      const unit = unitColumn ? (r.unit === undefined ? undefined : joinText(r.unit)) : unitFromName(name);
      const cells: Record<string, TableCell> = {};
      // Column order, not file order, so the table reads the way it is printed.
      for (const col of c.columns) if (r.cells[col.key] !== undefined) cells[col.key] = parseCell(joinText(r.cells[col.key]));
      return {
        ...(r.no !== undefined ? { no: r.no } : {}),
        name,
        ...(r.parent !== undefined ? { parent: joinText(r.parent) } : {}),
        ...(unit !== undefined ? { unit } : {}),
        cells,
        ...(r.attribute ? { attribute: r.attribute } : {}),
        ...(r.comment ? { comment: r.comment } : {}),
      };
    }),
  }));
  return { headerRows, columns: c.columns, groups, rebuiltBy: `curated:${c.path}` };
}
