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

const FIG = /^[图圖](\d+)(?:-(\d+))?$/;

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
    const line = node.source.from;
    /** Gives the node its id; `run` names the numbering its number must continue. */
    const write = (id: string, run?: string) => {
      if (run !== undefined && 'num' in node && node.num !== undefined) record(run, node.num, line);
      node.id = unique(id, line);
    };
    const within = `in ${parent || 'the document'}`;
    switch (node.kind) {
      case 'paragraph': {
        const i = (paragraphs.get(container) ?? 0) + 1;
        paragraphs.set(container, i);
        return write(ids.paragraph(parent, i));
      }
      case 'part':
        return write(ids.part(node.num), 'part (篇) number');
      case 'chapter':
        return write(ids.chapter(node.num), 'chapter number');
      case 'section':
        return write(ids.section(ancestors.find((a) => a.kind === 'chapter')?.id, node.num), `section number ${within}`);
      case 'article':
        return write(ids.article(node.num));
      case 'item':
        return write(ids.item(parent, node.num), `item number ${within}`);
      case 'box':
        // 专栏1-1, 专栏1-2 … number within 专栏1's group; they do not continue the 专栏 run.
        return write(ids.box(node.num, node.sub), node.sub === undefined && node.label !== '专栏' ? 'box (专栏) number' : undefined);
      case 'table': {
        const annex = ancestors.find((a) => a.kind === 'annex');
        return write(
          ids.table(node.num, annex?.id, node.sub),
          // An unnumbered table (a web page's <table> without a 表N caption) takes the next number, outside the run.
          node.sub !== undefined || node.label === '' ? undefined : annex ? `table (表) number in ${annex.id}` : 'table (表) number',
        );
      }
      case 'figure': {
        const m = FIG.exec(node.label);
        return write(m ? ids.figure(Number(m[1]), m[2] === undefined ? undefined : Number(m[2])) : 'fig');
      }
      case 'note':
        return write(ids.note(parent));
      case 'annex':
        return write(ids.annex(node.num));
    }
  });

  for (const [what, run] of runs) {
    run.forEach((x, i) => {
      const expected = i === 0 ? 1 : run[i - 1].num + 1;
      if (x.num !== expected) warn(file, `${what} ${x.num} follows ${i === 0 ? 'nothing' : run[i - 1].num} (expected ${expected})`, x.line);
    });
  }
}
