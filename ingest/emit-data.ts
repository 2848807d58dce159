/**
 * Stage 7 — the structured data search, compare and charts use, so nothing downstream
 * re-parses MDX: the outline (for the generated table of contents), the rebuilt tables, and
 * one plain-text record per addressable block, in both scripts.
 */
import type { CatalogEntry } from '../src/lib/catalog-schema.ts';
import { cutCodePoints } from '../src/lib/code-points.ts';
import { convertText } from '../src/build/convert.ts';
import type { OutlineNode, PlanCounts, PlanData, PlanTable } from '../src/lib/plan-data.ts';
import type { Block, PlanDocument, Script, TextRecord } from '../src/lib/plan-types.ts';
import type { TargetRecord } from '../src/lib/targets/types.ts';
import { inlineText, type PlanNode, SKIP, visit } from '../src/lib/plan-visit.ts';
import { planLength } from '../src/lib/text-length.ts';

/** Plain text of inline content; footnote numbers are references, not words. */

const both = (text: string, original: Script): Record<Script, string> => ({
  hans: convertText(text, original, 'hans'),
  hant: convertText(text, original, 'hant'),
});

function blockText(b: Block): string | undefined {
  switch (b.kind) {
    case 'paragraph':
      return inlineText(b.lead) + inlineText(b.content);
    case 'part':
    case 'chapter':
    case 'section':
      return b.label + inlineText(b.title);
    case 'box':
      return `${b.label} ${inlineText(b.title)}`;
    case 'figure':
      return `${b.label} ${inlineText(b.caption)}`;
    case 'annex':
      return inlineText(b.title);
    case 'table': {
      const cells = b.table.groups.flatMap((g) => [
        g.category ?? '',
        ...g.rows.flatMap((r) => [r.parent ?? '', r.name, r.unit ?? '', ...Object.values(r.cells).map((c) => c.raw), r.attribute ?? '']),
      ]);
      // A table drawn as printed has its cells in its rows, header rows first.
      const printed = b.table.body ? [...b.table.headerRows, ...b.table.body].flat().map((c) => c.text) : [];
      return [`${b.label} ${inlineText(b.title)}`.trim(), ...cells, ...printed].filter(Boolean).join(' ');
    }
    default:
      return undefined;
  }
}

function textRecords(doc: PlanDocument, original: Script): TextRecord[] {
  const records: TextRecord[] = [];
  visit(doc, (node, ancestors) => {
    if (node.kind === 'preamble') return;
    const text = blockText(node);
    const inPreamble = ancestors[0]?.kind === 'preamble';
    if (text !== undefined && text.trim() !== '') {
      records.push({ id: node.id, kind: inPreamble ? 'preamble' : node.kind, path: ancestors.map((a) => a.id), text: both(text, original) });
    }
  });
  return records;
}

type Outlined = Extract<Block, { kind: OutlineNode['kind'] }>;
const OUTLINE_KINDS: readonly string[] = ['part', 'chapter', 'section', 'article', 'box', 'table', 'annex'] satisfies OutlineNode['kind'][];
const inOutline = (b: PlanNode): b is Outlined => OUTLINE_KINDS.includes(b.kind);

/** The generated contents: headings and numbered blocks, nested as in the document. */
export function outline(doc: PlanDocument, original: Script): OutlineNode[] {
  const root: OutlineNode[] = [];
  const nodes = new Map<PlanNode, OutlineNode>();
  visit(doc, (b, ancestors) => {
    if (!inOutline(b)) return SKIP;
    const first = b.kind === 'article' ? b.children[0] : undefined;
    const title =
      b.kind !== 'article' ? inlineText(b.title) : first?.kind === 'paragraph' ? inlineText(first.lead) || cutCodePoints(inlineText(first.content), 24) : '';
    const node: OutlineNode = { id: b.id, kind: b.kind, label: both(b.kind === 'annex' ? '' : b.label, original), title: both(title, original), children: [] };
    const parent = ancestors[ancestors.length - 1];
    (parent ? nodes.get(parent)?.children : root)?.push(node);
    nodes.set(b, node);
    // Only chapters and sections nest further entries.
    if (b.kind !== 'chapter' && b.kind !== 'section') return SKIP;
  });
  return root;
}

export function planData(entry: CatalogEntry, doc: PlanDocument, counts: PlanCounts, catalogIndex: number, targets: TargetRecord[] = []): PlanData {
  const records = textRecords(doc, entry.script);
  const tables: PlanTable[] = [];
  visit(doc, (b) => {
    if (b.kind !== 'table') return;
    const note = b.children[0];
    tables.push({
      id: b.id,
      label: b.label,
      title: inlineText(b.title),
      table: b.table,
      note: note ? note.children.map((c) => (c.kind === 'paragraph' ? inlineText(c.content) : '')).join('') : undefined,
    });
  });
  const charCount = planLength(records.map((r) => r.text[entry.script]));
  return { entry, catalogIndex, counts, charCount, outline: outline(doc, entry.script), tables, records, targets };
}
