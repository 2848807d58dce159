/** Text tables that are not indicator tables: kept as printed only where every row is whole. */
import { describe, expect, it } from 'vitest';
import { plainTable } from '../../ingest/tables/plain.ts';

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
