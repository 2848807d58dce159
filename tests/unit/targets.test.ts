/**
 * Targets (docs/TARGETS.md): the one figure reader, sentence shapes the seeds have and lack,
 * tables (column roles, a column with no year), a traditional-script plan, bad input reported
 * with file and line, and the gold set with floors so a regression fails. Expectations are data
 * (tests/fixtures/targets/).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingestAll } from '../../ingest/run.ts';
import { ingestPlan } from '../../ingest/pipeline.ts';
import { columnMeanings } from '../../ingest/targets/table.ts';
import { sentenceTargets } from '../../ingest/targets/text.ts';
import type { CatalogEntry } from '../../src/lib/catalog-schema.ts';
import { readFigure } from '../../src/lib/targets/figure.ts';
import { convertUnit, INDICATORS, indicatorKey, normaliseIndicator } from '../../src/lib/targets/indicators.ts';
import { loadGold, scorePlan, splitGroups, totals } from '../../tools/bench/targets-eval.ts';

const fixture = <T>(name: string): T => parse(readFileSync(`tests/fixtures/targets/${name}`, 'utf8')) as T;
/** A sentence's place in a 2021–2025 plan: in a review of the last period (actual) or a target. */
const ctx = (review: boolean) => ({
  plan: 'p',
  id: 'c1-p1',
  kind: review ? ('actual' as const) : ('target' as const),
  targetYear: 2025,
  actualYear: 2020,
  firstYear: 2021,
});

describe('the figure reader', () => {
  const { figures } = fixture<{ figures: ({ printed: string; reason?: string } & Record<string, unknown>)[] }>('figures.yaml');
  it.each(figures.map((f) => [f.printed, f] as const))('%s', (printed, { printed: _, reason, ...want }) => {
    const got = readFigure(printed);
    if (reason) expect(got).toMatchObject({ kind: 'words', reason });
    else expect(got).toMatchObject({ kind: 'number', ...want });
  });
});

describe.each(['sentences.yaml', 'held-out.yaml'])('sentences (%s)', (name) => {
  const { sentences } = fixture<{ sentences: { text: string; review?: boolean; none?: boolean; expect?: Record<string, unknown>[] }[] }>(name);
  it.each(sentences.map((s) => [s.text, s] as const))('%s', (text, s) => {
    const { records } = sentenceTargets(text, ctx(s.review === true));
    if (s.none) expect(records).toEqual([]);
    else {
      expect(records).toHaveLength(s.expect?.length ?? 0);
      for (const [i, want] of (s.expect ?? []).entries()) expect(records[i]).toMatchObject(want);
    }
  });
});

describe('table columns', () => {
  it('reads roles and years from the headers, and reports a column with neither', () => {
    const { meanings, problems } = columnMeanings(
      [
        { key: 'a', header: ['2020年'] },
        { key: 'b', header: ['2025年'] },
        { key: 'c', header: ['年均/累计'] },
        { key: 'd', header: ['备注值'] },
      ],
      2025,
    );
    expect(meanings).toEqual([
      { key: 'a', kind: 'baseline', year: 2020, growth: false },
      { key: 'b', kind: 'target', year: 2025, growth: false },
      { key: 'c', kind: 'target', year: 2025, growth: true },
    ]);
    expect(problems[0].message).toMatch(/备注值.*no year and no role/);
  });
  it('takes 完成情况 as actuals and a rate column its group’s year', () => {
    const { meanings } = columnMeanings(
      [
        { key: 'base', header: ['2015年'] },
        { key: 't', header: ['规划目标', '2020年'] },
        { key: 'tg', header: ['规划目标', '年均增幅(%)'] },
        { key: 'a', header: ['完成情况', '2020年'] },
      ],
      2025,
    );
    expect(meanings.map((m) => [m.key, m.kind, m.year, m.growth])).toEqual([
      ['base', 'baseline', 2015, false],
      ['t', 'target', 2020, false],
      ['tg', 'target', 2020, true],
      ['a', 'actual', 2020, false],
    ]);
  });
});

