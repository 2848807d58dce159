/**
 * A plan's MDX, run when its page is rendered — plan by plan — instead of every plan being a
 * module of Astro's Vite bundle: as content-collection modules they were all compiled and held
 * by the bundler at once (about 7 MB per plan, 8.5 GB of peak memory at 1,000 plans). The
 * ingestion compiles each plan's MDX once (./mdx-compile.ts) beside the .mdx file; a page only
 * runs that code (~2 ms), marked as an MDX component so that Astro's JSX renderer draws it with
 * the document components (src/components/doc/Document.astro).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '@mdx-js/mdx';
import type { MDXComponents } from 'mdx/types';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { Fragment, jsx } from 'astro/jsx-runtime';
import { generatedFile } from '../lib/generated-files.ts';
import { GENERATED } from './generated.ts';

type Props = { components?: MDXComponents };

/** The compiled MDX the ingestion writes beside each plan's .mdx (ingest/run.ts). */
export const compiledMdxFile = (slug: string) => join(GENERATED, generatedFile.compiledMdx(slug));

/** The last plans run: a plan's passage pages come one after another and share one run. */
const compiled = new Map<string, Promise<AstroComponentFactory>>();
const KEEP = 2;

/** The plan's Content component, as `render(entry)` of a content collection entry would give it. */
export function planContent(slug: string): Promise<AstroComponentFactory> {
  let content = compiled.get(slug);
  if (content === undefined) {
    content = load(slug);
    compiled.set(slug, content);
    for (const old of compiled.keys()) if (compiled.size > KEEP) compiled.delete(old);
  }
  return content;
}

async function load(slug: string): Promise<AstroComponentFactory> {
  const file = compiledMdxFile(slug);
  if (!existsSync(file)) throw new Error(`no compiled MDX for plan "${slug}" (${file}): run npm run ingest`);
  const { default: MDXContent } = await run(readFileSync(file, 'utf8'), { Fragment, jsx, jsxs: jsx, baseUrl: `file://${file}` });
  const Content = (props: Props = {}) =>
    MDXContent({ ...props, components: { Fragment: Fragment as unknown as MDXComponents['Fragment'], ...props.components } });
  Object.assign(Content, { [Symbol.for('mdx-component')]: true, [Symbol.for('astro.needsHeadRendering')]: true });
  return Content as unknown as AstroComponentFactory;
}
