/**
 * The units relations are computed between: every section, article and box of a plan, with
 * its heading, the title of its chapter and its body text, read from the ingestion's records
 * (never from HTML). A passage's text is its records joined by newlines, in both scripts.
 */
import { outlineNodes } from '../../lib/outline-visit.ts';
import type { OutlineNode, PlanData } from '../../lib/plan-data.ts';
import type { Script } from '../../lib/plan-types.ts';
import { passageLabel } from '../../lib/related/labels.ts';

export type PassageKind = 'section' | 'article' | 'box';

export interface Passage {
  /** Index of the plan in the corpus (catalog order). */
  plan: number;
  id: string;
  kind: PassageKind;
  /** As a reader cites it: "第31条", "十一（三）", "专栏三". */
  label: Record<Script, string>;
  title: Record<Script, string>;
  /** The enclosing chapter's title (context for the similarity), simplified script. */
  chapterTitle: string;
  /** Body in both scripts: its records' text joined by "\n". */
  text: Record<Script, string>;
  /** Ids of the enclosing passages, outermost first (a box inside a section, an article inside a section). */
  within: string[];
  /** False for a section that holds articles: relations point to its articles instead. */
  target: boolean;
}

const PASSAGE_KINDS = new Set<OutlineNode['kind']>(['section', 'article', 'box']);

/** The sections, articles and boxes of one plan, in document order. */
export function planPassages(plan: PlanData, planIndex: number): Passage[] {
  const texts = new Map<string, { hans: string[]; hant: string[] }>();
  for (const r of plan.records) {
    for (const owner of new Set([...r.path, r.id])) {
      let t = texts.get(owner);
      if (!t) {
        t = { hans: [], hant: [] };
        texts.set(owner, t);
      }
      t.hans.push(r.text.hans);
      t.hant.push(r.text.hant);
    }
  }
  const out: Passage[] = [];
  for (const [node, ancestors] of outlineNodes(plan.outline)) {
    if (!PASSAGE_KINDS.has(node.kind)) continue;
    // The chapter it is in (or is), and the passages around it, outermost first.
    const ch = [...ancestors, node].findLast((n) => n.kind === 'chapter');
    const t = texts.get(node.id) ?? { hans: [], hant: [] };
    out.push({
      plan: planIndex,
      id: node.id,
      kind: node.kind as PassageKind,
      label: { hans: passageLabel(node, ch, 'hans'), hant: passageLabel(node, ch, 'hant') },
      title: node.title,
      chapterTitle: ch?.title.hans ?? '',
      text: { hans: t.hans.join('\n'), hant: t.hant.join('\n') },
      within: ancestors.filter((a) => PASSAGE_KINDS.has(a.kind)).map((a) => a.id),
      target: !node.children.some((c) => c.kind === 'article'),
    });
  }
  return out;
}
