/**
 * Structure expectations as data, beside their inputs: the five seeds
 * (seeds/expected/<slug>.yaml) and the fixtures (tests/fixtures/plans/<name>/{input.txt,
 * catalog.yaml, expected.yaml}). Each gives the counts, a sample of ids with their kind and
 * text, ids that must not exist, and warnings. Adding a plan is adding data, not test code.
 *
 * Every plan, seed or fixture, must also hold the layout invariants: every source line is in
 * the document, in order, or set aside with its rule; no heading runs into a paragraph; every
 * sentence stands whole inside one block; nothing set aside as debris is on the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ingestPlan, type IngestedPlan } from '../../ingest/pipeline.ts';
import { formatProblem } from '../../ingest/problems.ts';
import { ingestAll } from '../../ingest/run.ts';
import { parseYaml } from '../../ingest/yaml.ts';
import { catalogEntrySchema } from '../../src/lib/catalog-schema.ts';
import { recognise } from '../../ingest/patterns.ts';
import { placeOf, readSource } from '../../ingest/read/index.ts';
import { cleanLine } from '../../ingest/text.ts';
import type { Inline, TableBlock } from '../../src/lib/plan-types.ts';
import { documentPieces, fold } from '../helpers/doc-text.ts';
import { tableLayout } from '../../src/components/doc/table-layout.ts';
import { fillSpans } from '../../src/lib/table-csv.ts';
import { formatId, parseId } from '../../src/lib/ids.ts';
import { type PlanNode, childrenOf, visit } from '../../src/lib/plan-visit.ts';

const expectedSchema = z.strictObject({
  counts: z.record(z.string(), z.number()),
  blocks: z
    .array(
      z.strictObject({
        id: z.string(),
        kind: z.string().optional(),
        /** The block's text, exactly. */
        text: z.string().optional(),
        /** How the block's text begins. */
        starts: z.string().optional(),
        style: z.string().optional(),
        /** The number as printed: 3、, （2）, 第七条, 专栏1-1. */
        label: z.string().optional(),
        tableMissing: z.boolean().optional(),
        /** The ids of its children, in order. */
        children: z.array(z.string()).optional(),
        /** A table's rows: the indicator name, every value cell and the attribute, as printed. */
        rows: z.array(z.array(z.string())).optional(),
        /** A table as the page (and its CSV) draws it: header rows, then body rows, every span filled. */
        grid: z.array(z.array(z.string())).optional(),
        /** A paragraph's lead sentence (shown in bold), exactly. */
        lead: z.string().optional(),
      }),
    )
    .default([]),
  absent: z.array(z.string()).default([]),
  /** Each one the end of a formatted problem ("<line>: warning: …"). */
  warnings: z.array(z.string()).default([]),
  /** Where given, every line set aside (by line number), with a piece of the rule that did it. */
  setAside: z.array(z.strictObject({ line: z.number(), rule: z.string() })).optional(),
});
type Expected = z.output<typeof expectedSchema>;

const read = (path: string) => parseYaml(readFileSync(path, 'utf8'), expectedSchema, path);

/** Inline text; `withRefs`: footnote numbers as printed. */
const inline = (xs: Inline[] | undefined, withRefs = false) => (xs ?? []).map((i) => (i.type === 'text' ? i.value : withRefs ? i.raw : '')).join('');
/** A heading's title, a paragraph's text, a figure's caption, or the text of a container's first child. */
function textOf(n: PlanNode | undefined): string {
  if (!n || n.kind === 'preamble') return '';
  if (n.kind === 'paragraph') return inline(n.lead) + inline(n.content);
  if (n.kind === 'figure') return inline(n.caption);
  if ('title' in n) return inline(n.title);
  return textOf(childrenOf(n)[0]);
}

function nodesById(plan: IngestedPlan): Map<string, PlanNode> {
  const byId = new Map<string, PlanNode>();
  visit(plan.doc, (node) => {
    byId.set(node.id, node);
  });
  return byId;
}

