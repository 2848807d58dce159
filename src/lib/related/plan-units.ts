/**
 * The units two plans are aligned by (docs/RELATED.md, "Two plans side by side"): a plan's
 * sections (c<n>-s<m>), or its articles where it has no sections, or its chapters where it has
 * neither. Read from the open-data tree (/data/plans/<slug>.json), so that the build and the
 * browser make the same units from the same file. A unit's text is the text of every block
 * inside it, its own heading first, in document order, joined by "\n": the offsets of
 * /data/pairs/ files count code units in that string.
 */
import words from '../i18n/cite.json' with { type: 'json' };
import type { Script } from '../plan-types.ts';
import type { Bilingual } from './types.ts';

/** What the alignment needs of a /data/plans/<slug>.json block (src/build/open-data/tree.ts writes it). */
export interface TreeBlock {
  id: string;
  kind: string;
  label?: Bilingual;
  title?: Bilingual;
  text?: Bilingual;
  children: TreeBlock[];
}

export interface PlanUnit {
  id: string;
  kind: 'chapter' | 'section' | 'article';
  /** As a reader cites it: 十一（三）, 第31条, 七、 */
  label: Bilingual;
  title: Bilingual;
  /** The chapter it is in (its id), for grouping rows. */
  chapter: string;
  text: Bilingual;
}

function* walk(blocks: readonly TreeBlock[]): Generator<TreeBlock> {
  for (const b of blocks) {
    yield b;
    yield* walk(b.children);
  }
}

const trimmed = (label: string) => label.trim().replace(/[、，,]$/, '');

function labelOf(block: TreeBlock, chapter: TreeBlock | undefined, script: Script): string {
  const printed = block.label?.[script].trim() ?? '';
  if (block.kind === 'article') return `第${printed.replace(/[.．]$/, '')}${words[script].article}`;
  if (block.kind === 'section' && chapter?.label) return `${trimmed(chapter.label[script])}${printed}`;
  return printed;
}

/** The level a plan is aligned at: sections, else articles, else chapters. */
export function unitKind(blocks: readonly TreeBlock[]): PlanUnit['kind'] {
  let articles = false;
  for (const b of walk(blocks)) {
    if (b.kind === 'section') return 'section';
    if (b.kind === 'article') articles = true;
  }
  return articles ? 'article' : 'chapter';
}

/** The plan's units, in document order. */
export function planUnits(blocks: readonly TreeBlock[]): PlanUnit[] {
  const kind = unitKind(blocks);
  const out: PlanUnit[] = [];
  const visit = (list: readonly TreeBlock[], chapter: TreeBlock | undefined) => {
    for (const b of list) {
      const ch = b.kind === 'chapter' ? b : chapter;
      if (b.kind === kind) {
        const texts = { hans: [] as string[], hant: [] as string[] };
        for (const inner of walk([b])) {
          if (!inner.text) continue;
          texts.hans.push(inner.text.hans);
          texts.hant.push(inner.text.hant);
        }
        out.push({
          id: b.id,
          kind,
          label: { hans: labelOf(b, ch, 'hans'), hant: labelOf(b, ch, 'hant') },
          title: b.title ?? { hans: '', hant: '' },
          chapter: ch?.id ?? '',
          text: { hans: texts.hans.join('\n'), hant: texts.hant.join('\n') },
        });
        continue;
      }
      visit(b.children, ch);
    }
  };
  visit(blocks, undefined);
  return out;
}
