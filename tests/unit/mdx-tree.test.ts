/**
 * The compiled MDX the pages run is compiled from the ingestion's MDX tree, not from the MDX
 * text (src/build/mdx-compile.ts: parsing is ~15× the cost). This holds that the two are the
 * same code, byte for byte, for every seed and every fixture plan: the .mdx file means exactly
 * what the site renders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { compileMdxTree, MDX_OPTIONS } from '../../src/build/mdx-compile.ts';
import { emitMdx, planTree } from '../../ingest/emit-mdx.ts';
import { ingestPlan } from '../../ingest/pipeline.ts';
import { ingestAll } from '../../ingest/run.ts';
import { parseYaml } from '../../ingest/yaml.ts';
import { catalogEntrySchema } from '../../src/lib/catalog-schema.ts';
import type { PlanDocument } from '../../src/lib/plan-types.ts';

const FIXTURES = 'tests/fixtures/plans';
const fixture = (dir: string): PlanDocument => {
  const entry = parseYaml(readFileSync(join(dir, 'catalog.yaml'), 'utf8'), catalogEntrySchema, join(dir, 'catalog.yaml'));
  return ingestPlan(entry, readFileSync(join(dir, entry.file)), join(dir, entry.file)).doc;
};
const docs: [string, () => PlanDocument[]][] = [
  ['seeds', () => ingestAll('seeds').map((p) => p.doc)],
  ['tests/fixtures/adversarial', () => ingestAll('tests/fixtures/adversarial').map((p) => p.doc)],
  ...readdirSync(FIXTURES).map((d): [string, () => PlanDocument[]] => [join(FIXTURES, d), () => [fixture(join(FIXTURES, d))]]),
];

describe('compiled MDX from the tree', () => {
  it.each(docs)('is the MDX text compiled, for every plan of %s', async (_, plans) => {
    for (const doc of plans()) {
      const tree = planTree(doc);
      const text = emitMdx(doc, tree).replace(/^---\n[\s\S]*?\n---\n/, '');
      expect(compileMdxTree(tree), doc.slug).toBe(String(await compile(text, MDX_OPTIONS)));
    }
  });
});
