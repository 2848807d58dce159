/** The one tree walk: document order, ancestors, SKIP, and a table's note reached like any child. */
import { describe, expect, it } from 'vitest';
import type { Paragraph, PlanDocument } from '../../src/lib/plan-types.ts';
import { SKIP, visit } from '../../src/lib/plan-visit.ts';

const span = { from: 1, to: 1 };
const para = (id: string): Paragraph => ({ kind: 'paragraph', id, style: 'plain', content: [], source: span });
const doc: PlanDocument = {
  slug: 'x',
  preamble: { kind: 'preamble', id: 'preamble', children: [para('preamble-p1')] },
  body: [
    {
      kind: 'chapter',
      id: 'c1',
      num: 1,
      label: '一、',
      title: [],
      source: span,
      children: [
        {
          kind: 'table',
          id: 'table1',
          num: 1,
          label: '表一',
          title: [],
          table: { headerRows: [], columns: [], groups: [], rebuiltBy: 'rules' },
          source: span,
          children: [{ kind: 'note', id: 'table1-note', tableMissing: false, source: span, children: [para('table1-note-p1')] }],
        },
        para('c1-p1'),
      ],
    },
  ],
};

describe('visit', () => {
  it('walks preamble then body, parents before children, with their ancestors', () => {
    const seen: string[] = [];
    visit(doc, (node, ancestors) => {
      seen.push([...ancestors.map((a) => a.id), node.id].join('/'));
    });
    expect(seen).toEqual(['preamble', 'preamble/preamble-p1', 'c1', 'c1/table1', 'c1/table1/table1-note', 'c1/table1/table1-note/table1-note-p1', 'c1/c1-p1']);
  });

  it('leaves out the children of a node whose visitor returns SKIP', () => {
    const seen: string[] = [];
    visit(doc, (node) => {
      seen.push(node.id);
      if (node.kind === 'table') return SKIP;
    });
    expect(seen).toEqual(['preamble', 'preamble-p1', 'c1', 'table1', 'c1-p1']);
  });
});
