/**
 * The modules a program runs, found by following its imports from its entry files, so that a
 * cache key can hash exactly the code its output depends on. A hand-kept list of folders went
 * stale (an imported module outside it was not hashed, and an edit to it served old output);
 * the import graph cannot. Followed: static and dynamic imports, re-exports, and workers or
 * data files named by `new URL('…', import.meta.url)`; a specifier that resolves to no file
 * (a package, or text in a comment) is skipped: packages are pinned by the lock file, which
 * every key hashes too.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Relative specifiers: `from '…'`, `import '…'`, `import('…')`, `new URL('…', import.meta.url)`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bnew\s+URL\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]+)\1/g;

/** Where an import of `specifier` from `file` lands, or undefined when it names no file. */
function resolveSpecifier(file: string, specifier: string): string | undefined {
  const target = resolve(dirname(file), specifier.replace(/[?#].*$/, ''));
  for (const candidate of [target, `${target}.ts`, join(target, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Every file reached from `entries` (absolute or relative to `root`), sorted, relative to `root`. */
export function moduleClosure(entries: readonly string[], root = process.cwd()): string[] {
  const seen = new Set<string>();
  const queue = entries.map((e) => resolve(root, e));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`module graph: entry ${relative(root, file)} does not exist`);
    seen.add(file);
    if (!/\.(ts|mts|js|mjs)$/.test(file)) continue; // data (JSON, YAML, fonts) is hashed, not read for imports
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(SPECIFIER)) {
      const target = resolveSpecifier(file, m[2] as string);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return [...seen].map((f) => relative(root, f)).sort();
}

/** One hash of the code reached from `entries`, and the lock file that pins its packages. */
export function closureHash(entries: readonly string[], root = process.cwd()): string {
  const h = createHash('sha256');
  for (const file of [...moduleClosure(entries, root), 'package-lock.json']) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    h.update(file).update('\0').update(readFileSync(path)).update('\0');
  }
  return h.digest('hex');
}
