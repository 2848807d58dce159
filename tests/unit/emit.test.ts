/**
 * MDX emission: the emitted MDX compiles, uses only the document's element vocabulary, and
 * gives back exactly the text of the tree — for adversarial text, random Unicode and the five
 * seeds — and any block emitted alone is the same elements as in the whole plan.
 * (The built page is checked the same way in tests/e2e/fidelity.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitBlockMdx, emitMdx } from '../../ingest/emit-mdx.ts';
import { ingestPlan } from '../../ingest/pipeline.ts';
import { ingestAll } from '../../ingest/run.ts';
import { parseYaml } from '../../ingest/yaml.ts';
import { catalogEntrySchema } from '../../src/lib/catalog-schema.ts';
import { DOC_ELEMENTS } from '../../src/lib/doc-elements.ts';
import type { Inline, Paragraph, PlanDocument } from '../../src/lib/plan-types.ts';
import { visit } from '../../src/lib/plan-visit.ts';
import { fixtureEntry } from '../helpers/entry.ts';

/** What MDX produced, as a tree: each element with its name (or HTML tag) and props. */
interface VNode {
  type: string;
  props: Record<string, unknown> & { children?: unknown };
}
const Fragment = 'Fragment';
const jsx = (type: unknown, props: VNode['props']): VNode => ({ type: typeof type === 'function' ? type.name : String(type), props });
/** Every element of the vocabulary renders as itself, so the tree shows what the MDX said. */
const components = Object.fromEntries(
  DOC_ELEMENTS.map((name) => [name, Object.defineProperty((props: VNode['props']) => ({ type: name, props }), 'name', { value: name })]),
);

const kids = (n: VNode): unknown[] => [n.props.children ?? []].flat();

/** Compile and run MDX as the site does (@astrojs/mdx on MDX 3, no GFM, no smartypants). */
async function render(mdx: string): Promise<VNode> {
  const { default: Content } = await evaluate(mdx.replace(/^---\n[\s\S]*?\n---\n/, ''), { Fragment, jsx, jsxs: jsx, development: false });
  return (Content as (p: object) => VNode)({ components });
}

/** The text a subtree shows: its strings in order, through the bare `p` MDX wraps text in. */
function textOf(n: unknown): string {
  if (typeof n === 'string') return n;
  if (n && typeof n === 'object' && 'props' in n)
    return kids(n as VNode)
      .map(textOf)
      .join('');
  return '';
}

function* elements(n: unknown): Generator<VNode> {
  if (!n || typeof n !== 'object' || !('props' in n)) return;
  yield n as VNode;
  for (const k of kids(n as VNode)) yield* elements(k);
}

const byId = (root: VNode, id: string) => [...elements(root)].find((e) => e.props.id === id);

const inl = (xs: Inline[] | undefined) => (xs ?? []).map((i) => (i.type === 'text' ? i.value : '')).join('');

/** Every paragraph of the tree with the text its element must show (an article's number first). */
function paragraphs(doc: PlanDocument): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  visit(doc, (node, ancestors) => {
    if (node.kind !== 'paragraph') return;
    const parent = ancestors.at(-1);
    const numbered = (parent?.kind === 'article' || parent?.kind === 'item') && parent.children[0] === node;
    out.push({ id: node.id, text: (numbered ? parent.label : '') + inl(node.lead) + inl(node.content) });
  });
  return out;
}

const src = { from: 1, to: 1 };
const p = (id: string, value: string, style: Paragraph['style'] = 'plain'): Paragraph => ({
  kind: 'paragraph',
  id,
  style,
  content: [{ type: 'text', value }],
  source: src,
});

/** A small plan that puts `s` everywhere text can be: headings, labels, paragraphs, box, table, figure. */
function docWith(s: string): PlanDocument {
  const t = (value: string): Inline[] => [{ type: 'text', value }];
  return {
    slug: 'adversarial',
    preamble: { kind: 'preamble', id: 'preamble', children: [p('preamble-p1', s, 'title')] },
    body: [
      {
        kind: 'chapter',
        id: 'c1',
        num: 1,
        label: `${s}、`,
        title: t(s),
        source: src,
        children: [
          { kind: 'paragraph', id: 'c1-p1', style: 'lead', lead: t(s), content: [...t(s), { type: 'fnref', n: 1, raw: '1' }, ...t(s)], source: src },
          { kind: 'article', id: 'a1', num: 1, label: `${s}.`, children: [p('a1-p1', s)], source: src },
          { kind: 'box', id: 'box1', num: 1, label: s, title: t(s), children: [p('box1-p1', s)], source: src },
          {
            kind: 'table',
            id: 'table1',
            num: 1,
            label: s,
            title: t(s),
            source: src,
            table: {
              headerRows: [[{ text: s }, { text: '2020年' }]],
              columns: [{ key: 'v', header: ['2020年'] }],
              groups: [{ category: s, rows: [{ no: '1', name: s, cells: { v: { raw: s } } }] }],
              rebuiltBy: 'rules',
            },
            children: [{ kind: 'note', id: 'table1-note', tableMissing: false, children: [p('table1-note-p1', s)], source: src }],
          },
          { kind: 'figure', id: 'fig1-1', label: s, caption: t(s), pictureMissing: true, source: src },
        ],
      },
    ],
  };
}

