/**
 * The open-data formats under /data/ (CONTRACT.md), one entry each: its path, MIME type, maker,
 * label in both scripts and field docs. The route (src/pages/data/[...file].ts), the data page
 * (src/pages/[script]/data.astro), a plan's downloads (PlanDownloads.astro), the writer
 * (./files.ts planFiles) and the docs test (tests/unit/open-data-docs.test.ts, DATA.md) all read
 * this list, so a new format is one entry here (plus its text in src/lib/i18n/data*.json).
 */
import type { Key } from '../../lib/i18n/index.ts';
import { t } from '../../lib/i18n/index.ts';
import type { PlanData, PlanSummary } from '../../lib/plan-data.ts';
import type { Script } from '../../lib/plan-types.ts';
import { PREFIX, SCRIPTS } from '../../lib/script.ts';
import { toCsv } from '../../lib/table-csv.ts';
import { convertText } from '../convert.ts';
import { tableGrid } from './table-grid.ts';
import { planMarkdown, planText } from './text.ts';
import fieldRows from './fields.json' with { type: 'json' };
import { type PlanTree, planTree } from './tree.ts';

/** Paths below data/, the one place they are spelled. */
export const dataFile = {
  catalog: 'catalog.json',
  corpus: 'corpus.jsonl',
  targets: 'targets.json',
  targetsCsv: 'targets.csv',
  tree: (slug: string) => `plans/${slug}.json`,
  text: (slug: string, script: Script) => `plans/${slug}.${PREFIX[script]}.txt`,
  markdown: (slug: string, script: Script) => `plans/${slug}.${PREFIX[script]}.md`,
  table: (slug: string, tableId: string) => `tables/${slug}-${tableId}.csv`,
};

/** One row of a format's field table: the fields (several when documented together), their type, their meaning. */
export interface FieldDoc {
  names: string;
  type: string;
  meaning: Key;
}

/** Where a format lives and who makes it. */
export interface FormatPlace {
  /** The path below data/ as the docs write it. */
  pattern: string;
  mime: string;
  /** The module that makes it, for docs/DATA.md. */
  madeBy: string;
  /** Its section on the data page (#id); formats sharing one are documented together. */
  section: string;
}

interface FormatDoc {
  where: FormatPlace;
  /** Its paragraph on the data page. */
  about?: Key;
  fields?: readonly FieldDoc[];
  /** Further field tables of the same file (targets.json's indicators), each with its opening line. */
  more?: readonly { intro: Key; label: string; fields: readonly FieldDoc[] }[];
}

/** One file of a plan in some format, with what tells it from the plan's other files of that format. */
export interface PlanFile {
  path: string;
  script?: Script;
  table?: PlanSummary['tables'][number];
}

/** A format with a file (or several) per plan, made from the plan's data by the section-page workers. */
export interface PlanFormat extends FormatDoc {
  scope: 'plan';
  id: 'tree' | 'text' | 'markdown' | 'table';
  files: (plan: PlanSummary) => PlanFile[];
  make: (plan: PlanData, tree: PlanTree, file: PlanFile) => string;
  /** The file's link text in `script` (a file in one script is named without its script here). */
  name: (script: Script, file: PlanFile) => string;
  /** What a plan's downloads add to the name of a file that is not in one script. */
  note?: Key;
}

/** A format with one file for the whole corpus. */
export interface CorpusFormat extends FormatDoc {
  scope: 'corpus';
  id: 'catalog' | 'corpus' | 'targets' | 'targetsCsv';
  path: string;
  /** Its line in the data page's list of corpus files. */
  summary: Key;
}

export type DataFormat = PlanFormat | CorpusFormat;

const perScript = (path: (script: Script) => string): PlanFile[] => SCRIPTS.map((script) => ({ path: path(script), script }));
const JSON_TYPE = 'application/json; charset=utf-8';

/** The field tables of ./fields.json (data, so a long table reads as one); a meaning key missing from the dictionary fails the docs test. */
const fieldDocs = (rows: string[][]): readonly FieldDoc[] => rows.map(([names, type, meaning]) => ({ names, type, meaning: meaning as Key }));
export const CATALOG_FIELDS = fieldDocs(fieldRows.catalog);

/** The fields of each block of plans/<slug>.json. */

/** The fields of each line of corpus.jsonl. */

