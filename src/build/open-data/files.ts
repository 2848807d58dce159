/**
 * Every open-data file under /data/ (CONTRACT.md), by path below data/: the catalog, each
 * plan as a tree, as text and Markdown in both scripts, each table as CSV, and the corpus as
 * JSON Lines. Made once per build from the ingestion's data and served by src/pages/data/.
 */
import type { PlanData } from '../../lib/plan-data.ts';
import type { Script } from '../../lib/plan-types.ts';
import { asset, url } from '../../lib/paths.ts';
import { PREFIX, SCRIPTS } from '../../lib/script.ts';
import { citeSource } from '../../lib/citation/index.ts';
import { toCsv } from '../../lib/table-csv.ts';
import { tableGrid } from './table-grid.ts';
import { planMarkdown, planText } from './text.ts';
import { planTree } from './tree.ts';

/** Paths below data/, the one place they are spelled. */
export const dataFile = {
  catalog: 'catalog.json',
  corpus: 'corpus.jsonl',
  tree: (slug: string) => `plans/${slug}.json`,
  text: (slug: string, script: Script) => `plans/${slug}.${PREFIX[script]}.txt`,
  markdown: (slug: string, script: Script) => `plans/${slug}.${PREFIX[script]}.md`,
  table: (slug: string, tableId: string) => `tables/${slug}-${tableId}.csv`,
};

/** A data file's URL under SITE_BASE. */
export const dataUrl = (path: string): string => asset(`data/${path}`);

const perScript = <T>(f: (script: Script) => T): Record<string, T> => Object.fromEntries(SCRIPTS.map((s) => [PREFIX[s], f(s)]));

function catalogRecord(plan: PlanData) {
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

export function openDataFiles(plans: readonly PlanData[]): Map<string, string> {
  const files = new Map<string, string>();
  files.set(dataFile.catalog, `${JSON.stringify({ plans: plans.map(catalogRecord), corpus: dataUrl(dataFile.corpus) }, null, 1)}\n`);
  const corpus: string[] = [];
  for (const plan of plans) {
    const { slug } = plan.entry;
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
    for (const r of plan.records) corpus.push(JSON.stringify({ plan: slug, id: r.id, kind: r.kind, path: r.path, text: r.text }));
  }
  files.set(dataFile.corpus, `${corpus.join('\n')}\n`);
  return files;
}

let cached: Map<string, string> | undefined;
/** The files of this build, made on first use (every data route asks for them). */
export const builtOpenData = (plans: readonly PlanData[]): Map<string, string> => {
  cached ??= openDataFiles(plans);
  return cached;
};
