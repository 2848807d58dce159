/**
 * Stage 5 — assign ids from the document's own numbering, in the grammar of src/lib/ids.ts
 * (docs/CONTRACT.md, "Anchors inside a plan"). A reader citing 第三章（二） or 第7条 can build
 * the link by hand, and an id does not move when unrelated text changes. Skipped or repeated
 * numbers are reported, never renumbered; a repeated number gets a visible "-dup<k>" suffix
 * so every id stays unique.
 */
import { ids } from '../src/lib/ids.ts';
import type { PlanDocument } from '../src/lib/plan-types.ts';
import { type PlanNode, visit } from '../src/lib/plan-visit.ts';
import { type IngestFile, warn } from './ingest-file.ts';

interface Numbered {
  num: number;
  line: number;
}

const FIG = /^图(\d+)-(\d+)$/;

export function assignIds(tree: PlanDocument, file: IngestFile): void {
  const seen = new Map<string, number>();
  const unique = (id: string, line: number): string => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count === 1) return id;
    const dup = ids.duplicate(id, count);
    warn(file, `the number behind id "${id}" appears again; this one is "${dup}"`, line);
    return dup;
  };

  // Numbers that must run 1, 2, 3 …: through the document, or within one container.
  const runs = new Map<string, Numbered[]>();
  const record = (what: string, num: number, line: number) => {
    const run = runs.get(what) ?? [];
    run.push({ num, line });
    runs.set(what, run);
  };
  const paragraphs = new Map<PlanNode | undefined, number>();

  visit(tree, (node, ancestors) => {
    if (node.kind === 'preamble') return;
    const container = ancestors[ancestors.length - 1];
    const parent = container?.id ?? '';
    const chapter = ancestors.find((a) => a.kind === 'chapter')?.id;
    const line = node.source.from;
    switch (node.kind) {
      case 'paragraph': {
        const i = (paragraphs.get(container) ?? 0) + 1;
        paragraphs.set(container, i);
        node.id = unique(ids.paragraph(parent, i), line);
        return;
      }
      case 'chapter':
        record('chapter number', node.num, line);
        node.id = unique(ids.chapter(node.num), line);
        return;
      case 'section':
        record(`section number in ${parent || 'the document'}`, node.num, line);
        node.id = unique(ids.section(chapter, node.num), line);
        return;
      case 'article':
        node.id = unique(ids.article(node.num), line);
        return;
      case 'item':
        record(`item number in ${parent || 'the document'}`, node.num, line);
        node.id = unique(ids.item(parent, node.num), line);
        return;
      case 'box':
        record('box (专栏) number', node.num, line);
        node.id = unique(ids.box(node.num), line);
        return;
      case 'table':
        record('table (表) number', node.num, line);
        node.id = unique(ids.table(node.num), line);
        return;
      case 'figure': {
        const m = FIG.exec(node.label);
        node.id = unique(m ? ids.figure(Number(m[1]), Number(m[2])) : 'fig', line);
        return;
      }
      case 'note':
        node.id = unique(ids.note(parent), line);
        return;
      case 'annex':
        node.id = unique(ids.annex(node.num), line);
        return;
    }
  });

  for (const [what, run] of runs) {
    run.forEach((x, i) => {
      const expected = i === 0 ? 1 : run[i - 1].num + 1;
      if (x.num !== expected) warn(file, `${what} ${x.num} follows ${i === 0 ? 'nothing' : run[i - 1].num} (expected ${expected})`, x.line);
    });
  }
}