export const FORMATS: readonly DataFormat[] = [
  {
    scope: 'corpus',
    id: 'catalog',
    path: dataFile.catalog,
    where: { pattern: dataFile.catalog, mime: JSON_TYPE, madeBy: 'files.ts', section: 'catalog' },
    summary: 'data.catalogFile',
    about: 'data.catalogTop',
    fields: CATALOG_FIELDS,
  },
  {
    scope: 'plan',
    id: 'tree',
    where: { pattern: 'plans/<slug>.json', mime: JSON_TYPE, madeBy: 'tree.ts', section: 'tree' },
    about: 'data.treeTop',
    fields: fieldDocs(fieldRows.block),
    files: (plan) => [{ path: dataFile.tree(plan.entry.slug) }],
    make: (_plan, tree) => `${JSON.stringify(tree)}\n`,
    name: () => 'JSON',
    note: 'data.treeNote',
  },
  {
    scope: 'plan',
    id: 'text',
    where: { pattern: 'plans/<slug>.<script>.txt', mime: 'text/plain; charset=utf-8', madeBy: 'text.ts', section: 'text' },
    about: 'data.textFiles',
    files: (plan) => perScript((script) => dataFile.text(plan.entry.slug, script)),
    make: (plan, tree, file) => planText(plan.entry, tree, file.script ?? 'hans'),
    name: (script) => t(script, 'data.plainText'),
  },
  {
    scope: 'plan',
    id: 'markdown',
    where: { pattern: 'plans/<slug>.<script>.md', mime: 'text/markdown; charset=utf-8', madeBy: 'text.ts', section: 'text' },
    files: (plan) => perScript((script) => dataFile.markdown(plan.entry.slug, script)),
    make: (plan, tree, file) => planMarkdown(plan.entry, tree, file.script ?? 'hans'),
    name: () => 'Markdown',
  },
  {
    scope: 'plan',
    id: 'table',
    where: { pattern: 'tables/<slug>-table<N>.csv', mime: 'text/csv; charset=utf-8', madeBy: 'table-grid.ts', section: 'csv' },
    about: 'data.csvFiles',
    files: (plan) => plan.tables.map((table) => ({ path: dataFile.table(plan.entry.slug, table.id), table })),
    make: (plan, _tree, file) => {
      const table = plan.tables.find((x) => x.id === file.table?.id);
      if (!table) throw new Error(`open data: ${plan.entry.slug} has no table ${file.table?.id}`);
      const grid = tableGrid(table.table);
      return toCsv([...grid.header, ...grid.body]);
    },
    // The label (表一) is the document's own text, so it converts; "CSV" is the interface's.
    name: (script, file) => t(script, 'data.tableCsv', convertText(file.table?.label ?? '', 'hans', script)),
  },
  {
    scope: 'corpus',
    id: 'corpus',
    path: dataFile.corpus,
    where: { pattern: dataFile.corpus, mime: 'application/jsonl; charset=utf-8', madeBy: 'corpus.ts', section: 'corpus' },
    summary: 'data.corpusFile',
    fields: fieldDocs(fieldRows.corpus),
  },
  {
    scope: 'corpus',
    id: 'targets',
    path: dataFile.targets,
    where: { pattern: dataFile.targets, mime: JSON_TYPE, madeBy: 'targets.ts', section: 'targets' },
    summary: 'data.targetsFile',
    about: 'data.targetsTop',
    fields: fieldDocs(fieldRows.targets),
    more: [{ intro: 'data.indicatorsTop', label: 'targets.json indicators', fields: fieldDocs(fieldRows.indicators) }],
  },
  {
    scope: 'corpus',
    id: 'targetsCsv',
    path: dataFile.targetsCsv,
    where: { pattern: dataFile.targetsCsv, mime: 'text/csv; charset=utf-8', madeBy: 'targets.ts', section: 'targets' },
    summary: 'data.targetsCsvFile',
  },
];

export const PLAN_FORMATS = FORMATS.filter((f): f is PlanFormat => f.scope === 'plan');
export const CORPUS_FORMATS = FORMATS.filter((f): f is CorpusFormat => f.scope === 'corpus');
export const formatById = (id: DataFormat['id']): DataFormat => FORMATS.find((f) => f.id === id) as DataFormat;

/** A plan's files in each format, in the registry's order, each with its format. */
export const planFilesByFormat = (plan: PlanSummary): [PlanFormat, PlanFile][] =>
  PLAN_FORMATS.flatMap((f) => f.files(plan).map((file): [PlanFormat, PlanFile] => [f, file]));

/** One plan's files made, by path below data/. */
export function makePlanFiles(plan: PlanData): Map<string, string> {
  const tree = planTree(plan);
  return new Map(planFilesByFormat(plan).map(([format, file]) => [file.path, format.make(plan, tree, file)]));
}

/** The formats documented in one section of the data page, and its heading (shared folders written once: "…txt 与 .md"). */
export function sectionHeading(section: string, script: Script): string {
  const patterns = FORMATS.filter((f) => f.where.section === section).map((f) => f.where.pattern);
  const [first, ...rest] = patterns;
  return [first, ...rest.map((p) => p.slice(p.lastIndexOf('.')))].join(` ${t(script, 'data.and')} `);
}
