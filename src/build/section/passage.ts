/**
 * One section, article, box or table as a passage of its own (the per-section pages and their
 * preview images): which ids get a page, and each one's heading, place and opening text, from
 * the ingestion's outline and text records.
 */
import { outlineNodes } from '../../lib/outline-visit.ts';
import type { OutlineNode, PlanData } from '../../lib/plan-data.ts';
import type { Script } from '../../lib/plan-types.ts';

/** The kinds that get a page of their own (CONTRACT.md: section, article, box, table; chapters too). */
const OWN_PAGE = new Set<OutlineNode['kind']>(['chapter', 'section', 'article', 'box', 'table']);

export interface PagePassage {
  id: string;
  kind: OutlineNode['kind'];
  /** The printed number and title: "三、加快构建创新平台体系", "7. 增强创新策源能力。" */
  heading: Record<Script, string>;
  /** The title alone, without the number. */
  title: Record<Script, string>;
  /** The passage's own opening: its first paragraph (or a table's title and first cells). */
  opening: Record<Script, string>;
  /** The passage's ids, in order: itself and everything inside it. */
  ids: string[];
}

/** A record inside a note (表二's 注, a box's 注): ids `<parent>-note…` (src/lib/ids.ts). */
const inNote = (r: PlanData['records'][number]): boolean => /(^|-)note(-|$)/.test(r.id);

const listed = new WeakMap<PlanData, PagePassage[]>();

/** The plan's passages, in document order; worked out once per plan (every route lists them). */
export function passages(plan: PlanData): PagePassage[] {
  let list = listed.get(plan);
  if (!list) {
    list = listPassages(plan);
    listed.set(plan, list);
  }
  return list;
}

function listPassages(plan: PlanData): PagePassage[] {
  // Each record under every passage that holds it: one pass over the records, not one per passage.
  const inside = new Map<string, PlanData['records']>();
  for (const r of plan.records)
    for (const id of new Set([...r.path, r.id])) {
      const list = inside.get(id);
      if (list) list.push(r);
      else inside.set(id, [r]);
    }
  return [...outlineNodes(plan.outline)]
    .map(([n]) => n)
    .filter((n) => OWN_PAGE.has(n.kind))
    .map((n) => {
      const own = inside.get(n.id) ?? [];
      // The passage's own text, never a note under it (a table's 注 would become its preview).
      const text = own.filter((r) => !inNote(r));
      const first = text.find((r) => r.kind === 'paragraph') ?? own.find((r) => r.id === n.id);
      // An article's title is its lead sentence, which its first paragraph repeats; a table's
      // record opens with its label and title, which the page's title already says.
      const open = (s: Script) => {
        const body = first?.text[s] ?? '';
        const lead = [`${n.label[s]} ${n.title[s]}`, `${n.label[s]}${n.title[s]}`, n.title[s]].find((h) => h.trim() && body.startsWith(h));
        return (lead ? body.slice(lead.length).trim() : '') || body;
      };
      const heading = (s: Script) => `${n.label[s]}${n.kind === 'article' || n.kind === 'box' || n.kind === 'table' ? ' ' : ''}${n.title[s]}`.trim();
      return {
        id: n.id,
        kind: n.kind,
        heading: { hans: heading('hans'), hant: heading('hant') },
        title: n.title,
        opening: { hans: open('hans'), hant: open('hant') },
        ids: [n.id, ...own.map((r) => r.id).filter((id) => id !== n.id)],
      };
    });
}

/** The first `n` characters of a text, cut at a character (never inside a surrogate pair), with … where cut. */
export const opening = (text: string, n: number): string => {
  const chars = [...text];
  return chars.length > n ? `${chars.slice(0, n).join('')}…` : text;
};
