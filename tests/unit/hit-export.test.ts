/** The export rows: the sentence around a hit, and CSV that spreadsheets read (RFC 4180, BOM, plain numbers). */
import { describe, expect, it } from 'vitest';
import { exportName, firstMark, type HitRow, hitsCsv, sentenceAround } from '../../src/lib/hit-export.ts';
import { countsCsv, plainNumber } from '../../src/lib/compare-export.ts';

describe('sentenceAround', () => {
  const text = '坚持创新驱动。做大做强数字经济核心产业，培育新业态；推进共同富裕！';
  it('is the sentence holding the hit, with its end mark', () => {
    const at = text.indexOf('数字经济');
    expect(sentenceAround(text, at, at + 4)).toBe('做大做强数字经济核心产业，培育新业态；');
    expect(sentenceAround(text, 0, 2)).toBe('坚持创新驱动。');
    expect(sentenceAround(text, text.indexOf('共同'), text.indexOf('共同') + 2)).toBe('推进共同富裕！');
  });
  it('cuts a very long sentence around the hit, never inside a character', () => {
    const long = `${'甲'.repeat(400)}数字😀${'乙'.repeat(400)}。`;
    const s = sentenceAround(long, 400, 402);
    expect(s).toContain('数字😀');
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect([...s].length).toBe(242);
  });
  it('finds the first mark in segments', () => {
    expect(
      firstMark([
        { text: '前文', mark: false },
        { text: '数字', mark: true },
        { text: '后', mark: false },
      ]),
    ).toEqual({ text: '前文数字后', start: 2, end: 4 });
  });
});

describe('CSV', () => {
  const row: HitRow = {
    slug: 's',
    plan: '规划,“甲”',
    city: '市',
    kind: '纲要',
    period: 14,
    periodLabel: '“十四五”',
    id: 'c1-p1',
    link: '/zh-hans/plans/s/#c1-p1',
    path: ['一、总', '（一）分'],
    sentence: '有"引号"的句子\n第二行',
    count: 3,
  };
  const cols = {
    plan: '规划',
    slug: '代号',
    city: '地区',
    kind: '类型',
    period: '规划期',
    id: '位置',
    link: '链接',
    path: '路径',
    sentence: '句子',
    count: '次数',
  };
  it('has a BOM, CRLF records, quotes only where needed, counts bare', () => {
    const csv = hitsCsv([row], cols);
    expect(csv.startsWith('\uFEFF规划,代号,')).toBe(true);
    expect(csv).toContain('"规划,“甲”",s,市,纲要,“十四五”,c1-p1,/zh-hans/plans/s/#c1-p1,一、总 › （一）分,"有""引号""的句子\n第二行",3\r\n');
  });
  it('compare counts: plain numbers, a total row', () => {
    const csv = countsCsv(
      ['数字经济'],
      [{ plan: '甲', slug: 'a', city: '市', kind: '纲要', period: '“十四五”', link: '/a/', chars: 17197, counts: [{ count: 5, rate: 2.9075 }] }],
      { plan: '规划', slug: '代号', city: '地区', kind: '类型', period: '规划期', link: '链接', chars: '字数', count: '次数', rate: '每万字', total: '合计' },
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF规划,代号,地区,类型,规划期,链接,字数,数字经济 次数,数字经济 每万字',
      '甲,a,市,纲要,“十四五”,/a/,17197,5,2.91',
      '合计,,,,,,17197,5,2.91',
      '',
    ]);
    expect(plainNumber('17,197')).toBe(17197);
  });
  it('names files from the query', () => {
    expect(exportName(' 数字 经济/x ', 'csv')).toBe('search-数字_经济_x.csv');
    expect(exportName('', 'json')).toBe('search-results.json');
  });
});
