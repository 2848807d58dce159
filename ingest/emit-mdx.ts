/**
 * Stage 7 — emit one MDX file per plan, in the plan's original script.
 *
 * The document tree becomes an mdast tree of MDX JSX elements named for the document's
 * structure (<Chapter>, <Section>, <Article>, <Box>, <TableBlock>, <Paragraph>, <FnRef> …),
 * serialised by mdast-util-to-markdown with mdast-util-mdx: the library escapes what MDX would
 * read as syntax, so the text round-trips exactly (tests/unit/emit.test.ts, and the built page
 * in tests/e2e/fidelity.test.ts). Presentation — permalinks, classes, landmarks, table layout,
 * editorial notes — belongs to the components in src/components/doc/, which the plan page
 * passes to the MDX content.
 *
 * Two rules keep the text exact:
 * - Text shown on the page is JSX *text* (children), never a quoted attribute: a quoted MDX
 *   attribute decodes character references but the serialiser leaves `&` as is, so `&amp;`
 *   would not survive. Free text a component needs as a string (a label, an aria name) is a
 *   JS string literal expression, `label={"表一"}`; quoted attributes hold ids and numbers only.
 * - The site compiles this MDX without GFM and without smartypants (astro.config.mjs): no
 *   escape can stop GFM's autolink literals, which rewrite text after parsing.
 *
 * This module is the one place that knows the document tree's shape (src/lib/plan-types.ts).
 * Any block can be emitted on its own (`emitBlockMdx`) with the same elements as in the whole
 * plan, so a page for one section renders through the same components.
 */
import type { Nodes, Paragraph as MdParagraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { DocElement } from '../src/lib/doc-elements.ts';
import type { Block, Inline, Note, Paragraph, PlanDocument, TableBlock } from '../src/lib/plan-types.ts';
import { inlineText, visit } from '../src/lib/plan-visit.ts';
import { jsonProgram } from './estree-json.ts';

/** Attribute values: a plain quoted value for ids and numbers, a string literal for free text. */
type Attrs = Record<string, string | number | boolean | undefined | { text: string } | { json: unknown }>;

const SAFE_PLAIN = /^[A-Za-z0-9._-]*$/;

function attributes(attrs: Attrs): MdxJsxAttribute[] {
  return Object.entries(attrs).flatMap(([name, v]): MdxJsxAttribute[] => {
    if (v === undefined || v === false) return [];
    if (v === true) return [{ type: 'mdxJsxAttribute', name, value: null }];
    if (typeof v === 'object') {
      const json = 'text' in v ? v.text : v.json;
      // The expression's tree rides along (as the MDX parser would make it), so the tree compiles without its text being parsed.
      const expression = { type: 'mdxJsxAttributeValueExpression' as const, value: JSON.stringify(json), data: { estree: jsonProgram(json) } };
      return [{ type: 'mdxJsxAttribute', name, value: expression }];
    }
    const value = String(v);
    // Guard the rule above: a quoted value with text in it could lose characters.
    if (!SAFE_PLAIN.test(value)) throw new Error(`emit-mdx: attribute ${name}="${value}" must be an id or a number; pass text as { text }`);
    return [{ type: 'mdxJsxAttribute', name, value }];
  });
}

const flow = (name: DocElement, attrs: Attrs, children: RootContent[]): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: attributes(attrs),
  children: children as MdxJsxFlowElement['children'],
});

const inline = (name: DocElement, attrs: Attrs, children: PhrasingContent[] = []): MdxJsxTextElement => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: attributes(attrs),
  children,
});

/**
 * A block element whose content is text: MDX reads text inside a flow element as a Markdown
 * paragraph, so it is one (the components map `p` to its bare content).
 */
const textBlock = (name: DocElement, attrs: Attrs, content: PhrasingContent[]): MdxJsxFlowElement =>
  flow(name, attrs, content.length > 0 ? [{ type: 'paragraph', children: content } satisfies MdParagraph] : []);

const text = (value: string): Text => ({ type: 'text', value });

function phrasing(inlines: Inline[] | undefined): PhrasingContent[] {
  return (inlines ?? []).map((i) => (i.type === 'text' ? text(i.value) : inline('FnRef', { n: i.n })));
}

/** Previous and next chapter, for the navigation at the end of every chapter. */
interface EmitContext {
  chapters: { id: string; label: string; title: string }[];
}

function contextOf(doc: PlanDocument): EmitContext {
  return { chapters: doc.body.flatMap((b) => (b.kind === 'chapter' ? [{ id: b.id, label: b.label, title: inlineText(b.title) }] : [])) };
}

function paragraph(p: Paragraph, numbered?: { id: string; label: string }): MdxJsxFlowElement {
  return textBlock('Paragraph', { id: p.id, style: p.style }, [
    ...(numbered ? [inline('NumLink', { to: numbered.id }, [text(numbered.label)])] : []),
    ...(p.lead ? [inline('Lead', {}, phrasing(p.lead))] : []),
    ...phrasing(p.content),
  ]);
}

