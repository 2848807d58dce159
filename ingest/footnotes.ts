/**
 * Stage 4b — footnote reference numbers.
 *
 * Footnote reference numbers fused to the text (`“五企”1培育体系`) point to a glossary
 * (附件：名词解释) that the saved page does not include. They run 1, 2, 3 … through the
 * document, which is what tells them apart from quantities (`3家`, `10分钟`): a candidate is
 * a number right after a Chinese character or closing quote, followed by Chinese text or
 * punctuation but not by a measure word, and it must be the next number in the sequence.
 */
import type { Inline, Paragraph, PlanDocument } from '../src/lib/plan-types.ts';
import { visit } from '../src/lib/plan-visit.ts';
import type { IngestFile } from './ingest-file.ts';

const CANDIDATE = /(?<=[\u4e00-\u9fff”」』）)])(\d{1,2})(?=[\u4e00-\u9fff，、。；：,;:])/gu;
/** Measure words and units that make a number a quantity, not a reference. */
const QUANTITY =
  /^(个|家|项|年|岁|万|亿|千|百|分钟|小时|人|元|平方|米|天|日|月|次|所|座|条|级|名|户|公里|吨|倍|类|张|台|辆|套|间|处|期|批|届|号|层|片|亩|公顷|度|周|点|成)/;

function splitText(value: string, next: { n: number }): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of value.matchAll(CANDIDATE)) {
    const n = Number(m[1]);
    const after = value.slice((m.index ?? 0) + m[1].length);
    if (n !== next.n || QUANTITY.test(after)) continue;
    const at = m.index ?? 0;
    if (at > last) out.push({ type: 'text', value: value.slice(last, at) });
    out.push({ type: 'fnref', n, raw: m[1] });
    last = at + m[1].length;
    next.n++;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

function inParagraph(p: Paragraph, next: { n: number }): void {
  const map = (inlines: Inline[] | undefined) => inlines?.flatMap((i) => (i.type === 'text' ? splitText(i.value, next) : [i]));
  if (p.lead) p.lead = map(p.lead);
  p.content = map(p.content) ?? [];
}

/** Marks footnote references in place, in a plan with a glossary attachment only; counts them in `file`. */
export function markFootnotes(tree: PlanDocument, file: IngestFile): void {
  if (!hasGlossary(tree)) return;
  const next = { n: 1 };
  visit(tree, (node) => {
    if (node.kind === 'paragraph') inParagraph(node, next);
  });
  file.footnoteRefs = next.n - 1;
}

/** A document has footnote references when it carries a glossary attachment. */
const hasGlossary = (doc: PlanDocument): boolean =>
  doc.body.some((b) => b.kind === 'annex' && b.title.some((i) => i.type === 'text' && /名词解释|名詞解釋/.test(i.value)));
