/** The search page's state in its URL: canonical when written, forgiving when read. */
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/lib/numerals.ts';
import { parseState, stateSearch, type FacetOption } from '../../src/lib/search/url-state.ts';

const facets: { city: FacetOption[]; type: FacetOption[] } = {
  city: [
    { value: '临海市', aliases: ['临海市', '臨海市', '临海', '臨海', 'linhai', 'Linhai'] },
    { value: '台州市', aliases: ['台州市', '臺州市', '台州', '臺州', 'taizhou', 'Taizhou'] },
  ],
  type: [
    { value: '纲要', aliases: ['纲要', '綱要', 'outline'] },
    { value: '建议', aliases: ['建议', '建議', 'proposal'] },
  ],
};
const parse = (s: string) => parseState(new URLSearchParams(s), facets);

describe('search URL state', () => {
  it('reads the contract parameters', () => {
    expect(parse('?q=数字经济&city=临海市&type=纲要&period=14')).toEqual({ q: '数字经济', city: ['临海市'], type: ['纲要'], period: [14], sort: 'relevance' });
  });

  it('accepts the other script, short names, slugs, English and lists', () => {
    expect(parse('?city=臨海市&type=綱要').city).toEqual(['临海市']);
    expect(parse('?city=臨海&type=outline').type).toEqual(['纲要']);
    expect(parse('?city=linhai,taizhou').city).toEqual(['临海市', '台州市']);
    expect(parse('?city=LINHAI&city=台州').city).toEqual(['临海市', '台州市']);
    expect(parse('?city=nowhere').city).toEqual([]);
  });

  it('reads periods as numbers or in Chinese', () => {
    expect(parsePeriod('14')).toBe(14);
    expect(parsePeriod('“十四五”')).toBe(14);
    expect(parsePeriod('十五五')).toBe(15);
    expect(parsePeriod('二十一五')).toBe(21);
    expect(parsePeriod('abc')).toBeUndefined();
    expect(parse('?period=14,15').period).toEqual([14, 15]);
  });

  it('writes a canonical query string in contract order, leaving out what is empty', () => {
    expect(stateSearch({ q: '数字 经济', city: ['临海市'], type: [], period: [14], sort: 'doc' })).toBe(
      `?q=${encodeURIComponent('数字 经济').replace(/%20/g, '+')}&city=${encodeURIComponent('临海市')}&period=14&sort=doc`,
    );
    expect(stateSearch({ q: '', city: [], type: [], period: [], sort: 'relevance' })).toBe('');
  });

  it('round-trips, hostile input included', () => {
    for (const q of ['<img src=x onerror=alert(1)>', '"quoted" \'single\'', 'a&b=c#d', '數字 经济']) {
      const state = { q, city: ['台州市'], type: ['建议'], period: [14], sort: 'relevance' as const };
      expect(parse(stateSearch(state))).toEqual(state);
    }
  });
});
