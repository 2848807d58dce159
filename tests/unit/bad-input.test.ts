/**
 * Bad input gets a clear message naming the file (and line), and good odd input still works.
 * The hostile cases at the end each once crashed with a raw stack trace, hung, or were taken
 * silently.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

const fixture = (name: string) => readFileSync(join('tests/fixtures', name));

function messages(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof IngestError) return e.problems.map(formatProblem);
    throw e;
  }
  throw new Error('expected an IngestError');
}

describe('reading bytes', () => {
  it('refuses an empty file, naming it', () => {
    expect(messages(() => readSource(fixture('empty.txt'), 'seeds/empty.txt'))).toEqual(['seeds/empty.txt: error: the file is empty']);
  });

  it('refuses a binary file', () => {
    expect(messages(() => readSource(fixture('binary.bin'), 'seeds/x.txt'))[0]).toMatch(/^seeds\/x\.txt:1: error: this line holds a NUL byte.*binary/);
  });

  it('decodes GB18030 and ingests it like UTF-8', () => {
    const gb = readSource(fixture('gb18030-plan.txt'), 'gb.txt');
    expect(gb.encoding).toBe('gb18030');
    expect(gb.lines[1].text).toBe('一、总体要求');
    const plan = ingestPlan(fixtureEntry(), fixture('gb18030-plan.txt'), 'gb.txt');
    expect(plan.counts).toMatchObject({ chapters: 1, articles: 2 });
  });

  it('strips a UTF-8 BOM and accepts CRLF line ends', () => {
    const r = readSource(fixture('bom-crlf-plan.txt'), 'bom.txt');
    expect(r).toMatchObject({ encoding: 'utf-8', hadBom: true });
    expect(r.lines[0].text).toBe('中共某市委关于制定规划的建议');
    expect(r.lines.every((l) => !l.text.includes('\r'))).toBe(true);
  });
});

describe('odd plan text', () => {
  it('keeps a text without headings as plain paragraphs, with a warning', () => {
    const plan = ingestPlan(fixtureEntry(), fixture('no-headings.txt'), 'seeds/no-headings.txt');
    expect(plan.doc.body.map((b) => b.id)).toEqual(['p1', 'p2']);
    expect(plan.problems.map(formatProblem)).toContain('seeds/no-headings.txt: warning: no recognisable headings: the text is kept as plain paragraphs');
  });

  it('reports duplicate and skipped article numbers with their lines, and never renumbers', () => {
    const plan = ingestPlan(fixtureEntry(), fixture('duplicate-numbers.txt'), 'seeds/dup.txt');
    const msgs = plan.problems.map(formatProblem);
    expect(msgs).toContain('seeds/dup.txt:4: warning: duplicate article number 2 (expected 3)');
    expect(msgs).toContain('seeds/dup.txt:5: warning: skipped or out-of-order article number 4 (expected 3)');
    expect(msgs).toContain('seeds/dup.txt:6: warning: chapter number 3 follows 1 (expected 2)');
    const ids = plan.doc.body.flatMap((c) => ('children' in c ? (c.children as { id: string }[]).map((a) => a.id) : []));
    expect(ids).toEqual(['a1', 'a2', 'a2-dup2', 'a4', 'a5']);
  });
});

describe('the catalog', () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
  const seedsCopy = () => {
    dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    cpSync('seeds', dir, { recursive: true });
    return dir;
  };

  it('reports malformed YAML with its line', () => {
    const msgs = messages(() => parseCatalog('plans:\n  - slug: a\n    slug: b\n', 'seeds/catalog.yaml'));
    expect(msgs[0]).toMatch(/^seeds\/catalog\.yaml:3: error: malformed YAML/);
  });

  it('reports a schema violation with its path and line', () => {
    const text = readFileSync('seeds/catalog.yaml', 'utf8').replace('kind: 纲要', 'kind: 小说');
    const msgs = messages(() => parseCatalog(text, 'seeds/catalog.yaml'));
    expect(msgs[0]).toMatch(/^seeds\/catalog\.yaml:\d+: error: catalog entry invalid at plans\.1\.kind/);
  });

  it('reports a catalog entry without its file', () => {
    const d = seedsCopy();
    rmSync(join(d, 'quzhou-14-outline.txt'));
    expect(messages(() => ingestAll(d))).toContain(
      `${join(d, 'catalog.yaml')}: error: the entry "quzhou-14-outline" names the file "quzhou-14-outline.txt", which is not in seeds/`,
    );
  });

  it('reports a seed file without a catalog entry', () => {
    const d = seedsCopy();
    writeFileSync(join(d, 'stray.txt'), '一、总则\n');
    expect(messages(() => ingestAll(d))).toContain(`${join(d, 'stray.txt')}: error: this seed file has no entry in the catalog (seeds/catalog.yaml)`);
  });

  it('reports a duplicate slug', () => {
    const d = seedsCopy();
    const yaml = readFileSync(join(d, 'catalog.yaml'), 'utf8').replace('slug: jiaxing-15-proposal', 'slug: taizhou-14-proposal');
    writeFileSync(join(d, 'catalog.yaml'), yaml);
    expect(messages(() => ingestAll(d))).toContain(`${join(d, 'catalog.yaml')}: error: duplicate slug "taizhou-14-proposal"`);
  });
});

const encode = (s: string) => new TextEncoder().encode(s);

describe('text is cut by code points', () => {
  it('an astral character at a cut point never leaves a lone surrogate in the data', () => {
    for (const pad of [21, 22, 23, 24]) {
      const text = `一、总则\n1.${'甲'.repeat(pad)}𠀀😀${'乙'.repeat(30)}，${'丙'.repeat(20)}\n`;
      const plan = ingestPlan(fixtureEntry(), encode(text), 'astral.txt');
      // JSON.stringify writes a lone surrogate as an escape (\ud840), so look at the strings themselves.
      const broken: string[] = [];
      JSON.stringify(planData(plan.entry, plan.doc, plan.counts, 0), (_, v) => {
        if (typeof v === 'string' && !v.isWellFormed()) broken.push(v);
        return v;
      });
      expect(broken).toEqual([]);
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

describe('the catalog, hostile', () => {
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
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
  const seedsCopy = () => {
    dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    cpSync('seeds', join(dir, 'seeds'), { recursive: true });
    return join(dir, 'seeds');
  };

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
      `${join(seeds, 'quzhou-14-outline.txt')}: error: a seed is a symbolic link leading out of the seeds folder (to ${outside}); it is not followed`,
    );
  });
});
