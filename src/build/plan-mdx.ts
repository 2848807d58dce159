/**
 * A plan's MDX, compiled and run when its page is rendered — plan by plan — instead of every
 * plan being a module of Astro's Vite bundle: as content-collection modules they were all
 * compiled and held by the bundler at once (about 7 MB per plan, 8.5 GB of peak memory at
 * 1,000 plans). Compiling is the costly part, so it is done once per plan and cached by the
 * MDX's hash (./mdx-compile.ts), by worker threads that compile every plan ahead of the pages
 * asking for them; a page only runs the compiled code, marked as an MDX component so that
 * Astro's JSX renderer draws it with the document components (src/components/doc/Document.astro).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '@mdx-js/mdx';
import type { MDXComponents } from 'mdx/types';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { Fragment, jsx } from 'astro/jsx-runtime';
import { type CompileJob, compiledFile, mdxSource } from './mdx-compile.ts';
import { allPlans, GENERATED } from './plans.ts';
import { WorkerPool } from './worker-pool.ts';

type Props = { components?: MDXComponents };

const mdxFile = (slug: string) => join(GENERATED, 'plans', `${slug}.mdx`);

let pool: WorkerPool<CompileJob> | undefined;
/** Queues the compilation of every plan not in the cache, in catalog order (the order pages are built), once. */
function compileAhead(): WorkerPool<CompileJob> {
  if (pool) return pool;
  const p = new WorkerPool<CompileJob>('mdx-compile.ts', (job) => `compiling ${job.file}`);
  pool = p;
  for (const { entry } of allPlans) {
    const file = mdxFile(entry.slug);
    const out = compiledFile(mdxSource(file));
    // A failure is reported when the plan's page asks for it again.
    if (!existsSync(out)) p.run(out, { file }).catch(() => {});
  }
  return p;
}

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
  const file = mdxFile(slug);
  const out = compiledFile(mdxSource(file));
  if (!existsSync(out)) await compileAhead().run(out, { file });
  const { default: MDXContent } = await run(readFileSync(out, 'utf8'), { Fragment, jsx, jsxs: jsx, baseUrl: `file://${file}` });
  const Content = (props: Props = {}) =>
    MDXContent({ ...props, components: { Fragment: Fragment as unknown as MDXComponents['Fragment'], ...props.components } });
  Object.assign(Content, { [Symbol.for('mdx-component')]: true, [Symbol.for('astro.needsHeadRendering')]: true });
  return Content as unknown as AstroComponentFactory;
}
