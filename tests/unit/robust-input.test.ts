/**
 * Hostile or broken input: each case once crashed with a raw stack trace, hung, or was taken
 * silently. Each must now give a clear message naming the file (and line), or be handled.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCatalog } from '../../ingest/catalog.ts';
import { planData } from '../../ingest/emit-data.ts';
import { ingestPlan } from '../../ingest/pipeline.ts';
import { formatProblem, IngestError } from '../../ingest/problems.ts';
import { readSource } from '../../ingest/read/index.ts';
import { ingestAll } from '../../ingest/run.ts';
import { fixtureEntry } from '../helpers/entry.ts';

function messages(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof IngestError) return e.problems.map(formatProblem);
    throw e;
  }
  throw new Error('expected an IngestError');
}

const encode = (s: string) => new TextEncoder().encode(s);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});
const seedsCopy = () => {
  dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
  return join(dir, 'seeds');
};

describe('text is cut by code points', () => {
  it('an astral character at a cut point never leaves a lone surrogate in the data', () => {
    for (const pad of [21, 22, 23, 24]) {
      const text = `一、总则\n1.${'甲'.repeat(pad)}𠀀😀${'乙'.repeat(30)}，${'丙'.repeat(20)}\n`;
      const plan = ingestPlan(fixtureEntry(), encode(text), 'astral.txt');
      const json = JSON.stringify(planData(plan.entry, plan.doc, plan.counts, 0));
      expect(json).not.toMatch(LONE_SURROGATE);
    }
  });
});

describe('pathological text', () => {
  it('a 200 KB line of nested brackets is ingested in linear time', () => {
    const line = `一、总则\n${'('.repeat(100_000)}规划${')'.repeat(100_000)}\n`;
    const started = performance.now();
    const plan = ingestPlan(fixtureEntry(), encode(line), 'brackets.txt');
    // Linear: ~0.5 s on a quiet machine; the quadratic scan took 440 s.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(plan.counts.chapters).toBe(1);
  });

  it('a file of only zero-width and other invisible characters is not a plan', () => {
    expect(messages(() => readSource(encode('\u200b\u200c\u200d\n\ufeff\u2060\u3000\n'), 'seeds/zw.txt'))).toEqual([
      'seeds/zw.txt: error: no plan text: the file holds only white space or invisible characters (such as zero-width spaces)',
    ]);
  });
});

describe('the catalog', () => {
  it('refuses a YAML alias bomb with a message, not a stack trace', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${`*${'abcdefghi'[i]}, `.repeat(10)}]`),
      'plans: []',
    ].join('\n');
    const msgs = messages(() => parseCatalog(bomb, 'seeds/catalog.yaml'));
    expect(msgs[0]).toMatch(/^seeds\/catalog\.yaml(:\d+)?: error: .*alias/);
  });

  it('refuses a date that is not on the calendar, naming its line', () => {
    const text = readFileSync('seeds/catalog.yaml', 'utf8').replace('written: 2021-11-20', 'written: 2021-13-45');
    const line = text.split('\n').findIndex((l) => l.includes('2021-13-45')) + 1;
    expect(messages(() => parseCatalog(text, 'seeds/catalog.yaml'))).toContain(
      `seeds/catalog.yaml:${line}: error: catalog entry invalid at plans.1.dates.written: 2021-13-45 is not a calendar date (YYYY-MM-DD)`,
    );
  });
});

describe('the seeds folder', () => {
  it('refuses a seed that is a directory', () => {
    const seeds = seedsCopy();
    rmSync(join(seeds, 'quzhou-14-outline.txt'));
    mkdirSync(join(seeds, 'quzhou-14-outline.txt'));
    expect(messages(() => ingestAll(seeds))).toContain(`${join(seeds, 'quzhou-14-outline.txt')}: error: a seed must be a file, and this is a directory`);
  });

  it('refuses a symbolic link that leads out of seeds/', () => {
    const seeds = seedsCopy();
    const outside = join(dir, 'outside.txt');
    cpSync(join(seeds, 'quzhou-14-outline.txt'), outside);
    rmSync(join(seeds, 'quzhou-14-outline.txt'));
    symlinkSync(outside, join(seeds, 'quzhou-14-outline.txt'));
    expect(messages(() => ingestAll(seeds))).toContain(
      `${join(seeds, 'quzhou-14-outline.txt')}: error: a symbolic link leading out of the seeds folder (to ${outside}) is not followed`,
    );
  });
});
