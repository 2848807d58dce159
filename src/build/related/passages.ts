/**
 * The units relations are computed between: every chapter, section, article, box and table of
 * a plan, with its heading, the title of its chapter and its body text, read from the
 * ingestion's records (never from HTML). A passage's text is its records joined by newlines,
 * in both scripts. A chapter is scored as a unit on its whole text (its children's included),
 * through the indexes of its records (`records`), and keeps no text of its own: its children
 * carry the shared wording, and a second copy of every plan's text would double the memory at
 * 1,000 plans. A table is scored on its indicators' names (the words a passage stating the same
 * indicator uses), not on its figures.
 */
import { outlineNodes } from '../../lib/outline-visit.ts';
import type { OutlineNode, PlanData } from '../../lib/plan-data.ts';
import type { Script } from '../../lib/plan-types.ts';
import { passageLabel } from '../../lib/related/labels.ts';
import { convertText } from '../convert.ts';

export type PassageKind = 'chapter' | 'section' | 'article' | 'box' | 'table';

export interface Passage {
  /** Index of the plan in the corpus (catalog order). */
  plan: number;
  id: string;
  kind: PassageKind;
  /** As a reader cites it: "第31条", "十一（三）", "专栏三", "七、". */
  label: Record<Script, string>;
  title: Record<Script, string>;
  /** The enclosing chapter's title (context for the similarity), simplified script. */
  chapterTitle: string;
  /** Body in both scripts: its records' text joined by "\n" (when read); empty for a chapter (see `records`). */
  text: Record<Script, string>;
  /** Indexes into the plan's records of the text scored (a table: none, its `text` is its indicators' names). */
  records: number[];
  /** Ids of the enclosing passages, outermost first (a box inside a section, an article inside a section). */
  within: string[];
  /** Offered as a match (every passage unless a variant measured says otherwise). */
  target: boolean;
  /**
   * A theme's whole treatment: a chapter, or a section that holds articles. Ranked in a slot of
   * its own beside the precise passages (themes.ts), so naming one never displaces them.
   */
  broad: boolean;
  /** Takes part in shared wording (sections, articles, boxes that hold no articles: a container's wording is its children's). */
  wording: boolean;
}

const PASSAGE_KINDS = new Set<OutlineNode['kind']>(['chapter', 'section', 'article', 'box', 'table']);

/** A table's indicators by name, simplified script, the unit in brackets dropped ("地区生产总值(亿元)" → "地区生产总值"). */
function indicatorNames(plan: PlanData, id: string): string {
  const table = plan.tables.find((t) => t.id === id);
  if (!table) return '';
  const toHans = (s: string) => (plan.entry.script === 'hans' ? s : convertText(s, 'hant', 'hans'));
  const names = table.table.groups.flatMap((g) => [g.category ?? '', ...g.rows.map((r) => r.name)]);
  const body = (table.table.body ?? []).flatMap((row) => row.filter((c) => c.header || Number.isNaN(Number(c.text))).map((c) => c.text));
  return [toHans(table.title), ...[...names, ...body].map((n) => toHans(n.replace(/[（(][^（）()]*[）)]$/, '')))].filter(Boolean).join('\n');
}

/**
 * A passage's text, joined from the plan's records when read: a joined copy of every passage in
 * both scripts was ~100 MB at 1,000 plans, all of it already in the records. Read once per
 * fingerprinting and once per alignment.
 */
function joinedText(plan: PlanData, records: readonly number[]): Record<Script, string> {
  const join = (s: Script) => records.map((k) => plan.records[k].text[s]).join('\n');
  return {
    get hans() {
      return join('hans');
    },
    get hant() {
      return join('hant');
    },
  };
}

/** The chapters, sections, articles, boxes and tables of one plan, in document order. */
export function planPassages(plan: PlanData, planIndex: number): Passage[] {
  const inside = new Map<string, number[]>();
  plan.records.forEach((r, k) => {
    for (const owner of new Set([...r.path, r.id])) {
      const list = inside.get(owner);
      if (list) list.push(k);
      else inside.set(owner, [k]);
    }
  });
  const out: Passage[] = [];
  for (const [node, ancestors] of outlineNodes(plan.outline)) {
    if (!PASSAGE_KINDS.has(node.kind)) continue;
    // The chapter it is in (or is), and the passages around it, outermost first.
    const ch = [...ancestors, node].findLast((n) => n.kind === 'chapter');
    const kind = node.kind as PassageKind;
    const holdsArticles = node.children.some((c) => c.kind === 'article');
    const records = kind === 'table' ? [] : (inside.get(node.id) ?? []);
    const names = kind === 'table' ? indicatorNames(plan, node.id) : '';
    const text = kind === 'chapter' ? { hans: '', hant: '' } : kind === 'table' ? { hans: names, hant: names } : joinedText(plan, records);
    out.push({
      plan: planIndex,
      id: node.id,
      kind,
      label: { hans: passageLabel(node, ch, 'hans'), hant: passageLabel(node, ch, 'hant') },
      title: node.title,
      chapterTitle: ch?.title.hans ?? '',
      text,
      records,
      within: ancestors.filter((a) => PASSAGE_KINDS.has(a.kind)).map((a) => a.id),
      target: true,
      broad: kind === 'chapter' || holdsArticles,
      wording: (kind === 'section' || kind === 'article' || kind === 'box') && !holdsArticles,
    });
  }
  return out;
}
