/**
 * The seeds folder as files: which files are seeds, and reading one safely. A seed is a regular file inside seeds/: a directory, a device, a path that
 * climbs out (../) or a symbolic link leading out of the folder is refused with its name, so
 * the corpus is exactly what the folder holds.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { IngestError, error } from './problems.ts';
import { SEED_EXTENSIONS } from './read/index.ts';

/** Larger than any plan (the biggest seed is 140 KB; a 300-page PDF a few MB). */
const MAX_SEED_BYTES = 64 * 1024 * 1024;

const isSeedName = (name: string) => SEED_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** Names of the seed files (any readable format) directly in the folder, sorted. */
export function listSeeds(seedsDir: string): string[] {
  return readdirSync(seedsDir).filter(isSeedName).sort();
}

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
};

/** The bytes of one seed, after checking it is a regular file inside the folder. */
export function readSeed(seedsDir: string, name: string): Uint8Array {
  const path = join(seedsDir, name);
  if (isAbsolute(name) || !inside(seedsDir, path)) {
    throw new IngestError([error(join(seedsDir, 'catalog.yaml'), `the file "${name}" is not inside the seeds folder`)]);
  }
  let stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) throw new IngestError([error(path, 'the seed file is missing')]);
  if (stat.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      throw new IngestError([error(path, 'a symbolic link to nothing (its target is missing)')]);
    }
    if (!inside(realpathSync(seedsDir), target)) {
      throw new IngestError([error(path, `a symbolic link leading out of the seeds folder (to ${target}) is not followed`)]);
    }
    stat = statSync(target);
  }
  if (stat.isDirectory()) throw new IngestError([error(path, 'a seed must be a file, and this is a directory')]);
  if (!stat.isFile()) throw new IngestError([error(path, 'a seed must be a regular file (this is a device, socket or pipe)')]);
  if (stat.size > MAX_SEED_BYTES) throw new IngestError([error(path, `the file is ${stat.size} bytes, more than any plan (${MAX_SEED_BYTES} bytes at most)`)]);
  return readFileSync(path);
}
