/** Text tables the indicator rules cannot read: kept only where their cells split into whole rows one way. */
import { describe, expect, it } from 'vitest';
import { gridTable, plainTable } from '../../ingest/tables/plain.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe('plainTable', () => {
  it('reads numbered rows as wide as the header', () => {
    expect(plainTable(lines('序号', '项目', '年限', '1', '高速', '2021-2025', '2', '港区', '-'))?.body).toEqual([
      [{ text: '1' }, { text: '高速' }, { text: '2021-2025' }],
      [{ text: '2' }, { text: '港区' }, { text: '-' }],
    ]);
  });

  it('gives no reading where a row lost a cell, the rows do not run 1, 2, 3, or the table has 属性', () => {
    expect(plainTable(lines('序号', '项目', '年限', '1', '高速', '2', '港区', '-'))).toBeUndefined();
    expect(plainTable(lines('序号', '项目', '1', '高速', '3', '港区'))).toBeUndefined();
    expect(plainTable(lines('序号', '指标', '属性', '1', '人口', '预期性'))).toBeUndefined();
  });
});

describe('gridTable', () => {
  it('finds the narrowest width at which every row opens with a name and holds a figure', () => {
    const t = gridTable(lines('指标', '2020年', '2025年', '属性', '人口(万人)', '100', '110', '预期性', '耕地(万亩)', '45', '≥44', '约束性'));
    expect(t?.headerRows).toEqual([[{ text: '指标' }, { text: '2020年' }, { text: '2025年' }, { text: '属性' }]]);
    expect(t?.groups[0]?.rows.map((r) => [r.name, r.attribute])).toEqual([
      ['人口(万人)', '预期性'],
      ['耕地(万亩)', '约束性'],
    ]);
  });

  it('gives no reading for rows of text only, or cells that do not fill whole rows', () => {
    expect(gridTable(lines('项目', '内容', '高速', '新建45公里', '港区', '新建泊位'))).toBeUndefined();
    expect(gridTable(lines('指标', '2020年', '2025年', '人口', '100'))).toBeUndefined();
    // 人口 lost its 2025 figure: at width 4 the 属性 column would not line up.
    expect(gridTable(lines('指标', '2020年', '2025年', '属性', '人口', '100', '预期性', '耕地', '45', '44', '约束性', '林地'))).toBeUndefined();
  });
});
