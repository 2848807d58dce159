/** The compare page's terms and URL state: splitting, normalising, deduplicating, round trips. */
import { describe, expect, it } from 'vitest';
import { compareTerms, readTerms, splitTerms, termsInput, termsSearch } from '../../src/lib/compare/terms.ts';
import { Normaliser } from '../../src/lib/search/normalise.ts';

// A tiny fold is enough here: the real one is tested in search-normalise.test.ts.
const norm = new Normaliser(
  new Map([
    ['數', '数'],
    ['經', '经'],
    ['濟', '济'],
  ]),
);
const n = (s: string) => norm.text(s);

describe('terms', () => {
  it('are split where the reader separates them', () => {
    expect(splitTerms('数字经济,共同富裕 人工智能、碳达峰，乡村振兴；GDP|低空\u3000经济')).toEqual([
      '数字经济',
      '共同富裕',
      '人工智能',
      '碳达峰',
      '乡村振兴',
      'GDP',
      '低空',
      '经济',
    ]);
    expect(splitTerms('  , ，')).toEqual([]);
  });

  it('are normalised and deduplicated across scripts, keeping the first spelling', () => {
    expect(compareTerms('數字經濟,数字经济 “数字经济”', n)).toEqual([{ label: '數字經濟', norm: '数字经济' }]);
    expect(compareTerms('ＧＤＰ gdp', n)).toEqual([{ label: 'ＧＤＰ', norm: 'gdp' }]);
    expect(compareTerms('“”，。 !!', n)).toEqual([]);
    expect(compareTerms(['数字经济', '共同富裕,人工智能'], n).map((t) => t.norm)).toEqual(['数字经济', '共同富裕', '人工智能']);
  });

  it('are at most 8, each at most 64 characters', () => {
    const many = Array.from({ length: 12 }, (_, i) => `词${i}`).join(',');
    expect(compareTerms(many, n)).toHaveLength(8);
    expect(compareTerms('字'.repeat(100), n)[0].norm).toHaveLength(64);
  });
});

describe('URL state', () => {
  it('writes ?terms=a,b and reads it back', () => {
    const search = termsSearch(['数字经济', '共同富裕']);
    expect(search).toBe(`?terms=${encodeURIComponent('数字经济')},${encodeURIComponent('共同富裕')}`);
    expect(readTerms(new URLSearchParams(search))).toEqual(['数字经济', '共同富裕']);
    expect(termsSearch([])).toBe('');
    expect(readTerms(new URLSearchParams(''))).toEqual([]);
  });

  it('reads commas, spaces, repeated parameters and encoded separators', () => {
    expect(readTerms(new URLSearchParams('terms=a,b%20c&terms=d%2Ce'))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(readTerms(new URLSearchParams('terms=數字經濟'))).toEqual(['數字經濟']);
    expect(readTerms(new URLSearchParams('q=x'))).toEqual([]);
  });

  it('keeps hostile input as text and encodes what would break the URL', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const search = termsSearch([evil, 'a&b=c#d']);
    expect(search).not.toMatch(/[<>&#\s]/);
    expect(readTerms(new URLSearchParams(search))).toEqual(['<img', 'src=x', 'onerror=alert(1)>', 'a&b=c#d']);
  });

  it('fills the input with the terms (the Chinese enumeration comma between them)', () => {
    expect(termsInput(['数字经济', '共同富裕'])).toBe('数字经济、共同富裕');
    expect(splitTerms(termsInput(['数字经济', '共同富裕']))).toEqual(['数字经济', '共同富裕']);
  });
});

describe('the search syntax on the compare page', () => {
  it('keeps a quoted phrase one term, through the URL and back', () => {
    const terms = compareTerms('"数字 经济" 乡村', n);
    expect(terms.map((t) => t.norm)).toEqual(['数字经济', '乡村']);
    const search = termsSearch(terms.map((t) => t.label));
    expect(readTerms(new URLSearchParams(search))).toEqual(['"数字 经济"', '乡村']);
  });

  it('counts a term led by a minus as the term (nothing to exclude from)', () => {
    expect(compareTerms('头门港 -台州', n).map((t) => t.norm)).toEqual(['头门港', '台州']);
  });
});
