/**
 * Every open-data file under /data/ (CONTRACT.md), by path below data/: the catalog, each
 * plan as a tree, as text and Markdown in both scripts, each table as CSV, and the corpus as
 * JSON Lines. Made from the ingestion's data plan by plan: the catalog is a route of
 * src/pages/data/, each plan's files are written after Astro by the section-page workers
 * (../section/write-task.ts; the routes serve them under `astro dev`), and ./corpus.ts writes
 * corpus.jsonl after the build, a plan at a time.
 */
import type { PlanData, PlanSummary } from '../../lib/plan-data.ts';
import type { Script } from '../../lib/plan-types.ts';
import { asset, url } from '../../lib/paths.ts';
import { PREFIX, SCRIPTS } from '../../lib/script.ts';
import { citeSource } from '../../lib/citation/index.ts';
import { toCsv } from '../../lib/table-csv.ts';
import { tableGrid } from './table-grid.ts';
import { planMarkdown, planText } from './text.ts';
import { corpusLines } from './corpus.ts';
import { planTree } from './tree.ts';

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

/** A data file's URL under SITE_BASE. */
export const dataUrl = (path: string): string => asset(`data/${path}`);

const perScript = <T>(f: (script: Script) => T): Record<string, T> => Object.fromEntries(SCRIPTS.map((s) => [PREFIX[s], f(s)]));

function catalogRecord(plan: PlanSummary) {
  const { overrides: _decisions, ...entry } = plan.entry;
  const cite = citeSource(plan.entry);
  return {
    ...entry,
    counts: plan.counts,
    charCount: plan.charCount,
    citation: { authors: cite.authors, authorRule: cite.authorRule, date: cite.date, dateRule: cite.dateRule },
    urls: {
      page: perScript((s) => url(s, 'plans', plan.entry.slug)),
      json: dataUrl(dataFile.tree(plan.entry.slug)),
      text: perScript((s) => dataUrl(dataFile.text(plan.entry.slug, s))),
      markdown: perScript((s) => dataUrl(dataFile.markdown(plan.entry.slug, s))),
      tables: plan.tables.map((t) => ({ id: t.id, label: t.label, title: t.title, csv: dataUrl(dataFile.table(plan.entry.slug, t.id)) })),
    },
  };
}

/** The catalog: every plan's entry, counts, citation facts and URLs (one small record per plan, from its summary). */
export const catalogFile = (plans: readonly PlanSummary[]): string =>
  `${JSON.stringify({ plans: plans.map(catalogRecord), corpus: dataUrl(dataFile.corpus) }, null, 1)}\n`;

/** The names of one plan's files (tree, text and Markdown per script, a CSV per table), without making them. */
export const planFileNames = (plan: PlanSummary): string[] => [
  dataFile.tree(plan.entry.slug),
  ...SCRIPTS.flatMap((script) => [dataFile.text(plan.entry.slug, script), dataFile.markdown(plan.entry.slug, script)]),
  ...plan.tables.map((t) => dataFile.table(plan.entry.slug, t.id)),
];

/** One plan's files, by path below data/, in the order of planFileNames. */
export function planFiles(plan: PlanData): Map<string, string> {
  const { slug } = plan.entry;
  const files = new Map<string, string>();
  const tree = planTree(plan);
  files.set(dataFile.tree(slug), `${JSON.stringify(tree)}\n`);
  for (const script of SCRIPTS) {
    files.set(dataFile.text(slug, script), planText(plan.entry, tree, script));
    files.set(dataFile.markdown(slug, script), planMarkdown(plan.entry, tree, script));
  }
  for (const t of plan.tables) {
    const grid = tableGrid(t.table);
    files.set(dataFile.table(slug, t.id), toCsv([...grid.header, ...grid.body]));
  }
  return files;
}

/** Every file at once, corpus.jsonl included (tests; the build makes them plan by plan). */
export function openDataFiles(plans: readonly PlanData[]): Map<string, string> {
  const files = new Map([[dataFile.catalog, catalogFile(plans)]]);
  for (const plan of plans) for (const [name, body] of planFiles(plan)) files.set(name, body);
  files.set(dataFile.corpus, plans.map((plan) => corpusLines(plan)).join(''));
  return files;
}
