/**
 * The pure parts of the targets pages: which indicators a term names and which other wordings a
 * query has (src/lib/targets/match.ts, over the real canonical list), the filters' bit sets,
 * and which targets share a chart (same year, comparable units, one bar per distinct figure).
 */
import { describe, expect, it } from 'vitest';
import { convertText } from '../../src/build/convert.ts';
import { countAnd, decodeBits, encodeBits, has } from '../../src/lib/targets/bits.ts';
import { type BarInput, targetCharts } from '../../src/lib/targets/chart.ts';
import { INDICATORS } from '../../src/lib/targets/indicators.ts';
import { chartMarks } from '../../src/lib/targets/marks.ts';
import { indicatorsNamed, type KeysFile, otherWordings } from '../../src/lib/targets/match.ts';
import { figure } from '../../src/lib/targets/present.ts';
import type { TargetRecord } from '../../src/lib/targets/types.ts';

// The keys file as the build writes it (src/pages/targets/keys.json.ts), from the real list.
const keys: KeysFile = {
  version: 1,
  indicators: INDICATORS.map((i) => ({
    key: i.key,
    names: i.names,
    forms: { hans: [i.names.hans, ...i.aliases], hant: [i.names.hant, ...i.aliases.map((a) => convertText(a, 'hans', 'hant'))] },
    unit: i.unit,
    plans: 1,
    records: 1,
  })),
};

describe('indicatorsNamed', () => {
  it('finds R&D intensity from 研发, R&D and its full wording, and urbanisation from 城镇化率', () => {
    for (const term of ['研发', 'R&D', 'r&d经费', '研究与试验发展', '研發'])
      expect(
        indicatorsNamed(term, keys).map((e) => e.key),
        term,
      ).toContain('rd-intensity');
    expect(indicatorsNamed('城镇化率', keys)[0].key).toBe('urbanisation');
    expect(indicatorsNamed('城鎮化率', keys)[0].key).toBe('urbanisation');
  });
  it('names nothing for a word that is no indicator, or a single character inside one', () => {
    expect(indicatorsNamed('共同富裕', keys)).toEqual([]);
    expect(indicatorsNamed('率', keys)).toEqual([]);
  });
  it('links only indicators that have figures', () => {
    const none: KeysFile = { ...keys, indicators: keys.indicators.map((e) => ({ ...e, records: 0 })) };
    expect(indicatorsNamed('研发', none)).toEqual([]);
  });
});

describe('otherWordings', () => {
  it('offers R&D经费 and 研究与试验发展经费 for 研发经费, and back', () => {
    const alts = otherWordings('研发经费', keys, 10);
    expect(alts).toContain('R&D经费');
    expect(alts.some((a) => a.startsWith('研究与试验发展'))).toBe(true);
    expect(otherWordings('R&D经费', keys, 10)).toContain('研发经费');
  });
  it('never offers the query itself or a part of it, nor a swap of a bare prefix', () => {
    const alts = otherWordings('研发经费', keys, 10);
    expect(alts).not.toContain('研发经费');
    expect(alts).not.toContain('研发');
    expect(otherWordings('市域', keys)).toEqual([]);
    expect(otherWordings('数字经济 研发', keys)).toEqual([]);
  });
});

describe('bit sets', () => {
  it('round-trip and count the plans both sets hold', () => {
    const a = encodeBits([0, 3, 9, 999], 1000);
    const b = encodeBits([3, 999, 500], 1000);
    expect(a.length).toBeLessThanOrEqual(171);
    expect(has(decodeBits(a), 9)).toBe(true);
    expect(has(decodeBits(a), 8)).toBe(false);
    expect(countAnd(decodeBits(a))).toBe(4);
    expect(countAnd(decodeBits(a), decodeBits(b))).toBe(2);
  });
});

const rec = (r: Partial<TargetRecord>): TargetRecord => ({
  plan: 'p1',
  id: 'c1-p1',
  indicator: 'x',
  key: 'k',
  kind: 'target',
  year: 2025,
  unit: '%',
  modifier: 'point',
  aspirational: false,
  cumulative: false,
  growth: false,
  binding: null,
  source: 'text',
  quote: '',
  ...r,
});
const input = (r: TargetRecord): BarInput => ({ record: r, label: r.plan, figure: figure(r) });

describe('targetCharts', () => {
  it('charts targets of one year in comparable units together, converted, and marks floors, ceilings and ranges', () => {
    const charts = targetCharts('k', '万人', [
      input(rec({ plan: 'a', value: 120000, unit: '人', modifier: 'at-least' })),
      input(rec({ plan: 'b', value: 10, unit: '万人', modifier: 'at-most' })),
      input(rec({ plan: 'c', low: 5, high: 6, unit: '万人', modifier: 'range' })),
      input(rec({ plan: 'd', value: 30, unit: '万人', year: 2035 })),
      input(rec({ plan: 'e', value: 3, unit: '万人', kind: 'actual' })),
    ]);
    expect(charts).toHaveLength(1);
    expect(charts[0].unit).toBe('万人');
    expect(charts[0].bars.map((b) => b.plan)).toEqual(['a', 'b', 'c']);
    expect(charts[0].bars[0].value).toBe(12);
    expect(chartMarks(charts[0])).toEqual(['floor', 'ceiling', 'range']);
  });
  it('draws no chart for one plan alone, and one bar for a figure a plan states twice', () => {
    expect(targetCharts('k', '%', [input(rec({ value: 3 })), input(rec({ value: 3.5, id: 'table1', source: 'table' }))])).toEqual([]);
    const twice = targetCharts('k', '%', [
      input(rec({ plan: 'a', value: 3 })),
      input(rec({ plan: 'a', value: 3, id: 'table2' })),
      input(rec({ plan: 'b', value: 4 })),
    ]);
    expect(twice[0].bars).toHaveLength(2);
  });
  it('keeps growth rates and levels apart', () => {
    const charts = targetCharts('k', '%', [input(rec({ plan: 'a', value: 3 })), input(rec({ plan: 'b', value: 7, growth: true }))]);
    expect(charts).toEqual([]);
  });
});
