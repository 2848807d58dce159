/**
 * Stage 6b — the structured data search, compare and charts use, so nothing downstream
 * re-parses MDX: the outline (for the generated table of contents), the rebuilt tables, and
 * one plain-text record per addressable block, in both scripts.
 */
import type { CatalogEntry } from '../src/lib/catalog-schema.ts';
import type { OutlineNode, PlanData, PlanTable } from '../src/lib/plan-data.ts';
import type { Block, Inline, PlanDocument, Script, TextRecord } from '../src/lib/plan-types.ts';
import { convertText } from '../src/build/convert.ts';
import type { StructureCounts } from './pipeline.ts';

/** Plain text of inline content; footnote numbers are references, not words. */
export const plainText = (inlines: Inline[] | undefined): string => (inlines ?? []).map((i) => (i.type === 'text' ? i.value : '')).join('');

const both = (text: string, original: Script): Record<Script, string> => ({
  hans: convertText(text, original, 'hans'),
  hant: convertText(text, original, 'hant'),
});

function blockText(b: Block): string | undefined {
  switch (b.kind) {
    case 'paragraph':
      return plainText(b.lead) + plainText(b.content);
    case 'chapter':
    case 'section':
      return b.label + plainText(b.title);
    case 'box':
      return `${b.label} ${plainText(b.title)}`;
    case 'figure':
      return `${b.label} ${plainText(b.caption)}`;
    case 'annex':
      return plainText(b.title);
    case 'table': {
      const cells = b.table.groups.flatMap((g) => [
        g.category ?? '',
        ...g.rows.flatMap((r) => [r.parent ?? '', r.name, r.unit ?? '', ...Object.values(r.cells).map((c) => c.raw), r.attribute ?? '']),
      ]);
      return [`${b.label} ${plainText(b.title)}`, ...cells.filter(Boolean)].join(' ');
    }
    default:
      return undefined;
  }
}

export function textRecords(doc: PlanDocument, original: Script): TextRecord[] {
  const records: TextRecord[] = [];
  const push = (id: string, kind: TextRecord['kind'], path: string[], text: string) => {
    if (text.trim() !== '') records.push({ id, kind, path, text: both(text, original) });
  };
  for (const p of doc.preamble.children) push(p.id, 'preamble', ['preamble'], blockText(p) ?? '');
  const walk = (blocks: Block[], path: string[]) => {
    for (const b of blocks) {
      const text = blockText(b);
      if (text !== undefined) push(b.id, b.kind, path, text);
      if (b.kind === 'table' && b.note) walk(b.note.children, [...path, b.id, b.note.id]);
      if ('children' in b) walk(b.children as Block[], [...path, b.id]);
    }
  };
  walk(doc.body, []);
  return records;
}

export function outline(doc: PlanDocument, original: Script): OutlineNode[] {
  const node = (b: Block): OutlineNode | undefined => {
    const title = (s: string) => both(s, original);
    switch (b.kind) {
      case 'chapter':
      case 'section':
        return {
          id: b.id,
          kind: b.kind,
          label: both(b.label, original),
          title: title(plainText(b.title)),
          children: b.children.map(node).filter((n): n is OutlineNode => n !== undefined),
        };
      case 'article':
        return {
          id: b.id,
          kind: b.kind,
          label: both(b.label, original),
          title: title(plainText(b.children[0]?.lead) || plainText(b.children[0]?.content).slice(0, 24)),
          children: [],
        };
      case 'box':
        return { id: b.id, kind: b.kind, label: both(b.label, original), title: title(plainText(b.title)), children: [] };
      case 'table':
        return { id: b.id, kind: b.kind, label: both(b.label, original), title: title(plainText(b.title)), children: [] };
      case 'annex':
        return { id: b.id, kind: b.kind, label: both('', original), title: title(plainText(b.title)), children: [] };
      default:
        return undefined;
    }
  };
  return doc.body.map(node).filter((n): n is OutlineNode => n !== undefined);
}

export function planData(entry: CatalogEntry, doc: PlanDocument, counts: StructureCounts, catalogIndex: number): PlanData {
  const records = textRecords(doc, entry.script);
  const tables: PlanTable[] = [];
  const collect = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'table')
        tables.push({
          id: b.id,
          label: b.label,
          title: plainText(b.title),
          table: b.table,
          note: b.note ? b.note.children.map((c) => (c.kind === 'paragraph' ? plainText(c.content) : '')).join('') : undefined,
        });
      if ('children' in b) collect(b.children as Block[]);
    }
  };
  collect(doc.body);
  // Length of the plan text proper: body and preamble paragraphs, not headings or tables.
  const charCount = records
    .filter((r) => r.kind === 'paragraph' || r.kind === 'preamble')
    .reduce((n, r) => n + [...r.text[entry.script].replace(/\s/g, '')].length, 0);
  return { entry, catalogIndex, counts, charCount, outline: outline(doc, entry.script), tables, records };
}