const seeds = readdirSync('seeds/expected').map((f) => ({ name: f.replace(/\.yaml$/, ''), expected: read(join('seeds/expected', f)) }));
const fixtureDir = 'tests/fixtures/plans';
const fixtures = readdirSync(fixtureDir).map((name) => ({ name, dir: join(fixtureDir, name) }));
const seedPlans = new Map(ingestAll('seeds').map((p) => [p.entry.slug, p]));

const cases: { name: string; plan: IngestedPlan; expected: Expected }[] = [
  ...seeds.map(({ name, expected }) => {
    const plan = seedPlans.get(name);
    if (!plan) throw new Error(`seeds/expected/${name}.yaml: no catalogued plan has the slug "${name}"`);
    return { name: `seed ${name}`, plan, expected };
  }),
  ...fixtures.map(({ name, dir }) => {
    const entry = parseYaml(readFileSync(join(dir, 'catalog.yaml'), 'utf8'), catalogEntrySchema, join(dir, 'catalog.yaml'));
    const input = join(dir, entry.file);
    return { name: `fixture ${name}`, plan: ingestPlan(entry, readFileSync(input), input), expected: read(join(dir, 'expected.yaml')) };
  }),
];

describe.each(cases)('$name', ({ plan, expected }) => {
  const byId = nodesById(plan);

  it('has the expected structure counts', () => {
    expect(plan.counts).toMatchObject(expected.counts);
  });

  it.each(expected.blocks)('has $id', (block) => {
    const node = byId.get(block.id);
    expect(node, block.id).toBeDefined();
    if (block.kind !== undefined) expect(node?.kind).toBe(block.kind);
    if (block.text !== undefined) expect(textOf(node)).toBe(block.text);
    if (block.starts !== undefined) expect(textOf(node).startsWith(block.starts), textOf(node)).toBe(true);
    if (block.style !== undefined) expect(node).toMatchObject({ style: block.style });
    if (block.label !== undefined) expect(node).toMatchObject({ label: block.label });
    if (block.tableMissing !== undefined) expect(node).toMatchObject({ tableMissing: block.tableMissing });
    if (block.children !== undefined) expect(childrenOf(node as PlanNode).map((c) => c.id)).toEqual(block.children);
    if (block.rows !== undefined) {
      expect(node?.kind).toBe('table');
      const t = (node as TableBlock).table;
      const rows = t.groups.flatMap((g) => g.rows.map((r) => [r.name, ...t.columns.map((c) => r.cells[c.key]?.raw ?? ''), r.attribute ?? '']));
      expect(rows).toEqual(block.rows);
    }
    if (block.grid !== undefined) {
      const layout = tableLayout((node as TableBlock).table);
      expect(fillSpans([...layout.head, ...layout.body.flat()])).toEqual(block.grid);
    }
    if (block.lead !== undefined) expect(node?.kind === 'paragraph' ? inline(node.lead) : undefined).toBe(block.lead);
  });

  it.runIf(expected.setAside !== undefined)('sets aside exactly the lines listed, each by its rule', () => {
    expect(plan.setAside.map((s) => s.line)).toEqual(expected.setAside?.map((s) => s.line));
    for (const [i, s] of (expected.setAside ?? []).entries()) expect(plan.setAside[i].rule).toContain(s.rule);
  });

  it('lacks the ids it must not have', () => {
    for (const id of expected.absent) expect(byId.has(id), id).toBe(false);
  });

  it('reports the expected warnings', () => {
    const messages = plan.problems.map(formatProblem);
    for (const w of expected.warnings)
      expect(
        messages.some((m) => m.endsWith(w)),
        `${w}\n in\n${messages.join('\n')}`,
      ).toBe(true);
  });

  it('gives every node a unique id in the contract grammar', () => {
    const ids: string[] = [];
    visit(plan.doc, (node) => {
      ids.push(node.id);
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z][a-z0-9-]*$/.test(id))).toEqual([]);
    // Every id reads back into the grammar's parts (nothing outside it) and is written back the same.
    expect(ids.filter((id) => parseId(id).some((p) => p.kind === 'other') || formatId(parseId(id)) !== id)).toEqual([]);
  });
});

