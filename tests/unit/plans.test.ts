/**
 * Structure expectations as data, beside their inputs: the five seeds
 * (seeds/expected/<slug>.yaml) and the fixtures (tests/fixtures/plans/<name>/{input.txt,
 * catalog.yaml, expected.yaml}). Each gives the counts, a sample of ids with their kind and
 * text, ids that must not exist, and warnings. Adding a plan is adding data, not test code.
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
import type { Inline } from '../../src/lib/plan-types.ts';
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
        tableMissing: z.boolean().optional(),
        /** The ids of its children, in order. */
        children: z.array(z.string()).optional(),
      }),
    )
    .default([]),
  absent: z.array(z.string()).default([]),
  /** Each one the end of a formatted problem ("<line>: warning: …"). */
  warnings: z.array(z.string()).default([]),
});
type Expected = z.output<typeof expectedSchema>;

const read = (path: string) => parseYaml(readFileSync(path, 'utf8'), expectedSchema, path);

const inline = (xs: Inline[] | undefined) => (xs ?? []).map((i) => (i.type === 'text' ? i.value : '')).join('');
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
    if (block.tableMissing !== undefined) expect(node).toMatchObject({ tableMissing: block.tableMissing });
    if (block.children !== undefined) expect(childrenOf(node as PlanNode).map((c) => c.id)).toEqual(block.children);
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
  });
});
