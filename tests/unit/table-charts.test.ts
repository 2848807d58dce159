/**
 * What the indicator charts say: met or missed, the course a target sets, bounds, flags, and
 * what they leave out and why. Expectations are data (tests/fixtures/charts/); the tables are the
 * seeds' rebuilt ones, and a held-out table with other indicators checks the rules are general.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { betterDirection, chartSpecs, tableChart } from '../../src/build/table-charts.ts';
import { t } from '../../src/lib/i18n/index.ts';
import { shortName } from '../../src/build/indicator-figures.ts';
import type { ChartSpec } from '../../src/lib/chart-spec.ts';
import type { PlanData } from '../../src/lib/plan-data.ts';
import type { IndicatorTable } from '../../src/lib/plan-types.ts';

const generated = (slug: string): PlanData => JSON.parse(readFileSync(`src/generated/data/${slug}.json`, 'utf8')) as PlanData;
const linhai = generated('linhai-14-outline');

interface Line {
  label: string;
  drawn?: string;
  better?: string;
  bound?: string;
  flag?: string;
  why?: string;
  says?: string;
}

/** A chart as lines in the fixture's terms. */
function lines(spec: ChartSpec): Line[] {
  const drawn: Line[] =
    spec.kind === 'attainment'
      ? spec.bars.map((b) => ({
          label: b.label,
          drawn: b.basisChanged ? 'incomparable' : b.met ? 'met' : 'missed',
          better: b.better,
          bound: b.bound,
          flag: b.caveats.join('；'),
        }))
      : spec.groups.flatMap((g) => g.points.map((p) => ({ label: p.label, drawn: p.course, better: p.better, bound: p.bound, flag: p.caveats.join('；') })));
  return [...drawn, ...spec.excluded.map((e) => ({ label: e.label, why: e.why, says: e.reason }))];
}

/** Check one chart against expected lines: the same indicators, each as expected. */
function check(spec: ChartSpec, expected: Line[]) {
  const got = new Map(lines(spec).map((l) => [l.label, l]));
  expect([...got.keys()].sort()).toEqual(expected.map((e) => e.label).sort());
  for (const e of expected) {
    const g = got.get(e.label)!;
    if (e.why) {
      expect({ label: e.label, why: g.why }).toEqual({ label: e.label, why: e.why });
      expect(g.says, e.label).toContain(e.says);
      continue;
    }
    expect({ label: e.label, drawn: g.drawn, better: g.better, bound: g.bound }).toEqual({
      label: e.label,
      drawn: e.drawn,
      better: e.better,
      bound: e.bound ?? 'point',
    });
    if (e.flag) expect(g.flag, e.label).toContain(e.flag);
    else expect(g.flag, e.label).toBe('');
  }
}

describe('the Linhai outline: every indicator drawn or listed with its reason', () => {
  const expected = parse(readFileSync('tests/fixtures/charts/linhai-14-outline.yaml', 'utf8')) as Record<string, Line[]>;
  it.each(linhai.tables.map((t) => [t.id, t] as const))('%s', (id, t) => {
    check(tableChart(t)!, expected[id]);
  });

  it('numbers: percentages of target and indices to 2020 = 100', () => {
    const [t1, t2] = linhai.tables.map((t) => tableChart(t)!);
    const bar = (label: string) => t1.kind === 'attainment' && t1.bars.find((b) => b.label === label);
    expect(bar('地区生产总值')).toMatchObject({ target: '665', actual: '738.48', percent: 111 });
    expect(bar('万元生产总值耗地量')).toMatchObject({ target: '[-9.88]', actual: '[-20.47]', percent: 207.2 });
    expect(bar('细颗粒物(PM2.5)浓度')).toMatchObject({ target: '≤35', actual: '22', percent: 159.1 });
    expect(bar('主要污染物减排：氨氮')).toMatchObject({ target: '20.3', actual: '32.94', percent: 162.3 });
    const point = (label: string) => t2.kind === 'index' && t2.groups.flatMap((g) => g.points).find((p) => p.label === label);
    expect(point('人才资源总量')).toMatchObject({ base: '17.6', target: '23', index: 130.7 });
    expect(point('空气质量优良天数比率')).toMatchObject({ base: '98.6', target: '96以上', index: 97.4, course: 'hold' });
    expect(t2.kind === 'index' && t2.groups.map((g) => g.category)).toEqual([
      '经济发展',
      '科技创新',
      '改革开放',
      '文化发展',
      '生态环境',
      '市域治理',
      '社会民生',
      '安全保障',
    ]);
  });
});

describe('a held-out table: other indicators, columns known only by their headers', () => {
  const fixture = parse(readFileSync('tests/fixtures/charts/held-out.yaml', 'utf8')) as Record<
    string,
    { table: IndicatorTable; note?: string; expected: Line[] }
  >;
  it.each(Object.entries(fixture))('%s', (label, { table, note, expected }) => {
    const spec = tableChart({ id: 'table9', label, title: '', table, ...(note ? { note } : {}) });
    expect(spec).toBeDefined();
    check(spec!, expected);
  });
});

describe('betterDirection', () => {
  it.each([
    ['亿元生产总值生产安全事故死亡率', 'lower'],
    ['细颗粒物(PM2.5)浓度(微克/立方米)', 'lower'],
    ['万元生产总值耗地量(平方米)', 'lower'],
    ['城镇调查失业率', 'lower'],
    ['单位生产总值能耗降低(%)', 'higher'],
    ['儿童青少年总体近视率降低', 'higher'],
    ['地区生产总值(亿元)', 'higher'],
  ] as const)('%s → %s', (name, better) => expect(betterDirection(name)).toBe(better));
});

it('every table of every seed plan: each row drawn or listed', () => {
  for (const slug of ['linhai-14-outline', 'quzhou-14-outline', 'taizhou-14-proposal', 'jiaxing-15-proposal', 'linhai-common-prosperity']) {
    for (const t of generated(slug).tables) {
      const spec = tableChart(t);
      if (!spec) continue;
      const labels = lines(spec).map((l) => l.label);
      for (const r of t.table.groups.flatMap((g) => g.rows)) {
        const name = shortName(r);
        expect(
          labels.some((l) => l === name || name.startsWith(l.split('：')[0])),
          `${slug} ${t.id}: ${name}`,
        ).toBe(true);
      }
    }
  }
});

it('specs are written in the page script', () => {
  const [hant] = chartSpecs(linhai, 'hant');
  expect(hant.title).toBe('表一 圖示：2020年目標完成情況');
  // Title and axis come from the i18n dictionary (src/lib/i18n/chart.json), not from OpenCC.
  expect(hant.axis).toBe(t('hant', 'chart.axisAttainment'));
  const [, index] = chartSpecs(linhai, 'hant');
  expect([index.title, index.axis]).toEqual(['表二 圖示：2025年目標與2020年基數', '2025年目標（2020年 = 100）']);
  // The flag survives conversion (the caveat's words do not: 口径 becomes 口徑).
  expect(hant.kind === 'attainment' && hant.bars.find((b) => b.basisChanged)?.label).toBe('常住人口城鎮化率');
});
