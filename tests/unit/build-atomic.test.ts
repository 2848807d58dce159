/** A failed site build leaves the previous dist/ exactly as it was (tools/build.ts). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStale } from '../../ingest/write.ts';
import { BuildFailed, buildAtomically } from '../../tools/build.ts';

let root = '';
let dist = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-'));
  dist = join(root, 'dist');
  mkdirSync(join(dist, 'zh-hans'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), 'previous');
  writeFileSync(join(dist, 'zh-hans', 'index.html'), 'previous page');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const snapshot = () => ({
  entries: readdirSync(root).sort(),
  home: readFileSync(join(dist, 'index.html'), 'utf8'),
  page: readFileSync(join(dist, 'zh-hans', 'index.html'), 'utf8'),
});
const previous = { entries: ['dist'], home: 'previous', page: 'previous page' };

describe('building the site aside, then swapping', () => {
  it('a build that fails half-way leaves dist/ as it was, and no temporary folder', () => {
    const fails = (tmp: string) => {
      writeFileSync(join(tmp, 'index.html'), 'half');
      return false;
    };
    expect(() => buildAtomically(dist, fails)).toThrow(BuildFailed);
    expect(snapshot()).toEqual(previous);
  });

  it('a build that crashes leaves dist/ as it was', () => {
    expect(() =>
      buildAtomically(dist, () => {
        throw new RangeError('lone surrogate');
      }),
    ).toThrow(RangeError);
    expect(snapshot()).toEqual(previous);
  });

  it('a "successful" build that wrote no home page does not replace dist/', () => {
    expect(() => buildAtomically(dist, () => true)).toThrow(/no index\.html/);
    expect(snapshot()).toEqual(previous);
  });

  it('a successful build replaces dist/ whole: nothing of the old build survives', () => {
    buildAtomically(dist, (tmp) => {
      writeFileSync(join(tmp, 'index.html'), 'new');
      return true;
    });
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(dist, 'zh-hans'))).toBe(false);
  });

  it('works when there is no previous dist/', () => {
    rmSync(dist, { recursive: true });
    buildAtomically(dist, (tmp) => {
      writeFileSync(join(tmp, 'index.html'), 'first');
      return true;
    });
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('first');
  });
});

describe('a build killed half-way', () => {
  it('leaves a dist.tmp-<pid> that the next build removes (its process is gone), and no other', () => {
    // The highest pid Linux hands out is 4,194,304: this one never runs.
    mkdirSync(join(root, 'dist.tmp-4194305'));
    mkdirSync(join(root, 'dist.old-4194306'));
    // A build running right now (this process) keeps its folder; so does another project's.
    mkdirSync(join(root, `dist.tmp-${process.pid}`));
    mkdirSync(join(root, 'distant.tmp-4194305'));
    expect(removeStale(dist).sort()).toEqual([join(root, 'dist.old-4194306'), join(root, 'dist.tmp-4194305')]);
    expect(readdirSync(root).sort()).toEqual(['dist', `dist.tmp-${process.pid}`, 'distant.tmp-4194305']);
  });
});
