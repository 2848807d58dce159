/**
 * The ingestion cache: a plan whose inputs have not changed is not ingested again. The key
 * is a hash of everything the output depends on — the seed's bytes, its catalog entry, its
 * curated tables, and the ingestion code itself: every module `npm run ingest` reaches through
 * its imports (`module-graph.ts`) and the lock file that pins its packages — so a stale entry
 * can never be hit; entries are simply never read again. The folder (.cache/ingest/) is git-ignored; deleting
 * it is always safe.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogEntry } from '../src/lib/catalog-schema.ts';
import { closureHash } from './module-graph.ts';

/** What one plan's ingestion produces: its generated files (by path) and its report entry. */
export interface CachedPlan {
  files: Record<string, string>;
  report: unknown;
}

/** The ingestion's entry: every module it imports, directly or not, is part of the key. */
export const INGEST_ENTRY = 'ingest/cli.ts';

let ingestHash: string | undefined;
/** The project this module belongs to: the code that runs is the code hashed, whatever the working folder. */
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One hash of the ingestion code, computed once per process. */
export function ingestCodeHash(root = PROJECT_ROOT): string {
  ingestHash ??= closureHash([INGEST_ENTRY], root);
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
