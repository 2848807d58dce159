/**
 * Stage 7 — write atomically. A folder is filled beside its target under a temporary name,
 * then replaces the target by rename: a run that fails before the swap leaves the previous
 * output exactly as it was. Used for src/generated/ here and for dist/ by tools/build.ts.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Fill a fresh folder beside `dir` with `fill`, then swap it in; on any throw, `dir` is untouched. */
export function replaceDirectory(dir: string, fill: (tmp: string) => void): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    fill(tmp);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(tmp, dir);
  rmSync(old, { recursive: true, force: true });
}

/** files: path relative to `dir` → content. */
export function writeTreeAtomically(dir: string, files: Map<string, string>): void {
  replaceDirectory(dir, (tmp) => {
    for (const [rel, content] of files) {
      const path = join(tmp, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  });
}

/** One file, replaced by rename. */
export function writeFileAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}
