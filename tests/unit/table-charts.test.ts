/** What the indicator charts say: met or missed, direction, and what they leave out and why. */
import { describe, expect, it } from 'vitest';
import { attainmentChart, betterDirection, chartSpecs, indexChart } from '../../src/build/table-charts.ts';
import { planData } from '../../ingest/emit-data.ts';
import { ingestAll } from '../../ingest/run.ts';

const linhai = ingestAll('seeds').find((p) => p.entry.slug === 'linhai-14-outline')!;
const data = planData(linhai.entry, linhai.doc, linhai.counts, 1);
const [t1, t2] = data.tables;

describe('betterDirection', () => {
  it.each([
    ['亿元生产总值生产安全事故死亡率', 'lower'],
    ['细颗粒物(PM2.5)浓度(微克/立方米)', 'lower'],
    ['万元生产总值耗地量(平方米)', 'lower'],
    ['单位生产总值能耗降低(%)', 'higher'],
    ['地区生产总值(亿元)', 'higher'],
  ] as const)('%s → %s', (name, better) => expect(betterDirection(name)).toBe(better));
});

describe('表一: 2020 target against 2020 result', () => {
  const chart = attainmentChart(t1.id, t1.table, t1.note, 't');
  const bar = (label: string) => chart.bars.find((b) => b.label === label)!;

  it('marks met and missed targets', () => {
    expect(bar('地区生产总值')).toMatchObject({ target: '665', actual: '738.48', met: true, percent: 111 });
    expect(bar('居民人均可支配收入')).toMatchObject({ target: '48000', actual: '46388', met: false });
    expect(bar('单位生产总值能耗降低')).toMatchObject({ target: '[15]', actual: '[5.72]', met: false });
  });

  it('counts a lower figure as success where lower is better', () => {
    expect(bar('细颗粒物(PM2.5)浓度')).toMatchObject({ target: '≤35', actual: '22', met: true, better: 'lower' });
    expect(bar('亿元生产总值生产安全事故死亡率')).toMatchObject({ met: true, better: 'lower' });
    expect(bar('万元生产总值耗地量')).toMatchObject({ target: '[-9.88]', actual: '[-20.47]', met: true, percent: 207.2 });
  });

  it('flags the indicator whose statistical basis changed, and a 2019 figure', () => {
    expect(bar('常住人口城镇化率').caveat).toContain('新口径');
    expect(bar('常住人口城镇化率').basisChanged).toBe(true);
    expect(bar('户籍人口城镇化率').basisChanged).toBe(false);
    expect(bar('户籍人口城镇化率').caveat ?? '').not.toContain('新口径');
    expect(bar('林木蓄积量').caveat).toContain('2019年');
  });

  it('leaves out what cannot be compared, saying why', () => {
    expect(chart.excluded.map((e) => e.label)).toEqual([
      '互联网普及率',
      '主要污染物减排指标(化学需氧量、氨氮、二氧化硫、氮氧化物)',
      '单位生产总值二氧化碳排放降低',
    ]);
    expect(chart.bars.length + chart.excluded.length).toBe(27); // 25 numbered rows, two of them with two sub-rows
  });
});

describe('表二: 2020 base against 2025 target by category', () => {
  const chart = indexChart(t2.id, t2.table, 't');
  it('keeps the category groups in order and indexes targets to 2020 = 100', () => {
    expect(chart.groups.map((g) => g.category)).toEqual(['经济发展', '科技创新', '改革开放', '文化发展', '生态环境', '市域治理', '社会民生', '安全保障']);
    const point = chart.groups[1].points.find((p) => p.label === '人才资源总量')!;
    expect(point).toMatchObject({ base: '17.6', target: '23', index: 130.7 });
  });
  it('lists growth-only targets as not drawn', () => {
    expect(chart.excluded.map((e) => e.label)).toContain('地区生产总值(GDP)增长');
    const drawn = chart.groups.reduce((n, g) => n + g.points.length, 0);
    expect(drawn + chart.excluded.length).toBe(34);
  });
});

it('specs are written in the page script', () => {
  const [hant] = chartSpecs(data, 'hant');
  expect(hant.title).toBe('表一 圖示：2020年目標完成情況');
  // The flag survives conversion (the caveat's words do not: 口径 becomes 口徑).
  expect(hant.kind === 'attainment' && hant.bars.find((b) => b.basisChanged)?.label).toBe('常住人口城鎮化率');
});