describe('indicators', () => {
  it('has unique keys, names in both scripts and aliases', () => {
    expect(new Set(INDICATORS.map((i) => i.key)).size).toBe(INDICATORS.length);
    for (const i of INDICATORS) {
      expect(i.names.hans && i.names.hant, i.key).toBeTruthy();
      expect(Array.isArray(i.aliases), i.key).toBe(true);
    }
  });
  it.each([
    ['R&D经费支出占GDP比重', 'rd-intensity'],
    ['研发投入强度', 'rd-intensity'],
    ['研究与试验发展经费投入强度', 'rd-intensity'],
    ['全社会研发投入强度', 'rd-intensity'],
    ['市域城镇化率', 'urbanisation'],
    ['每千人拥有3岁以下婴幼儿托位数', 'childcare-places'],
    ['每千人口执业（助理）医生数（人）', 'doctors-per-1000'],
    ['PM_2.5平均浓度', 'pm25'],
    ['地区生产总值(亿元)', 'gdp'],
  ])('%s → %s', (name, key) => expect(indicatorKey(name)).toBe(key));
  it('keys a rate of growth apart from the level', () => {
    expect(indicatorKey('地区生产总值', true)).toBe('gdp-growth');
    expect(indicatorKey('小微企业贷款余额')).toBe('sme-loan-balance');
    expect(indicatorKey('某种从未见过的指标')).toBeNull();
    expect(normaliseIndicator('全市GDP')).toBe('GDP');
  });
  it('converts units of one kind for comparing, and refuses others', () => {
    expect(convertUnit(3.2, '万人', '人')).toBe(32000);
    expect(convertUnit(1.2, '万亿元', '亿元')).toBe(12000);
    expect(convertUnit(5000, '万元', '亿元')).toBe(0.5);
    expect(convertUnit(1, '%', '亿元')).toBeUndefined();
  });
});

describe('a traditional-script plan (tests/fixtures/targets/traditional.yaml)', () => {
  const { text, expect: want } = fixture<{ text: string; expect: Record<string, unknown>[] }>('traditional.yaml');
  const entry: CatalogEntry = {
    ...ingestAll('seeds')[0].entry,
    slug: 'fixture-14-outline',
    file: 'fixture.txt',
    title: '某市國民經濟和社會發展第十四個五年規劃綱要',
  };
  const plan = ingestPlan(entry, new TextEncoder().encode(text), 'fixture.txt');
  it('gives its records in simplified script, achievements as actual', () => {
    expect(entry.script).toBe('hant');
    expect(plan.targets).toHaveLength(want.length);
    for (const [i, w] of want.entries()) expect(plan.targets[i]).toMatchObject(w);
  });
});

describe('bad input is reported with file and line, not guessed', () => {
  it('reports the table cells that are no number', () => {
    const linhai = ingestAll('seeds').find((p) => p.entry.slug === 'linhai-14-outline');
    const notes = linhai?.problems.filter((p) => p.message.startsWith('targets:')) ?? [];
    expect(notes.length).toBeGreaterThanOrEqual(3);
    for (const n of notes) expect(n).toMatchObject({ level: 'warning', file: 'seeds/linhai-14-outline.txt', line: expect.any(Number) });
    expect(notes.map((n) => n.message).join('\n')).toMatch(/按上级任务[\s\S]*与经济增长同步/);
    expect(linhai?.targets.some((t) => t.quote.includes('按上级任务') && t.kind === 'target' && t.row === '13')).toBe(false);
  });
  it('reports a figure after a verb that it cannot read', () => {
    const { records, problems } = sentenceTargets('到2025年，全市粮食产量达到1.2.3万吨。', ctx(false));
    expect(records).toEqual([]);
    expect(problems[0]?.message ?? '').toMatch(/cannot be read/);
  });
});

describe('a unit the rules do not know', () => {
  it('is reported, not guessed', () => {
    const { records, problems } = sentenceTargets('到2025年，全市粮食产量达到1200斤。', ctx(false));
    expect(records).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(['targets: c1-p1: “达到1200斤”: “斤” is no unit the rules know; not listed']);
  });
});

describe('the gold set (tests/fixtures/targets/gold/)', () => {
  const records = ingestAll('seeds').flatMap((p) => p.targets);
  const { plans, groups } = loadGold();
  const t = totals(plans.map((g) => scorePlan(g, records)));
  it('holds 150 or more hand-checked records from all five seeds', () => {
    expect(t.gold).toBeGreaterThanOrEqual(150);
    expect(plans).toHaveLength(5);
  });
  it('is found with recall ≥ 0.9 and precision ≥ 0.9', () => {
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
    expect(t.precision).toBeGreaterThanOrEqual(0.9);
  });
  it.each(['key', 'kind', 'year', 'unit', 'modifier', 'cumulative', 'growth'] as const)('%s right for ≥ 0.9 of those found', (f) => {
    expect(t.field[f]).toBeGreaterThanOrEqual(0.9);
  });
  it('lists at most one achievement as a target', () => expect(t.achievementsAsTargets).toBeLessThanOrEqual(1));
  it('gives one indicator one key across plans', () => expect(splitGroups(groups, records)).toEqual([]));
});

describe('the open-data documentation', () => {
  it('documents every field of targets.csv on the data page and in DATA.md', async () => {
    const { TARGET_FIELDS } = await import('../../src/build/open-data/targets.ts');
    const fields = JSON.parse(readFileSync('src/build/open-data/fields.json', 'utf8')) as { targets: [string][] };
    const documented = new Set(fields.targets.flatMap(([f]) => f.split(/,\s*/)));
    const dataMd = readFileSync('docs/DATA.md', 'utf8');
    for (const f of TARGET_FIELDS) {
      expect(documented.has(f), f).toBe(true);
      expect(dataMd.includes(`\`${f}\``), f).toBe(true);
    }
  });
});
