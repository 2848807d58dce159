/**
 * Cache keys follow the import graph: editing any module a cached step reaches, directly or
 * not, changes its key, and a fresh copy of the project with one such module edited ingests
 * every plan again. (A hand-kept list of folders once missed src/components/doc/table-layout.ts.)
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INGEST_ENTRY } from '../../ingest/cache.ts';
import { closureHash, moduleClosure } from '../../ingest/module-graph.ts';

const tmp = mkdtempSync(join(tmpdir(), 'module-graph-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of just these files (and the lock file) under a new root. */
function copyOf(files: readonly string[], name: string): string {
  const root = join(tmp, name);
  for (const file of [...files, 'package-lock.json']) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(file, join(root, file));
  }
  return root;
}

describe('the module graph', () => {
  it('reaches modules outside ingest/ that the ingestion imports, workers included', () => {
    const closure = moduleClosure([INGEST_ENTRY]);
    for (const file of [
      'ingest/run.ts',
      'ingest/read/pdf-worker.ts',
      'ingest/read/docx-worker.ts',
      'src/components/doc/table-layout.ts',
      'src/build/mdx-compile.ts',
      'src/lib/plan-types.ts',
    ]) {
      expect(closure).toContain(file);
    }
    // Not the corpus steps, which are spawned by path and keyed apart.
    expect(closure).not.toContain('src/build/related/stored.ts');
  });

  it.each([
    ['the ingestion', INGEST_ENTRY],
    ['the search step', 'src/build/search-files.ts'],
  ])('changes the key of %s when any module it reaches changes', (_, entry) => {
    const closure = moduleClosure([entry]);
    const root = copyOf(closure, entry.replace(/\W/g, '-'));
    let before = closureHash([entry], root);
    expect(before).toBe(closureHash([entry]));
    for (const file of closure) {
      appendFileSync(join(root, file), file.endsWith('.json') ? ' ' : '\n// edited\n');
      const after = closureHash([entry], root);
      expect(after, file).not.toBe(before);
      before = after;
    }
    appendFileSync(join(root, 'package-lock.json'), ' ');
    expect(closureHash([entry], root)).not.toBe(before);
  });

  it('names an entry that does not exist', () => {
    expect(() => moduleClosure(['ingest/no-such-module.ts'])).toThrow(/no-such-module\.ts/);
  });

  it('ingests every plan again in a fresh copy where a transitively imported module was edited', () => {
    const root = join(tmp, 'project');
    for (const dir of ['ingest', 'src', 'seeds']) cpSync(dir, join(root, dir), { recursive: true, filter: (f) => !f.includes('src/generated') });
    for (const file of ['package.json', 'package-lock.json']) cpSync(file, join(root, file));
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    const ingest = () => {
      const run = spawnSync(process.execPath, ['ingest/cli.ts'], { cwd: root, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      return /(\d+) of (\d+) plan\(s\) unchanged/.exec(run.stdout)?.slice(1, 3).map(Number);
    };
    expect(ingest()).toEqual([0, 5]);
    expect(ingest()).toEqual([5, 5]);
    appendFileSync(join(root, 'src/components/doc/table-layout.ts'), '\n// edited\n');
    expect(ingest()).toEqual([0, 5]);
  }, 120_000);
});
