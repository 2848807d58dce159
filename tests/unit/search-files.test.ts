/**
 * The search step of `npm run ingest` (src/build/search-files.ts): plan by plan from
 * src/generated/, it writes exactly the files the in-memory build of every plan at once makes
 * (the build inside Astro before), names the two the pages carry, and a failed run leaves the
 * previous files in place; an unchanged corpus is restored from its cache.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allPlanData } from '../../src/build/plans.ts';
import { restoreSearch, searchKey, storeSearch } from '../../src/build/search-cache.ts';
import { writeSearchOutput } from '../../src/build/search-files.ts';
import { buildSearchFiles, type PlanSource } from '../../src/build/search-index.ts';
import type { PlanData } from '../../src/lib/plan-data.ts';

const tmp = mkdtempSync(join(tmpdir(), 'search-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const plans = allPlanData();
const expected = buildSearchFiles(plans);
const bytes = (content: string | Uint8Array) => Buffer.from(content);

describe('the search step', () => {
  const dir = join(tmp, 'search');
  const namesFile = join(tmp, 'search.json');
  const built = writeSearchOutput({ dir, namesFile });

  it('writes the files of the in-memory build, same names and bytes', () => {
    expect(readdirSync(dir).sort()).toEqual([...expected.files.keys()].sort());
    for (const [name, content] of expected.files) expect(readFileSync(join(dir, name)).equals(bytes(content)), name).toBe(true);
    expect(built.files).toBe(expected.files.size);
  });

  it('names the manifest and the fold table for the pages', () => {
    expect(JSON.parse(readFileSync(namesFile, 'utf8'))).toEqual({ manifest: expected.manifestFile, fold: expected.foldFile });
    expect(existsSync(join(dir, expected.manifestFile))).toBe(true);
  });

  it('reads every plan afresh on each pass and keeps none: fresh copies give the same files', () => {
    let passes = 0;
    const fresh: PlanSource = function* () {
      passes++;
      for (const plan of plans) yield structuredClone(plan);
    };
    const out = join(tmp, 'fresh');
    writeSearchOutput({ dir: out, namesFile: join(tmp, 'fresh.json'), plans: fresh });
    expect(readdirSync(out).sort()).toEqual([...expected.files.keys()].sort());
    for (const [name, content] of expected.files) expect(readFileSync(join(out, name)).equals(bytes(content)), name).toBe(true);
    // The fold table (2), the gram directory (2), the fragments' hash and their writing (2).
    expect(passes).toBe(6);
  });

  it('leaves the previous files as they were when a run fails', () => {
    const keep = join(tmp, 'keep');
    const names = join(tmp, 'keep.json');
    writeSearchOutput({ dir: keep, namesFile: names });
    writeFileSync(join(keep, 'marker'), 'x');
    const broken: PlanSource = function* () {
      yield plans[0];
      yield { ...plans[1], records: null } as unknown as PlanData;
    };
    expect(() => writeSearchOutput({ dir: keep, namesFile: names, plans: broken })).toThrow();
    expect(readFileSync(join(keep, 'marker'), 'utf8')).toBe('x');
    expect(JSON.parse(readFileSync(names, 'utf8')).manifest).toBe(expected.manifestFile);
  });
});

describe('the search cache', () => {
  const data = join(tmp, 'data');
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, 'a.json'), '{"a":1}');
  writeFileSync(join(data, 'b.json'), '{"b":1}');

  it('keys the files by every plan’s data, in order', () => {
    const key = searchKey(data, ['a', 'b']);
    expect(searchKey(data, ['a', 'b'])).toBe(key);
    expect(searchKey(data, ['b', 'a'])).not.toBe(key);
    expect(searchKey(data, ['a'])).not.toBe(key);
    writeFileSync(join(data, 'b.json'), '{"b":2}');
    expect(searchKey(data, ['a', 'b'])).not.toBe(key);
  });

  it('restores what it stored, keeps one entry, and misses an unknown key', () => {
    const cache = join(tmp, 'cache');
    const dir = join(tmp, 'cached-search');
    const names = join(tmp, 'cached-search.json');
    writeSearchOutput({ dir, namesFile: names });
    storeSearch(cache, 'old', dir, names);
    storeSearch(cache, 'k1', dir, names);
    expect(readdirSync(cache)).toEqual(['k1']);
    rmSync(dir, { recursive: true });
    rmSync(names);
    expect(restoreSearch(cache, 'other', dir, names)).toBe(false);
    expect(existsSync(dir)).toBe(false);
    expect(restoreSearch(cache, 'k1', dir, names)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([...expected.files.keys()].sort());
    for (const [name, content] of expected.files) expect(readFileSync(join(dir, name)).equals(bytes(content)), name).toBe(true);
    expect(JSON.parse(readFileSync(names, 'utf8')).manifest).toBe(expected.manifestFile);
  });
});
