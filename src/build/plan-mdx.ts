/**
 * A plan's MDX, compiled and run when its page is rendered — plan by plan — instead of every
 * plan being a module of Astro's Vite bundle: as content-collection modules they were all
 * compiled and held by the bundler at once (about 7 MB per plan, 8.5 GB of peak memory at
 * 1,000 plans). Compiled as @astrojs/mdx compiles it (MDX 3 with no GFM and no smartypants;
 * the plans' MDX is JSX elements and text only, ingest/emit-mdx.ts; tests/unit/emit.test.ts
 * runs it the same way) and marked as an MDX component so that Astro's JSX renderer draws it
 * with the document components (src/components/doc/Document.astro).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import type { MDXComponents } from 'mdx/types';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { Fragment, jsx } from 'astro/jsx-runtime';
import { GENERATED } from './plans.ts';

type Props = { components?: MDXComponents };

/** The last plans compiled: a plan's passage pages come one after another and share one compilation. */
const compiled = new Map<string, Promise<AstroComponentFactory>>();
const KEEP = 2;

/** The plan's Content component, as `render(entry)` of a content collection entry would give it. */
export function planContent(slug: string): Promise<AstroComponentFactory> {
  let content = compiled.get(slug);
  if (content === undefined) {
    content = compile(slug);
    compiled.set(slug, content);
    for (const old of compiled.keys()) if (compiled.size > KEEP) compiled.delete(old);
  }
  return content;
}

async function compile(slug: string): Promise<AstroComponentFactory> {
  const file = join(GENERATED, 'plans', `${slug}.mdx`);
  // The front matter (slug) is for people reading the file; the page has the catalog entry.
  const mdx = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const { default: MDXContent } = await evaluate(mdx, { Fragment, jsx, jsxs: jsx, development: false, baseUrl: `file://${file}` });
  const Content = (props: Props = {}) =>
    MDXContent({ ...props, components: { Fragment: Fragment as unknown as MDXComponents['Fragment'], ...props.components } });
  Object.assign(Content, { [Symbol.for('mdx-component')]: true, [Symbol.for('astro.needsHeadRendering')]: true });
  return Content as unknown as AstroComponentFactory;
}
