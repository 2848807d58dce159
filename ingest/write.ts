/**
 * Stage 7 — write atomically. A folder is filled beside its target under a temporary name,
 * then replaces the target by rename: a run that fails before the swap leaves the previous
 * output exactly as it was. Used for src/generated/ here and for dist/ by tools/build.ts.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The temporary folder a process fills beside `dir`. */
export const tmpDirOf = (dir: string, pid = process.pid): string => `${dir}.tmp-${pid}`;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but is someone else's.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes the `<dir>.tmp-<pid>` and `<dir>.old-<pid>` folders left by a run that was killed
 * before it could clean up (its process is gone); returns the folders removed.
 */
export function removeStale(dir: string): string[] {
  const parent = dirname(dir);
  if (!existsSync(parent)) return [];
  const pattern = new RegExp(`^${basename(dir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)$`);
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    const m = pattern.exec(name);
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    removed.push(join(parent, name));
  }
  return removed;
}

/** Puts the filled folder `tmp` in the place of `dir` (two renames; `dir` may not exist yet). */
export function swapIn(tmp: string, dir: string): void {
  const old = `${dir}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(tmp, dir);
  rmSync(old, { recursive: true, force: true });
}

/** Fill a fresh folder beside `dir` with `fill`, then swap it in; on any throw, `dir` is untouched. */
export function replaceDirectory(dir: string, fill: (tmp: string) => void): void {
  const tmp = tmpDirOf(dir);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    fill(tmp);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  swapIn(tmp, dir);
}

/** files: path relative to `dir` → content. */
export function writeTreeAtomically(dir: string, files: Map<string, string>): void {
  replaceDirectory(dir, (tmp) => writeTree(tmp, files));
}

/** files: path relative to `dir` → content, written into `dir` as it is. */
export function writeTree(dir: string, files: Map<string, string>): void {
  for (const [rel, content] of files) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** One file, replaced by rename. */
export function writeFileAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}
