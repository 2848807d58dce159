/** Helpers for tests: the text of a document tree in reading order, and a comparison fold. */
import type { Block, Inline, PlanDocument } from '../../src/lib/plan-types.ts';

const inl = (xs: Inline[] | undefined) => (xs ?? []).map((i) => (i.type === 'text' ? i.value : i.raw)).join('');

/** Every piece of text the document shows, in order, footnote numbers included as printed. */
export function documentPieces(doc: PlanDocument): string[] {
  const out: string[] = [];
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      switch (b.kind) {
        case 'paragraph':
          out.push(inl(b.lead) + inl(b.content));
          break;
        case 'part':
        case 'chapter':
        case 'section':
          out.push(b.label + inl(b.title));
          walk(b.children);
          break;
        case 'article':
        case 'item':
          out.push(b.label);
          walk(b.children);
          break;
        case 'box':
          out.push(b.label + inl(b.title));
          walk(b.children);
          break;
        case 'table': {
          out.push(b.label + inl(b.title));
          for (const row of b.table.headerRows) for (const c of row) out.push(c.text);
          // A unit is table text only where the table prints a unit column; otherwise it is
          // read from the bracket in the indicator name.
          const unitColumn = b.table.headerRows.some((row) => row.some((c) => c.text === '单位'));
          let prev: { no?: string; parent?: string } = {};
          for (const g of b.table.groups) {
            if (g.category) out.push(g.category);
            for (const r of g.rows) {
              // Sub-rows share the number and parent label printed once (城镇化率 › 常住/户籍).
              const no = r.no !== undefined && r.no === prev.no ? '' : (r.no ?? '');
              const parent = r.parent !== undefined && r.parent === prev.parent ? '' : (r.parent ?? '');
              prev = r;
              out.push(...[no, parent, r.name, unitColumn ? (r.unit ?? '') : '', ...b.table.columns.map((c) => r.cells[c.key]?.raw ?? ''), r.attribute ?? '']);
            }
          }
          // A table drawn as printed (an HTML table that is not an indicator table).
          for (const row of b.table.body ?? []) for (const c of row) out.push(c.text);
          walk(b.children);
          break;
        }
        case 'figure':
          out.push(b.label + inl(b.caption));
          break;
        case 'note':
          walk(b.children);
          break;
        case 'annex':
          out.push(inl(b.title));
          walk(b.children);
          break;
      }
    }
  };
  walk(doc.preamble.children);
  walk(doc.body);
  return out;
}

/** Fold width (NFKC: ，→, （→( ) and drop white space: what the ingestion may change. */
export const fold = (s: string): string => s.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
