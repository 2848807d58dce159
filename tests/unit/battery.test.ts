/**
 * The bad-input battery (issue 22), as data: tests/fixtures/battery/cases.yaml. Every valid
 * shape is ingested whole with its text in the source's order; every invalid input is refused
 * with a message naming its culprit, no stack trace, and the output folder left as it was.
 * The corpus-wide steps run too (in-process, or as processes through the CLI), so a plan that
 * one of them cannot take fails here.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../ingest/corpus.ts';
import type { PlanData } from '../../src/lib/plan-data.ts';
import { type BatteryCase, INLINE_STEPS, materialise, runCase, SLUG } from '../helpers/battery.ts';

const cases = parse(readFileSync('tests/fixtures/battery/cases.yaml', 'utf8')) as BatteryCase[];
const root = mkdtempSync(join(tmpdir(), 'battery-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** An output folder as a previous run left it. */
function previousOutput(dir: string): string {
  const out = join(dir, 'generated');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'sentinel.txt'), 'previous output');
  return out;
}

const STACK = /\n\s+at .+\(?.+:\d+:\d+\)?/;

describe('the battery', () => {
  it('has more cases than the issue listed, valid and invalid, with unique names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(cases.filter((c) => c.expect === 'ok').length).toBeGreaterThanOrEqual(25);
    expect(cases.filter((c) => c.expect === 'refused').length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', { timeout: 120_000 }, async (_, c) => {
    const dir = mkdtempSync(join(root, `${c.name}-`));
    const { seeds, seed } = materialise(c, dir);
    const out = previousOutput(dir);
    const outcome = await runCase(c, seeds, out);
    expect(outcome.printed, 'no stack trace reaches the person').not.toMatch(STACK);
    expect(
      readdirSync(dir).filter((f) => /\.(tmp|old)-\d+$/.test(f)),
      'no temporary folder is left',
    ).toEqual([]);
    if (c.expect === 'refused') {
      expect(outcome.ok, outcome.printed).toBe(false);
      const culprit = c.culprit === 'catalog' ? join(seeds, 'catalog.yaml') : c.culprit === 'tables' ? join(seeds, 'tables', SLUG) : seed;
      const named = outcome.messages.filter((m) => m.includes(culprit));
      expect(named.length, `a message names ${culprit}:\n${outcome.printed}`).toBeGreaterThan(0);
      if (c.message) expect(named.join('\n')).toMatch(new RegExp(c.message));
      expect(readdirSync(out), 'the output folder is untouched').toEqual(['sentinel.txt']);
      expect(readFileSync(join(out, 'sentinel.txt'), 'utf8')).toBe('previous output');
      return;
    }
    expect(outcome.ok, outcome.printed).toBe(true);
    if (c.message) expect(outcome.printed).toMatch(new RegExp(c.message));
    expect(existsSync(join(out, 'sentinel.txt')), 'the output folder was replaced').toBe(false);
    for (const part of ['related', 'search', `data/${SLUG}.json`, `plans/${SLUG}.mdx`]) expect(existsSync(join(out, part)), part).toBe(true);
    const data = JSON.parse(readFileSync(join(out, 'data', `${SLUG}.json`), 'utf8')) as PlanData;
    const script = data.entry.script;
    const text = data.records.map((r) => r.text[script]).join('\n');
    let at = 0;
    for (const piece of c.order ?? []) {
      const found = text.indexOf(piece, at);
      expect(found, `"${piece}" after position ${at} in:\n${text.slice(0, 400)}`).toBeGreaterThanOrEqual(0);
      at = found + piece.length;
    }
    for (const piece of c.absent ?? []) expect(text).not.toContain(piece);
  });
});

describe('all or nothing', () => {
  it('leaves the output as it was when a corpus step fails, naming the plan', async () => {
    const c = cases.find((x) => x.name === 'chapters-and-sections') as BatteryCase;
    const dir = mkdtempSync(join(root, 'step-fails-'));
    const { seeds } = materialise(c, dir);
    const out = previousOutput(dir);
    const failing = (d: string) => {
      const data = readdirSync(join(d, 'data'));
      throw new Error(`cannot take ${data.join(', ')}`);
    };
    await expect(ingestCorpus({ seedsDir: seeds, outDir: out, steps: [...INLINE_STEPS, failing] })).rejects.toThrow(`cannot take ${SLUG}.json`);
    expect(readdirSync(out)).toEqual(['sentinel.txt']);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('removes a folder left by a run that was killed (its process gone)', async () => {
    const c = cases.find((x) => x.name === 'chapters-and-sections') as BatteryCase;
    const dir = mkdtempSync(join(root, 'stale-'));
    const { seeds } = materialise(c, dir);
    const out = previousOutput(dir);
    // A pid that is not running: the highest a Linux kernel hands out, plus one.
    mkdirSync(`${out}.tmp-4194305`);
    await ingestCorpus({ seedsDir: seeds, outDir: out, steps: INLINE_STEPS });
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
