/** The Chinese-numeral module and the id grammar, both ways round. */
import { describe, expect, it } from 'vitest';
import { formatId, type IdPart, ids, parseId } from '../../src/lib/ids.ts';
import {
  formatChineseDigits,
  formatChineseNumeral,
  formatCircled,
  formatPeriod,
  parseChineseNumeral,
  parseCircled,
  parseNumeralOrDigits,
  parsePeriod,
} from '../../src/lib/numerals.ts';

const NUMERALS: [number, string][] = [
  [0, '〇'],
  [1, '一'],
  [10, '十'],
  [14, '十四'],
  [20, '二十'],
  [23, '二十三'],
  [100, '一百'],
  [105, '一百零五'],
  [110, '一百一十'],
  [999, '九百九十九'],
];

describe('Chinese numerals', () => {
  it.each(NUMERALS)('%i ⇄ %s', (n, s) => {
    expect(formatChineseNumeral(n)).toBe(s);
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it('reads the printed variants: 两, 零, digits', () => {
    expect(parseChineseNumeral('两')).toBe(2);
    expect(parseChineseNumeral('零')).toBe(0);
    expect(parseChineseNumeral('一十')).toBe(10);
    expect(parseNumeralOrDigits('12')).toBe(12);
    expect(parseNumeralOrDigits('十二')).toBe(12);
    expect(parseChineseNumeral('十x')).toBeUndefined();
    expect(parseNumeralOrDigits('')).toBeUndefined();
  });

  it('writes years digit by digit and out-of-range numbers as digits', () => {
    expect(formatChineseDigits(2035)).toBe('二〇三五');
    expect(formatChineseNumeral(1000)).toBe('1000');
  });

  it('reads and writes circled numbers ①–㊿', () => {
    for (let n = 1; n <= 50; n++) expect(parseCircled(formatCircled(n))).toBe(n);
    expect(formatCircled(1)).toBe('①');
    expect(formatCircled(21)).toBe('㉑');
    expect(formatCircled(50)).toBe('㊿');
    expect(parseCircled('1')).toBeUndefined();
    expect(formatCircled(51)).toBe('51');
  });

  it('names five-year periods', () => {
    expect(formatPeriod(14)).toBe('“十四五”');
    expect(formatPeriod(21)).toBe('“二十一五”');
    expect(parsePeriod('十五五')).toBe(15);
    expect(parsePeriod('“十四五”')).toBe(14);
    expect(parsePeriod('二十一五')).toBe(21);
    expect(parsePeriod('abc')).toBeUndefined();
  });
});

describe('the id grammar', () => {
  it.each([
    [ids.paragraph(ids.section(ids.chapter(3), 2), 4), 'c3-s2-p4'],
    [ids.paragraph(ids.article(7), 2), 'a7-p2'],
    [ids.item(ids.box(9), 3), 'box9-i3'],
    [ids.note(ids.table(1)), 'table1-note'],
    [ids.figure(5, 1), 'fig5-1'],
    [ids.part(2), 'part2'],
    [ids.annex(1), 'annex1'],
    [ids.annex(), 'annex'],
    [ids.table(2, ids.annex(1)), 'annex1-table2'],
    [ids.duplicate(ids.article(3), 2), 'a3-dup2'],
  ])('writes %s', (written, expected) => {
    expect(written).toBe(expected);
  });

  it.each([
    [
      'c3-s2-p4',
      [
        { kind: 'chapter', n: 3 },
        { kind: 'section', n: 2 },
        { kind: 'paragraph', n: 4 },
      ],
    ],
    ['fig5-1', [{ kind: 'figure', x: 5, y: 1 }]],
    ['table1-note-i2', [{ kind: 'table', n: 1 }, { kind: 'note' }, { kind: 'item', n: 2 }]],
    [
      'annex1-table2',
      [
        { kind: 'annex', n: 1 },
        { kind: 'table', n: 2 },
      ],
    ],
    ['part2', [{ kind: 'part', n: 2 }]],
    ['preamble-p2', [{ kind: 'preamble' }, { kind: 'paragraph', n: 2 }]],
    [
      'a3-dup2',
      [
        { kind: 'article', n: 3 },
        { kind: 'duplicate', n: 2 },
      ],
    ],
    ['i1', [{ kind: 'item', n: 1 }]],
    ['box1-1', [{ kind: 'box', n: 1, sub: 1 }]],
    [
      'box1-1-i2',
      [
        { kind: 'box', n: 1, sub: 1 },
        { kind: 'item', n: 2 },
      ],
    ],
    [
      'annex1-table1-2',
      [
        { kind: 'annex', n: 1 },
        { kind: 'table', n: 1, sub: 2 },
      ],
    ],
    ['fig3', [{ kind: 'figure', x: 3 }]],
    ['fig3-note', [{ kind: 'figure', x: 3 }, { kind: 'note' }]],
    ['note', [{ kind: 'note' }]],
    [
      'doc-x',
      [
        { kind: 'other', text: 'doc' },
        { kind: 'other', text: 'x' },
      ],
    ],
  ])('reads %s', (id, parts) => {
    expect(parseId(id)).toEqual(parts);
    expect(formatId(parts as IdPart[])).toBe(id);
  });
});
