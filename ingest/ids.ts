/**
 * Stage 4 — assign ids from the document's own numbering (CONTRACT.md, "Anchors"):
 *   preamble-p<i> · c<n> · c<n>-s<m> · a<k> · <parent>-i<k> · box<N> · table<N> · fig<X>-<Y>
 *   <parent>-note · annex · <container>-p<i>
 * A reader citing 第三章（二） or 第7条 can build the link by hand, and an id does not move
 * when unrelated text changes. Skipped or repeated numbers are reported, never renumbered;
 * a repeated number gets a visible "-dup<k>" suffix so every id stays unique.
 */
import type { Block, PlanDocument } from '../src/lib/plan-types.ts';
import { type Problem, error, warning } from './problems.ts';

const FIG = /^图(\d+)-(\d+)$/;

export function assignIds(doc: PlanDocument, file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const unique = (id: string, line: number): string => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count === 1) return id;
    problems.push(warning(file, `the number behind id "${id}" appears again; this one is "${id}-dup${count}"`, line));
    return `${id}-dup${count}`;
  };

  const sequence = (what: string, nums: { num: number; line: number }[]) => {
    nums.forEach((x, i) => {
      const expected = i === 0 ? 1 : nums[i - 1].num + 1;
      if (x.num !== expected) problems.push(warning(file, `${what} ${x.num} follows ${i === 0 ? 'nothing' : nums[i - 1].num} (expected ${expected})`, x.line));
    });
  };

  doc.preamble.children.forEach((p, i) => {
    p.id = unique(`preamble-p${i + 1}`, p.source.from);
  });

  const chapters: { num: number; line: number }[] = [];
  const boxes: { num: number; line: number }[] = [];
  const tables: { num: number; line: number }[] = [];

  const visit = (blocks: Block[], parent: string, chapterId: string | undefined) => {
    let p = 0;
    const sections: { num: number; line: number }[] = [];
    let notes = 0;
    for (const b of blocks) {
      switch (b.kind) {
        case 'paragraph':
          b.id = unique(parent ? `${parent}-p${++p}` : `p${++p}`, b.source.from);
          break;
        case 'chapter':
          chapters.push({ num: b.num, line: b.source.from });
          b.id = unique(`c${b.num}`, b.source.from);
          visit(b.children, b.id, b.id);
          break;
        case 'section':
          sections.push({ num: b.num, line: b.source.from });
          b.id = unique(chapterId ? `${chapterId}-s${b.num}` : `s${b.num}`, b.source.from);
          visit(b.children, b.id, chapterId);
          break;
        case 'article':
          b.id = unique(`a${b.num}`, b.source.from);
          visit(b.children, b.id, chapterId);
          break;
        case 'item':
          b.id = unique(`${parent || 'doc'}-i${b.num}`, b.source.from);
          visit(b.children, b.id, chapterId);
          break;
        case 'box':
          boxes.push({ num: b.num, line: b.source.from });
          b.id = unique(`box${b.num}`, b.source.from);
          visit(b.children, b.id, chapterId);
          break;
        case 'table':
          tables.push({ num: b.num, line: b.source.from });
          b.id = unique(`table${b.num}`, b.source.from);
          if (b.note) {
            b.note.id = unique(`${b.id}-note`, b.note.source.from);
            visit(b.note.children, b.note.id, chapterId);
          }
          break;
        case 'figure': {
          const m = FIG.exec(b.label);
          b.id = unique(m ? `fig${m[1]}-${m[2]}` : 'fig', b.source.from);
          break;
        }
        case 'note':
          notes++;
          b.id = unique(`${parent || 'doc'}-note`, b.source.from);
          visit(b.children, b.id, chapterId);
          break;
        case 'annex':
          b.id = unique('annex', b.source.from);
          break;
      }
    }
    sequence(`section number in ${parent || 'the document'}`, sections);
    void notes;
  };
  visit(doc.body, '', undefined);
  sequence('chapter number', chapters);
  sequence('box (专栏) number', boxes);
  sequence('table (表) number', tables);

  // Items restarting inside a container must run 1, 2, 3 …
  const checkItems = (blocks: Block[]) => {
    const items = blocks.filter((b) => b.kind === 'item');
    sequence(
      'item number',
      items.map((b) => ({ num: (b as { num: number }).num, line: b.source.from })),
    );
    for (const b of blocks) if ('children' in b) checkItems(b.children as Block[]);
  };
  checkItems(doc.body);

  for (const [id, count] of seen) if (count > 1 && !id) problems.push(error(file, 'an element received an empty id'));
  return problems;
}
