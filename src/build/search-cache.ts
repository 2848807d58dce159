/**
 * The search step's cache: the files depend on every plan at once (the fold table, the common
 * pairs, one hash naming every chunk and fragment), so they are kept whole, under a key that
 * hashes every plan's data (in catalog order) and the code that makes them. An unchanged
 * corpus then costs a hash of its data and a copy (~1 s at 1,000 plans) instead of a build
 * (~40 s). One entry is kept (.cache/search/<key>/, ~0.2 GB at 1,000 plans); deleting the
 * folder is always safe.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { codeHash } from '../../ingest/cache.ts';
import { replaceDirectory, writeFileAtomically } from '../../ingest/write.ts';

/** Source files whose change must rebuild the search files, relative to the project root. */
const CODE = [
  'src/build/search-index.ts',
  'src/build/search-files.ts',
  'src/build/gram-index.ts',
  'src/build/search-text.ts',
  'src/build/search-table-text.ts',
  'src/build/fold-table.ts',
  'src/build/chapters.ts',
  'src/build/plans.ts',
  'src/build/convert.ts',
  'src/lib',
  'package-lock.json',
];

/** The key of the search files made from these plans' data files (`dataDir`/<slug>.json, in this order). */
export function searchKey(dataDir: string, slugs: readonly string[], root = process.cwd()): string {
  const h = createHash('sha256').update(codeHash(CODE, root));
  for (const slug of slugs)
    h.update('\0')
      .update(slug)
      .update('\0')
      .update(readFileSync(join(dataDir, `${slug}.json`)));
  return h.digest('hex');
}

/** Where an entry keeps the folder and the names file. */
const entry = (cacheDir: string, key: string) => ({ dir: join(cacheDir, key, 'search'), names: join(cacheDir, key, 'search.json') });

/** Puts the cached files for `key` in place of `dir` and `namesFile`; false when there are none. */
export function restoreSearch(cacheDir: string, key: string, dir: string, namesFile: string): boolean {
  const e = entry(cacheDir, key);
  if (!existsSync(e.names)) return false; // written last: an entry without it is torn
  replaceDirectory(dir, (tmp) => cpSync(e.dir, tmp, { recursive: true }));
  writeFileAtomically(namesFile, readFileSync(e.names, 'utf8'));
  return true;
}

/** Keeps `dir` and `namesFile` as the entry for `key`, and drops every other entry. */
export function storeSearch(cacheDir: string, key: string, dir: string, namesFile: string): void {
  replaceDirectory(join(cacheDir, key), (tmp) => {
    cpSync(dir, join(tmp, 'search'), { recursive: true });
    cpSync(namesFile, join(tmp, 'search.json'));
  });
  for (const other of readdirSync(cacheDir)) if (other !== key) rmSync(join(cacheDir, other), { recursive: true, force: true });
}
