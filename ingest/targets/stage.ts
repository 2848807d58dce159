/**
 * Stage 6c — targets (docs/TARGETS.md): every figure the plan sets or reports, from its
 * indicator tables (./table.ts) and its sentences (./text.ts), as the contract's Targets
 * records, into `file.targets`. Where a figure stands decides what it is: in the review of the
 * last period (发展基础, “十三五”时期…取得成就) an achievement (`actual`); under 二〇三五年远景目标 a
 * target for 2035; elsewhere a target for the year its sentence names, else the plan's final
 * year. What the rules cannot read is reported as a warning with its line, never guessed.
 */
import { convertText } from '../../src/build/convert.ts';
import type { Paragraph, PlanDocument } from '../../src/lib/plan-types.ts';
import { inlineText, type PlanNode, visit } from '../../src/lib/plan-visit.ts';
import type { TargetRecord } from '../../src/lib/targets/types.ts';
import { type IngestFile, warn } from '../ingest-file.ts';
import { headingYear, isReviewHeading, isReviewOpening, periodEnd } from './context.ts';
import { tableTargets } from './table.ts';
import { sentences, sentenceTargets } from './text.ts';

const paragraphText = (p: Paragraph): string => inlineText(p.lead) + inlineText(p.content);

/** The heading of a container, as printed. */
function titleOf(node: PlanNode): string | undefined {
  if (node.kind === 'chapter' || node.kind === 'section' || node.kind === 'part' || node.kind === 'box' || node.kind === 'annex') return inlineText(node.title);
  if (node.kind === 'article' || node.kind === 'item') {
    const first = node.children[0];
    return first?.kind === 'paragraph' ? inlineText(first.lead) : undefined;
  }
  return undefined;
}

/** Worth reading: a paragraph with a digit, 百分之…, 翻番 or 千亿/万亿 in it. */
const MAY_HOLD_FIGURE = /[0-9０-９]|百分之|翻[一两]?番|[千百万]亿/;
const SKIPPED_STYLES = new Set(['title', 'addressee', 'signature', 'date']);

/** A paragraph about one industry, project or area rather than the plan's place: its lead, or its opening 汽车机械产业…. */
function subjectOf(p: Paragraph, text: string, inBox: boolean): string | undefined {
  // A box item's lead names its project (防洪保安工程。); elsewhere a lead sums up a section.
  if (inBox && p.lead && p.lead.length > 0) return inlineText(p.lead).replace(/[。.]$/, '');
  return /^[^，。；]{2,14}?(?:产业|行业|工程|港区|园区|开发区)/.exec(text)?.[0];
}

export function extractTargets(tree: PlanDocument, file: IngestFile): void {
  const { entry } = file;
  const plan = tree.slug;
  const finalYear = entry.years[1];
  const firstYear = entry.years[0];
  const records: TargetRecord[] = [];
  const converted = new Map<string, string>();
  const toHans = (s: string): string => {
    if (entry.script === 'hans') return s;
    const known = converted.get(s);
    if (known !== undefined) return known;
    const c = convertText(s, entry.script, 'hans');
    converted.set(s, c);
    return c;
  };
  visit(tree, (node, ancestors) => {
    if (node.kind === 'table') {
      if (node.table.columns.length === 0) return;
      const { records: rows, problems } = tableTargets(plan, node, finalYear);
      records.push(...rows);
      for (const p of problems) warn(file, p.message, node.source.from);
      return;
    }
    if (node.kind !== 'paragraph' || ancestors.some((a) => a.kind === 'preamble' || a.kind === 'note' || a.kind === 'figure')) return;
    if (SKIPPED_STYLES.has(node.style)) return;
    const original = paragraphText(node);
    if (!MAY_HOLD_FIGURE.test(original)) return;
    // A traditional plan: only the sentences that may hold a figure, the opening and the headings are converted.
    const said = sentences(original)
      .filter((s) => MAY_HOLD_FIGURE.test(s))
      .map(toHans);
    const opening = toHans(original.slice(0, 200));
    const convertedTitles = ancestors.map(titleOf).flatMap((t) => (t === undefined ? [] : [toHans(t)]));
    const review = convertedTitles.some(isReviewHeading) || isReviewOpening(opening, entry.period);
    const year = headingYear(convertedTitles);
    const ctx = {
      plan,
      id: node.id,
      kind: review ? ('actual' as const) : ('target' as const),
      targetYear: year ?? finalYear,
      actualYear: review && year !== undefined && year < firstYear ? year : review ? Math.min(firstYear - 1, periodEnd(entry.period - 1)) : firstYear - 1,
      firstYear,
      subject: subjectOf(
        node,
        opening,
        ancestors.some((a) => a.kind === 'box'),
      ),
    };
    for (const s of said) {
      const { records: found, problems } = sentenceTargets(s, ctx);
      records.push(...found);
      for (const p of problems) warn(file, p.message, node.source.from);
    }
  });
  file.targets = records;
}
