/**
 * The ingestion cache: a plan whose inputs have not changed is not ingested again. The key
 * is a hash of everything the output depends on — the seed's bytes, its catalog entry, its
 * curated tables, and the ingestion code itself (every source file under ingest/, src/lib/,
 * the converter, and the lock file that pins OpenCC) — so a stale entry can never be hit;
 * entries are simply never read again. The folder (.cache/ingest/) is git-ignored; deleting
 * it is always safe.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CatalogEntry } from '../src/lib/catalog-schema.ts';

/** What one plan's ingestion produces: its generated files (by path) and its report entry. */
export interface CachedPlan {
  files: Record<string, string>;
  report: unknown;
}

/** Source files whose change must invalidate every cached plan, relative to the project root. */
const CODE = ['ingest', 'src/lib', 'src/build/convert.ts', 'src/build/mdx-compile.ts', 'package-lock.json'];

/** The file itself, or every source file under a folder. */
function sources(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|json|yaml)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

/** One hash of the source files under these paths (files or folders, relative to `root`). */
export function codeHash(entries: readonly string[], root = process.cwd()): string {
  const h = createHash('sha256');
  for (const entry of entries) {
    for (const file of sources(join(root, entry)).sort()) {
      h.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return h.digest('hex');
}

let ingestHash: string | undefined;
/** One hash of the ingestion code, computed once per process. */
export function ingestCodeHash(root = process.cwd()): string {
  ingestHash ??= codeHash(CODE, root);
  return ingestHash;
}

/** The cache key of one plan: its inputs and the code that ingests them. */
export function planKey(entry: CatalogEntry, seed: Uint8Array, curated: readonly { path: string; text: string }[], code: string, file = ''): string {
  // The seed's path too: the plan's report names it, and the same plan read from another folder must not say the first one's.
  const h = createHash('sha256').update(code).update('\0').update(file).update('\0').update(JSON.stringify(entry)).update('\0').update(seed);
  for (const c of curated) h.update('\0').update(c.path).update('\0').update(c.text);
  return h.digest('hex');
}

export function readCached(dir: string, key: string): CachedPlan | undefined {
  const file = join(dir, `${key}.json`);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CachedPlan;
  } catch {
    return undefined; // a torn or foreign file is a miss, never an error
  }
}

export function writeCached(dir: string, key: string, value: CachedPlan): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${key}.json`);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
}
