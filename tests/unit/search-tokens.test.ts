/** Query terms: split only where the reader separates them, normalised, never segmented into words. */
import { describe, expect, it } from 'vitest';
import { fullFold } from '../../src/build/fold-table.ts';
import { Normaliser } from '../../src/lib/search/normalise.ts';
import { splitTerms } from '../../src/lib/compare/terms.ts';
import { MAX_TERM, MAX_TERMS, chars, queryTerms, rawTerms, splitQuery } from '../../src/lib/search/tokens.ts';

const n = new Normaliser(fullFold());
const terms = (q: string) => queryTerms(q, (s) => n.text(s));

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
