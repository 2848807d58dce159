/**
 * A plan's MDX compiled to JavaScript, kept in a cache (node_modules/.cache/plan-mdx/) named by
 * a hash of the MDX and the compiler's version: compiling is the costly part of rendering a
 * plan (~0.1–0.7 s a plan, acorn and micromark), running the result takes ~2 ms. The default
 * export is the job of ./worker-pool.ts that fills the cache; ./plan-mdx.ts runs the result.
 * Compiled as @astrojs/mdx compiles it: MDX 3 with no GFM and no smartypants (the plans' MDX is
 * JSX elements and text only, ingest/emit-mdx.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compile } from '@mdx-js/mdx';

const CACHE = join('node_modules', '.cache', 'plan-mdx');
let version: string | undefined;

/** The plan's MDX without its front matter (the slug, for people reading the file; pages have the catalog entry). */
export const mdxSource = (file: string): string => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

/** The cache file of `mdx`'s compiled code. */
export function compiledFile(mdx: string): string {
  // The package does not export its package.json; the build runs from the project root.
  version ??= (JSON.parse(readFileSync(join('node_modules', '@mdx-js', 'mdx', 'package.json'), 'utf8')) as { version: string }).version;
  return join(CACHE, `${createHash('sha256').update(`${version}\n`).update(mdx).digest('hex').slice(0, 32)}.js`);
}

export interface CompileJob {
  /** The plan's .mdx file. */
  file: string;
}

/** Compiles the plan's MDX into the cache (a function body for @mdx-js/mdx's `run`); returns the cache file. */
export default async function compileToCache({ file }: CompileJob): Promise<string> {
  const mdx = mdxSource(file);
  const out = compiledFile(mdx);
  const code = String(await compile(mdx, { outputFormat: 'function-body', development: false }));
  mkdirSync(dirname(out), { recursive: true });
  // Written under a temporary name and renamed: a reader never sees half a file.
  const tmp = `${out}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(tmp, code);
  renameSync(tmp, out);
  return out;
}
