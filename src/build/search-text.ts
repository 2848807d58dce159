/**
 * Build time (Node): the passages' text as the search ships it — text fragments cut by size
 * across plans in passage order, and one passage table per plan (types.ts TextFragment,
 * PassageTable). A results page fetches the table of each plan it paints (a few hundred
 * bytes: lengths for ranking, where each passage is) and then only the fragments holding the
 * passages it paints, never a whole plan.
 *
 * Plan by plan: fragments are written as they fill, so memory holds one plan and one fragment.
 */
import type { PlanData } from '../lib/plan-data.ts';
import type { Script } from '../lib/plan-types.ts';
import { SCRIPTS } from '../lib/script.ts';
import type { Normaliser } from '../lib/search/normalise.ts';
import { FORMAT, type PassageTable, type TextFragment } from '../lib/search/types.ts';
import { tableRowsText } from './search-table-text.ts';

/**
 * A fragment is closed before the passage that would take it past this many bytes of JSON
 * text (a longer passage gets a fragment of its own). Small, because a results page paints a
 * few passages from each of a few plans: 4 KB is ~2 KB gzipped, ~6 passages (the cost of a
 * painted passage is about its fragment), at ~23 files per plan and script.
 */
export const FRAGMENT_BYTES = 4 * 1024;

/** Per passage, the index of its nearest enclosing heading passage (−1: none). */
export function headings(plan: PlanData): number[] {
  const position = new Map(plan.records.map((r, i) => [r.id, i]));
  return plan.records.map((r) => {
    for (let k = r.path.length - 1; k >= 0; k--) {
      const at = position.get(r.path[k]);
      if (at !== undefined) return at;
    }
    return -1;
  });
}

/** One file as made: a table (by plan) or a fragment (by number and script), and its JSON. */
export type TextFile = { kind: 'table'; slug: string; json: string } | { kind: 'fragment'; n: number; script: Script; json: string };

export interface TextSizes {
  /** Per plan (manifest order), its passages' bytes of JSON text per script. */
  bytes: Record<Script, number>[];
  fragments: number;
}

interface Open {
  first: number;
  ids: string[];
  up: number[];
  text: Record<Script, string[]>;
  heads: Record<Script, Record<string, [string, number]>>;
  size: number;
}

/**
 * The text files for these plans, in order (a plan's table once its passages are placed,
 * fragments as they close). `sizes` is filled in as it goes.
 */
export function* textFiles(plans: Iterable<PlanData>, normaliser: Normaliser, sizes: TextSizes = { bytes: [], fragments: 0 }): Generator<TextFile> {
  let open: Open | undefined;
  let n = 0;
  let start = 0;
  const close = function* (): Generator<TextFile> {
    if (!open) return;
    for (const script of SCRIPTS) {
      const f: TextFragment = { v: FORMAT, first: open.first, ids: open.ids, up: open.up, text: open.text[script], heads: open.heads[script] };
      yield { kind: 'fragment', n, script, json: JSON.stringify(f) };
    }
    n++;
    open = undefined;
  };
  for (const plan of plans) {
    const up = headings(plan);
    const text = tableRowsText(plan);
    const table: PassageTable = { v: FORMAT, start, len: [], frag: n, cuts: [] };
    const bytes = { hans: 0, hant: 0 };
    for (const [rec, r] of plan.records.entries()) {
      const size = Buffer.byteLength(JSON.stringify(text[rec].hans)) + r.id.length + 8;
      if (open && open.size + size > FRAGMENT_BYTES) yield* close();
      if (!open) {
        open = { first: start + rec, ids: [], up: [], text: { hans: [], hant: [] }, heads: { hans: {}, hant: {} }, size: 0 };
        if (rec > 0) table.cuts.push(rec);
      }
      // The open fragment is always number n.
      if (rec === 0) table.frag = n;
      open.ids.push(r.id);
      open.up.push(up[rec] < 0 ? -1 : start + up[rec]);
      open.size += size;
      for (const script of SCRIPTS) {
        open.text[script].push(text[rec][script]);
        bytes[script] += Buffer.byteLength(JSON.stringify(text[rec][script])) + r.id.length + 8;
        // The enclosing headings outside this fragment, with their own ups (the path's chain).
        for (let h = up[rec]; h >= 0; h = up[h]) if (start + h < open.first) open.heads[script][start + h] = [text[h][script], up[h] < 0 ? -1 : start + up[h]];
      }
      table.len.push(normaliser.text(r.text.hans).length);
    }
    sizes.bytes.push(bytes);
    start += plan.records.length;
    yield { kind: 'table', slug: plan.entry.slug, json: JSON.stringify(table) };
  }
  yield* close();
  sizes.fragments = n;
}
