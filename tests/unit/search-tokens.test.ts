/** Query terms: split only where the reader separates them, normalised, never segmented into words. */
import { describe, expect, it } from 'vitest';
import { fullFold } from '../../src/build/fold-table.ts';
import { Normaliser } from '../../src/lib/search/normalise.ts';
import { splitTerms } from '../../src/lib/compare/terms.ts';
import { MAX_TERM, MAX_TERMS, chars, parseQuery, queryPieces, queryTerms, rawTerms, splitQuery } from '../../src/lib/search/tokens.ts';

const n = new Normaliser(fullFold());
const terms = (q: string) => queryTerms(q, (s) => n.text(s));
const parse = (q: string) => {
  const p = parseQuery(q, (s) => n.text(s));
  return { include: p.include.map((t) => t.norm), exclude: p.exclude.map((t) => t.norm), labels: [...p.include, ...p.exclude].map((t) => t.label) };
};

describe('queryTerms', () => {
  it('keeps a phrase whole: no quotes needed, no word segmentation', () => {
    expect(terms('实体经济')).toEqual(['实体经济']);
    expect(terms('“实体经济”')).toEqual(['实体经济']);
    expect(terms('推进共同富裕示范区建设')).toEqual(['推进共同富裕示范区建设']);
  });

  it('splits on spaces of both widths and on list punctuation', () => {
    expect(terms('数字 经济')).toEqual(['数字', '经济']);
    expect(terms('  数字\u3000经济\t')).toEqual(['数字', '经济']);
    expect(terms('数字经济，共同富裕、低空经济;实体经济')).toEqual(['数字经济', '共同富裕', '低空经济', '实体经济']);
  });

  it('folds traditional and mixed input to the same terms', () => {
    expect(terms('數字經濟')).toEqual(terms('数字经济'));
    expect(terms('數字经济 共同富裕')).toEqual(['数字经济', '共同富裕']);
  });

  it('accepts single characters', () => {
    expect(terms('发')).toEqual(['发']);
    expect(terms('髮')).toEqual(['发']);
  });

  it('drops empty and repeated terms, and what has nothing searchable', () => {
    expect(terms('经济 經濟 经济')).toEqual(['经济']);
    expect(terms('！！ 。 “”')).toEqual([]);
    expect(terms('')).toEqual([]);
    expect(terms('<img src=x onerror=alert(1)>')).toEqual(['img', 'srcx', 'onerroralert1']);
  });

  it('caps the number and the length of terms', () => {
    expect(terms('一 二 三 四 五 六 七 八 九 十')).toHaveLength(MAX_TERMS);
    expect(Array.from(terms('经'.repeat(200))[0])).toHaveLength(MAX_TERM);
  });

  it('keeps astral characters whole', () => {
    expect(terms('𠀀𪚥 经')).toEqual(['𠀀𪚥', '经']);
  });
});

describe('rawTerms and index tokens', () => {
  it('gives the terms as typed', () => {
    expect(rawTerms(' 數字 经济，x ')).toEqual(['數字', '经济', 'x']);
  });

  it('tokens are the distinct characters (code points), in order', () => {
    expect(chars('数字经济', '经济体制')).toEqual(['数', '字', '经', '济', '体', '制']);
    expect(chars('𠀀a𠀀')).toEqual(['𠀀', 'a']);
    expect(splitQuery(' 数字，经济、 GDP｜ ')).toEqual(['数字', '经济', 'GDP']);
    // One splitter for the search and the compare page.
    expect(splitTerms).toBe(splitQuery);
  });
});

/** Expected parses, as data: query → included terms, excluded terms, labels (as typed, unquoted). */
const SYNTAX: [string, string[], string[], string[]][] = [
  ['头门港 -台州', ['头门港'], ['台州'], ['头门港', '台州']],
  ['头门港 －臺州', ['头门港'], ['台州'], ['头门港', '臺州']],
  ['"数字 经济"', ['数字经济'], [], ['数字 经济']],
  ['“数字 经济” 乡村', ['数字经济', '乡村'], [], ['数字 经济', '乡村']],
  ['「共同，富裕」', ['共同富裕'], [], ['共同，富裕']],
  ['“十四五”', ['十四五'], [], ['十四五']],
  ['“十四五”规划', ['十四五规划'], [], ['十四五规划']],
  ['数字经济 -"数字 化"', ['数字经济'], ['数字化'], ['数字经济', '数字 化']],
  ['COVID-19 -', ['covid19'], [], ['COVID-19']],
  ['- 台州', ['台州'], [], ['台州']],
  ['"未闭合 的引号', ['未闭合的引号'], [], ['未闭合 的引号']],
  ['-台州', [], ['台州'], ['台州']],
  ['台州 -台州', ['台州'], ['台州'], ['台州', '台州']],
];

describe('query syntax: exclusions and quoted phrases', () => {
  for (const [q, include, exclude, labels] of SYNTAX)
    it(q, () => {
      expect(parse(q)).toEqual({ include, exclude, labels });
    });

  it('keeps the minus and the quotes in the pieces the compare page counts', () => {
    expect(queryPieces('头门港 -台州 "数字 经济"')).toEqual([
      { text: '头门港', exclude: false },
      { text: '台州', exclude: true },
      { text: '"数字 经济"', exclude: false },
    ]);
    expect(splitQuery('头门港 -台州 "数字 经济"')).toEqual(['头门港', '-台州', '"数字 经济"']);
    expect(rawTerms('头门港 -台州 "数字 经济"')).toEqual(['头门港', '数字经济']);
  });
});