/** Kept as data: each must come back exactly (see also tests/fixtures/adversarial/). */
const ADVERSARIAL = [
  '"x" \'y\' -- ... --- — …',
  '<!-- --> <!---> <div> </p> <br/> <Chapter id="x">',
  'http://example.com中文 https://a.org/a_b_c?q=1&r=2 www.example.com 邮箱me@example.com。',
  '{} {x} {{y}} }{ <> < > a<b c>d',
  '`code` ``two`` ```fence',
  '*em* **strong** _u_ __uu__ ~s~ ~~del~~ | a | b | # h ## h2 \\ \\* \\n',
  '&amp; &lt; &#123; &#x7b; &nbsp; & &; &#;',
  '[link](http://a) ![img](x.png) [ref][1] [1]: http://b <http://c>',
  '1. item',
  '- dash',
  '> quote',
  '# heading',
  '    indented code',
  '  leading and trailing spaces  ',
  '𠀀𪚥🎉👨‍👩‍👧 emoji and astral',
  '$x$ $$y$$ :::note ^sup^ ==mark==',
  "import x from 'y'",
  'export const a = 1',
];

describe('emitMdx: text comes back exactly', () => {
  it.each(ADVERSARIAL)('%s', async (s) => {
    const root = await render(emitMdx(docWith(s)));
    for (const { id, text } of paragraphs(docWith(s))) expect(textOf(byId(root, id)), id).toBe(text);
    const heading = [...elements(root)].find((e) => e.type === 'Heading');
    expect(heading?.props.label).toBe(`${s}、`);
    expect(textOf(heading)).toBe(s);
    const box = byId(root, 'box1');
    expect(box?.props.label).toBe(s);
    const table = [...elements(root)].find((e) => e.type === 'Table');
    expect(table?.props).toMatchObject({ label: s, title: s, table: { groups: [{ category: s, rows: [{ name: s, cells: { v: { raw: s } } }] }] } });
    expect(textOf(table)).toBe(s);
    expect(textOf(byId(root, 'fig1-1'))).toBe(s);
    // Nothing but the vocabulary, the paragraph MDX wraps text in, and the root.
    const allowed = new Set<string>([...DOC_ELEMENTS, 'p', Fragment]);
    expect([...elements(root)].map((e) => e.type).filter((t) => !allowed.has(t))).toEqual([]);
  });

  it('for random Unicode, astral planes included', async () => {
    // Text reaches the emitter normalised (ingest/text.ts): no line breaks or control characters, trimmed.
    const text = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 30 })
      .map((s) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, '').trim())
      .filter((s) => s !== '');
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const root = await render(emitMdx(docWith(s)));
        for (const { id, text } of paragraphs(docWith(s))) expect(textOf(byId(root, id)), id).toBe(text);
      }),
      // Each run compiles MDX: 50 runs keep this test within seconds on a loaded machine.
      { numRuns: 50 },
    );
  }, 60_000);

  it('refuses text in a quoted attribute, where a character reference would be decoded', () => {
    const doc = docWith('x');
    (doc.body[0] as { id: string }).id = 'c1 & more';
    expect(() => emitMdx(doc)).toThrow(/attribute id="c1 & more" must be an id/);
  });
});

describe.each(ingestAll('seeds').map((plan) => [plan.entry.slug, plan.doc] as const))('%s', (_slug, doc) => {
  it('renders every paragraph with exactly its text', async () => {
    const root = await render(emitMdx(doc));
    const want = paragraphs(doc);
    expect(want.length).toBeGreaterThan(40);
    for (const { id, text } of want) expect(textOf(byId(root, id)), id).toBe(text);
  });

  it('emits any block alone as the same elements as in the whole plan', async () => {
    const whole = await render(emitMdx(doc));
    const ids = [...elements(whole)].filter((e) => ['Section', 'Article', 'Box', 'TableBlock', 'Chapter'].includes(e.type)).map((e) => e.props.id as string);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(await render(emitBlockMdx(doc, id)), id).toEqual(byId(whole, id));
  });
});

// The layout fixtures (tests/fixtures/plans/): parts, nested items, attachments with a body.
const layoutFixtures = readdirSync('tests/fixtures/plans').map((name) => {
  const dir = join('tests/fixtures/plans', name);
  const entry = parseYaml(readFileSync(join(dir, 'catalog.yaml'), 'utf8'), catalogEntrySchema, join(dir, 'catalog.yaml'));
  return [name, ingestPlan(entry, readFileSync(join(dir, entry.file)), join(dir, entry.file)).doc] as const;
});

describe.each(layoutFixtures)('layout fixture %s', (_name, doc) => {
  it('renders every paragraph with exactly its text', async () => {
    const root = await render(emitMdx(doc));
    for (const { id, text } of paragraphs(doc)) expect(textOf(byId(root, id)), id).toBe(text);
  });
});

describe('the special-characters fixture', () => {
  it('keeps {} <> and backticks as text and links nothing', async () => {
    const plan = ingestPlan(fixtureEntry(), readFileSync('tests/fixtures/special-chars.txt'), 'special.txt');
    const root = await render(emitMdx(plan.doc));
    expect(textOf(root)).toContain('代码`x`与{变量}及<标签>和*星号*_下划线_[链接]（http://example.com）、#号|竖线~波浪~\\反斜杠 @某人 a&b。');
    expect([...elements(root)].map((e) => e.type)).not.toContain('a');
  });

  it('refuses an id that is not in the plan', () => {
    const plan = ingestPlan(fixtureEntry(), readFileSync('tests/fixtures/special-chars.txt'), 'special.txt');
    expect(() => emitBlockMdx(plan.doc, 'c99')).toThrow(/has no block with id "c99"/);
  });
});