const note = (n: Note, ctx: EmitContext): MdxJsxFlowElement =>
  flow(
    'Note',
    { id: n.id, tableMissing: n.tableMissing },
    n.children.flatMap((c) => block(c, ctx)),
  );

/** The table's cells go to the component as data: its layout (spans, row groups) is presentation. */
const table = (t: TableBlock, ctx: EmitContext): MdxJsxFlowElement =>
  flow('TableBlock', { id: t.id, label: { text: t.label }, unresolved: t.table.rebuiltBy === 'unresolved' }, [
    textBlock(
      'Table',
      {
        of: t.id,
        label: { text: t.label },
        title: { text: inlineText(t.title) },
        table: { json: { headerRows: t.table.headerRows, columns: t.table.columns, groups: t.table.groups, ...(t.table.body ? { body: t.table.body } : {}) } },
      },
      phrasing(t.title),
    ),
    ...t.children.map((n) => note(n, ctx)),
  ]);

function chapterNav(id: string, ctx: EmitContext): MdxJsxFlowElement {
  const i = ctx.chapters.findIndex((c) => c.id === id);
  const [prev, here, next] = [ctx.chapters[i - 1], ctx.chapters[i], ctx.chapters[i + 1]];
  return flow(
    'ChapterNav',
    {
      here: { text: here?.label ?? '' },
      prev: prev?.id,
      prevLabel: prev && { text: prev.label + prev.title },
      next: next?.id,
      nextLabel: next && { text: next.label + next.title },
    },
    [],
  );
}

function block(b: Block, ctx: EmitContext): MdxJsxFlowElement[] {
  const children = (blocks: Block[]) => blocks.flatMap((c) => block(c, ctx));
  switch (b.kind) {
    case 'paragraph':
      return [paragraph(b)];
    case 'part':
      return [
        flow('Part', { id: b.id }, [
          textBlock('Heading', { level: 2, id: b.id, label: { text: b.label } }, phrasing(b.title)),
          ...b.children.map((p) => paragraph(p)),
        ]),
      ];
    case 'chapter':
      return [
        flow('Chapter', { id: b.id }, [
          textBlock('Heading', { level: 2, id: b.id, label: { text: b.label } }, phrasing(b.title)),
          ...children(b.children),
          chapterNav(b.id, ctx),
        ]),
      ];
    case 'section':
      return [
        flow('Section', { id: b.id }, [textBlock('Heading', { level: 3, id: b.id, label: { text: b.label } }, phrasing(b.title)), ...children(b.children)]),
      ];
    case 'article':
    case 'item':
      return [
        flow(
          b.kind === 'article' ? 'Article' : 'Item',
          { id: b.id },
          // The number goes with the first paragraph; items one level down follow the text.
          b.children.flatMap((c, i) => (c.kind === 'paragraph' ? [paragraph(c, i === 0 ? { id: b.id, label: b.label } : undefined)] : block(c, ctx))),
        ),
      ];
    case 'box':
      return [
        flow('Box', { id: b.id, label: { text: b.label } }, [
          textBlock('BoxTitle', { of: b.id, label: { text: b.label } }, phrasing(b.title)),
          ...children(b.children),
        ]),
      ];
    case 'table':
      return [table(b, ctx)];
    case 'figure':
      return [textBlock('Figure', { id: b.id, label: { text: b.label } }, phrasing(b.caption))];
    case 'note':
      return [note(b, ctx)];
    case 'annex':
      return [
        flow('Annex', { id: b.id, bodyMissing: b.bodyMissing }, [textBlock('Heading', { level: 2, id: b.id }, phrasing(b.title)), ...children(b.children)]),
      ];
  }
}

/** The whole plan as an mdast tree: front matter, then the body. */
export function planTree(doc: PlanDocument): Root {
  const ctx = contextOf(doc);
  const preamble =
    doc.preamble.children.length > 0
      ? [
          flow(
            'Preamble',
            {},
            doc.preamble.children.map((p) => paragraph(p)),
          ),
        ]
      : [];
  return { type: 'root', children: [...preamble, ...doc.body.flatMap((b) => block(b, ctx))] };
}

// Made once: the serialiser caches its compiled escape patterns on these objects.
const MDX = mdxToMarkdown();
const serialise = (tree: Nodes): string => toMarkdown(tree, { extensions: [MDX] });

/** The plan's MDX file (from its tree, when made already); the frontmatter holds the slug only (the catalog facts live in the data JSON). */
export function emitMdx(doc: PlanDocument, tree: Root = planTree(doc)): string {
  return `---\nslug: ${doc.slug}\n---\n\n${serialise(tree)}`;
}

/**
 * One block of the plan as a standalone MDX module (no frontmatter): the same elements the
 * whole plan carries for it, for a page that shows one section, article, box or table.
 */
export function emitBlockMdx(doc: PlanDocument, id: string): string {
  let b: Block | undefined;
  visit(doc, (node) => {
    if (node.id === id && node.kind !== 'preamble') b = node;
  });
  if (!b) throw new Error(`emit-mdx: ${doc.slug} has no block with id "${id}"`);
  return serialise({ type: 'root', children: block(b, contextOf(doc)) });
}
