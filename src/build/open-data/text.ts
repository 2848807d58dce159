/**
 * One plan's text in one script, from its data tree: plain text (/data/plans/<slug>.<script>.txt)
 * and Markdown (.md). Both keep every heading and every id: the text file starts each block with
 * its id in brackets, the Markdown puts it as an HTML anchor (`<a id="c3"></a>`), which renders
 * as a link target everywhere, unlike the `{#id}` extension. An article's or item's printed
 * number (7.) goes before its first paragraph, as on the page.
 */
import type { CatalogEntry } from '../../lib/catalog-schema.ts';
import type { Script } from '../../lib/plan-types.ts';
import { convertText } from '../convert.ts';
import type { TableGrid } from './table-grid.ts';
import { type DataBlock, type PlanTree, walk } from './tree.ts';

const HEADING: Partial<Record<DataBlock['kind'], number>> = { chapter: 2, annex: 2, section: 3, box: 4, table: 4, figure: 4 };

interface Line {
  block: DataBlock;
  text: string;
  /** The printed number of the article or item this paragraph opens. */
  number?: string;
}

function textLines(tree: PlanTree, script: Script): Line[] {
  const all = [...walk(tree.blocks)];
  const byId = new Map(all.map((b) => [b.id, b]));
  const out: Line[] = [];
  for (const block of all) {
    if (!block.text) continue;
    const parent = byId.get(block.path[block.path.length - 1] ?? '');
    const opens = (parent?.kind === 'article' || parent?.kind === 'item') && parent.children.find((c) => c.text) === block;
    // A table's record text runs through its cells; its line is its label and title, the cells follow.
    const text = block.table ? `${block.label?.[script] ?? ''} ${block.title?.[script] ?? ''}`.trim() : block.text[script];
    out.push({ block, text, number: opens ? parent.label?.[script] : undefined });
  }
  return out;
}

/** A table's cells in the file's script (the tree keeps them in the document's own). */
const gridIn = (tree: PlanTree, grid: TableGrid, script: Script): TableGrid => {
  const cv = (rows: string[][]) => rows.map((r) => r.map((c) => convertText(c, tree.script, script)));
  return { header: cv(grid.header), body: cv(grid.body) };
};

const titleOf = (entry: CatalogEntry, script: Script) => convertText(entry.title, 'hans', script);

export function planText(entry: CatalogEntry, tree: PlanTree, script: Script): string {
  const out = [titleOf(entry, script), ''];
  for (const { block, text, number } of textLines(tree, script)) {
    out.push(`[${block.id}] ${number ?? ''}${text}`);
    if (block.table) {
      const grid = gridIn(tree, block.table, script);
      out.push(...[...grid.header, ...grid.body].map((r) => r.map((c) => c.replaceAll('\n', ' ')).join('\t')));
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Markdown's specials in running text, so that the text reads as written. */
const md = (s: string) => s.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/^(\d+)\./, '$1\\.');

function mdTable(grid: TableGrid): string[] {
  // GFM has one header row: each column is named by its header cells from top to bottom.
  const names = grid.header[0].map((_, c) => [...new Set(grid.header.map((r) => r[c]))].join(' '));
  const row = (cells: string[]) => `| ${cells.map((c) => md(c).replaceAll('\n', '<br>')).join(' | ')} |`;
  return [row(names), `|${names.map(() => ' --- |').join('')}`, ...grid.body.map(row)];
}

export function planMarkdown(entry: CatalogEntry, tree: PlanTree, script: Script): string {
  const out = [`# ${md(titleOf(entry, script))}`, ''];
  for (const { block, text, number } of textLines(tree, script)) {
    const anchor = `<a id="${block.id}"></a>`;
    const level = HEADING[block.kind];
    out.push(level ? `${'#'.repeat(level)} ${anchor}${md(text)}` : `${anchor}${number ? `**${md(number)}** ` : ''}${md(text)}`);
    if (block.table) out.push('', ...mdTable(gridIn(tree, block.table, script)));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
