/**
 * The seeds folder as files: which files are seeds, and reading one safely. A seed, the
 * catalog and a curated table file are each a regular file inside seeds/: a directory, a
 * device or pipe, a path that climbs out (../), a symbolic link leading out of the folder or
 * to nothing, a file too large or one that cannot be read is refused with its name and the
 * reason, as an IngestError, so the corpus is exactly what the folder holds.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, type Stats, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { MAX_SEED_BYTES, MAX_YAML_BYTES } from './limits.ts';
import { IngestError, error } from './problems.ts';
import { bomOf, firstInvalidUtf8, lineAt } from './read/decode.ts';
import { SEED_EXTENSIONS } from './read/extensions.ts';

const isSeedName = (name: string) => SEED_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** Names of the seed files (any readable format) directly in the folder, sorted. */
export function listSeeds(seedsDir: string): string[] {
  return readdirSync(seedsDir).filter(isSeedName).sort();
}

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
};

const fail = (file: string, message: string): never => {
  throw new IngestError([error(file, message)]);
};

/** What a path inside `root` is, following a symbolic link only where it stays inside; refuses the rest. */
function statInside(root: string, path: string, what: string): Stats | undefined {
  let stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (stat.isSymbolicLink()) {
    let target = '';
    try {
      target = realpathSync(path);
    } catch {
      fail(path, `${what} is a symbolic link to nothing (its target is missing)`);
    }
    if (!inside(realpathSync(root), target)) fail(path, `${what} is a symbolic link leading out of the seeds folder (to ${target}); it is not followed`);
    stat = statSync(target);
  }
  return stat;
}

/** The bytes of a regular file, or a refusal naming it: what it is instead, its size, or why it cannot be read. */
function readRegular(root: string, path: string, what: string, max: number): Buffer {
  const stat = statInside(root, path, what);
  if (!stat) return fail(path, `${what} is missing`);
  if (stat.isDirectory()) fail(path, `${what} must be a file, and this is a directory`);
  if (!stat.isFile()) fail(path, `${what} must be a regular file (this is a device, socket or pipe)`);
  if (stat.size > max) fail(path, `the file is ${stat.size} bytes, more than ${what} can be (${max} bytes at most)`);
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(path, `${what} cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (e as Error).message)})`);
  }
}

/** The bytes of one seed, after checking it is a regular file inside the folder. */
export function readSeed(seedsDir: string, name: string): Uint8Array {
  const path = join(seedsDir, name);
  if (isAbsolute(name) || !inside(seedsDir, path)) fail(join(seedsDir, 'catalog.yaml'), `the file "${name}" is not inside the seeds folder`);
  if (!lstatSync(path, { throwIfNoEntry: false })) fail(path, 'the seed file is missing');
  return readRegular(seedsDir, path, 'a seed', MAX_SEED_BYTES);
}

/**
 * A YAML file of the seeds folder (the catalog, a curated table) as text: strict UTF-8, a
 * byte-order mark allowed. A byte that is not UTF-8 is refused with its line, never read as
 * replacement characters (a GBK title would be published as mojibake).
 */
export function readYamlFile(seedsDir: string, path: string, what: string): string {
  const bytes = readRegular(seedsDir, path, what, MAX_YAML_BYTES);
  const bom = bomOf(bytes);
  if (bom && bom.encoding !== 'utf-8') fail(path, `${what} is saved as ${bom.encoding.toUpperCase()}: save it as UTF-8`);
  const body = bytes.subarray(bom?.length ?? 0);
  const bad = firstInvalidUtf8(body);
  if (bad !== -1) {
    throw new IngestError([
      error(
        path,
        `${what} must be UTF-8, and this line holds the byte 0x${body[bad].toString(16).toUpperCase().padStart(2, '0')} (byte offset ${bad + (bom?.length ?? 0)}) that is not UTF-8 — GBK or another encoding? Save the file as UTF-8`,
        lineAt(body, bad),
      ),
    ]);
  }
  return new TextDecoder('utf-8').decode(body);
}

/** The names in seeds/tables/<slug>/ (sorted), or none; refuses a file or anything else standing in for the folder. */
export function curatedNames(seedsDir: string, slug: string): string[] {
  const dir = join(seedsDir, 'tables', slug);
  const stat = statInside(seedsDir, dir, 'the curated tables folder');
  if (!stat) return [];
  if (!stat.isDirectory()) fail(dir, `seeds/tables/${slug} must be a folder of table<N>.yaml files, and this is not a folder`);
  return readdirSync(dir).sort();
}