/** A line without the number, label or 注： its block prints apart from its text. */
function bodyOf(line: string): string {
  const mark = recognise(line);
  if (mark?.kind === 'numbered' || mark?.kind === 'note') return bodyOf(mark.rest);
  if (mark?.kind === 'box' || mark?.kind === 'table') return mark.title;
  if (mark?.kind === 'figure') return mark.caption;
  // "4.2020年…": an item number before a year, which the decimal guard of the rules leaves alone.
  return line.replace(/^\d{1,2}[.．](?=\d{4}年)/, '');
}

describe.each(cases)('layout of $name', ({ plan }) => {
  // A set-aside line is named by its place in the file (an HTML line may hold several blocks) and its text.
  const key = (line: number, text: string) => `${line}\u0000${text.trim()}`;
  const setAside = new Set(plan.setAside.map((s) => key(s.line, s.text)));
  const source = readSource(readFileSync(plan.file), plan.file);
  const planLines = source.lines.filter((l) => !setAside.has(key(placeOf(source, l.no).line, l.text)) && l.text.trim() !== '');
  const emitted = fold(documentPieces(plan.doc).join(''));

  it('shows every source line, in order, or sets it aside with its rule', () => {
    const source = fold(planLines.map((l) => l.text).join(''));
    let i = 0;
    while (i < source.length && source[i] === emitted[i]) i++;
    expect(emitted.slice(i, i + 40), `diverges after: …${source.slice(Math.max(0, i - 40), i)}`).toBe(source.slice(i, i + 40));
    expect(emitted.length).toBe(source.length);
    expect(plan.setAside.every((s) => s.rule !== '')).toBe(true);
  });

  it('never runs a heading into a paragraph', () => {
    visit(plan.doc, (node) => {
      if (node.kind === 'paragraph') {
        const mark = recognise(inline(node.lead) + inline(node.content));
        const heading =
          mark?.kind === 'numbered'
            ? mark.titled && ['part', 'chapterWord', 'sectionWord'].includes(mark.style)
            : mark?.kind === 'box' || mark?.kind === 'table';
        expect(heading, `${node.id}: ${textOf(node)}`).toBe(false);
      }
      if (node.kind === 'part' || node.kind === 'chapter' || node.kind === 'section' || node.kind === 'box') {
        expect(inline(node.title), node.id).not.toMatch(/[。！？]./);
      }
    });
  });

  it('keeps every sentence whole inside one block', () => {
    const blocks: string[] = [];
    const tableLines = new Set<number>();
    visit(plan.doc, (node) => {
      if (node.kind === 'preamble') return;
      if (node.kind === 'paragraph') blocks.push(fold(inline(node.lead, true) + inline(node.content, true)));
      if ('title' in node) blocks.push(fold(inline(node.title)));
      if (node.kind === 'figure') blocks.push(fold(inline(node.caption)));
      if (node.kind === 'table') for (let n = node.source.from; n <= node.source.to; n++) tableLines.add(n);
    });
    for (const line of planLines) {
      if (tableLines.has(line.no)) continue;
      for (const sentence of bodyOf(cleanLine(line.text))
        .split(/(?<=[。！？；])/)
        .map(fold)
        .filter(Boolean)) {
        expect(
          blocks.some((b) => b.includes(sentence)),
          `line ${line.no}: ${sentence}`,
        ).toBe(true);
      }
    }
  });

  it('puts nothing it set aside as page furniture on the page', () => {
    for (const s of plan.setAside.filter((x) => x.role === 'debris' && !x.rule.startsWith('page heading') && fold(x.text).length >= 6)) {
      expect(emitted, `line ${s.line}`).not.toContain(fold(s.text));
    }
  });
});
