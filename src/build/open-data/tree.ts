/**
 * One plan as a tree for /data/plans/<slug>.json, built from the ingestion's own data (text
 * records, outline, rebuilt tables; src/generated/data), never from the HTML. Every block
 * carries its contract id, kind, number and heading path; text in both scripts; tables as rows
 * and cells. Containers the records only name in their paths (articles, items, notes, the
 * front matter) become nodes too, so the tree has every id the page has.
 */
import { parseId } from '../../lib/ids.ts';
import { outlineById } from '../../lib/outline-visit.ts';
import type { OutlineNode, PlanData } from '../../lib/plan-data.ts';
import type { Script, TextRecord } from '../../lib/plan-types.ts';
import { type TableGrid, tableGrid } from './table-grid.ts';

export type BlockKind = TextRecord['kind'] | 'article' | 'item' | 'note' | 'front';

export interface DataBlock {
  id: string;
  kind: BlockKind;
  /** The block's number in the document's own numbering (c3 → 3, a7 → 7, box9-i3 → 3). */
  number?: number;
  /** The number as the document prints it ("三、", "（二）", "7.", "专栏三"), where the ingestion records it. */
  label?: Record<Script, string>;
  /** A heading's title without its number, as the outline has it. */
  title?: Record<Script, string>;
  /** Ids of the enclosing blocks, outermost first. */
  path: string[];
  /** The block's own text (a heading's label and title, a paragraph), where it has any. */
  text?: Record<Script, string>;
  /** A table's cells in the document's original script, spans filled (as the CSV). */
  table?: TableGrid;
  children: DataBlock[];
}

export interface PlanTree {
  slug: string;
  /** The script the source is written in: the tables' cells are in it. */
  script: Script;
  blocks: DataBlock[];
}

/** The kind of a container that has no record of its own: the outline's, else read from its id. */
function containerKind(id: string, outline: Map<string, OutlineNode>): BlockKind {
  const known = outline.get(id);
  if (known) return known.kind;
  if (id === 'preamble') return 'front';
  const parts = parseId(id);
  const last = parts[parts.length - 1];
  if (last?.kind === 'note') return 'note';
  if (last?.kind === 'item') return 'item';
  if (parts.length === 1 && last?.kind === 'article') return 'article';
  return 'paragraph';
}

/** A block's number in the document's own numbering: its id's last part, where that is one number (c3, a7, box9-i3; not box1-1). */
function numberOf(id: string): number | undefined {
  const last = parseId(id).at(-1);
  if (!last || !('n' in last) || last.n === undefined) return undefined;
  if ((last.kind === 'box' || last.kind === 'table') && last.sub !== undefined) return undefined;
  return ['part', 'chapter', 'section', 'article', 'item', 'box', 'table', 'annex'].includes(last.kind) ? last.n : undefined;
}

export function planTree(plan: PlanData): PlanTree {
  const outline = outlineById(plan.outline);
  const tables = new Map(plan.tables.map((t) => [t.id, t]));
  const byId = new Map<string, DataBlock>();
  const roots: DataBlock[] = [];
  const node = (id: string, path: string[], kind: BlockKind): DataBlock => {
    let block = byId.get(id);
    if (block) return block;
    const { label, title } = outline.get(id) ?? {};
    const table = tables.get(id);
    block = {
      id,
      kind,
      ...(label && (label.hans || label.hant) ? { label } : {}),
      ...(title ? { title } : {}),
      path,
      ...(table ? { table: tableGrid(table.table) } : {}),
      children: [],
    };
    byId.set(id, block);
    const parent = path.length ? node(path[path.length - 1], path.slice(0, -1), containerKind(path[path.length - 1], outline)) : undefined;
    (parent ? parent.children : roots).push(block);
    return block;
  };
  for (const r of plan.records) {
    const block = node(r.id, r.path, r.kind);
    block.kind = r.kind;
    block.text = r.text;
  }
  for (const b of walk(roots)) {
    const n = numberOf(b.id);
    if (n !== undefined && b.kind !== 'paragraph' && b.kind !== 'preamble') b.number = n;
  }
  return { slug: plan.entry.slug, script: plan.entry.script, blocks: roots };
}

/** Every block of a tree, in document order. */
export function* walk(blocks: DataBlock[]): Generator<DataBlock> {
  for (const b of blocks) {
    yield b;
    yield* walk(b.children);
  }
}
