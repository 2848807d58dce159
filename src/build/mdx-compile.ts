/**
 * A plan's MDX compiled to JavaScript (a function body for @mdx-js/mdx's `run`), by the
 * ingestion, once per plan and cached with the rest of its output (ingest/run.ts).
 *
 * Compiled from the MDX tree the ingestion serialises (ingest/emit-mdx.ts), not from the text:
 * parsing ~100 KB of MDX costs 1–2 s a plan (micromark and acorn), about 15× compiling the tree,
 * and was the largest part of building 1,000 plans. The tree carries what the parser would add
 * (each attribute expression's ESTree, ingest/estree-json.ts), so the output is the same code,
 * byte for byte, as compiling the MDX file: tests/unit/mdx-tree.test.ts holds that for every
 * seed and fixture plan. Compiled as @astrojs/mdx compiles it: MDX 3, no GFM, no smartypants.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';

export const MDX_OPTIONS = { outputFormat: 'function-body', development: false } as const;

let processor: ReturnType<typeof createProcessor> | undefined;

/** The compiled code of a plan's MDX tree. */
export function compileMdxTree(tree: Root): string {
  processor ??= createProcessor(MDX_OPTIONS);
  // The processor's types start from its parser's output, which `run` is given here instead.
  const parsed = tree as unknown as Parameters<typeof processor.runSync>[0];
  return String(processor.stringify(processor.runSync(parsed)));
}
