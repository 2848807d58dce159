/**
 * The interface text (src/lib/i18n): both scripts have every key with the same placeholders,
 * each script's text is in its own letters (a hans text pasted into hant is caught), and the
 * helpers fill, quote and list as the pages need.
 */
import { describe, expect, it } from 'vitest';
import { convertText } from '../../src/build/convert.ts';
import { allKeys, entries, groups, KIND_LABEL, list, t, type Area } from '../../src/lib/i18n/index.ts';
import { fill, termList } from '../../src/lib/i18n/format.ts';

/** Keys whose text deliberately names the other script in that script's letters (the switch). */
const OTHER_SCRIPT_ON_PURPOSE = ['site.switchTo', 'site.languageName'];
const placeholders = (text: string) => [...text.matchAll(/\{\d+(?::\w+)?\}/g)].map((m) => m[0]).sort();
const AREAS = [...new Set(allKeys().map((k) => k.split('.')[0]))] as Area[];

describe('the dictionary', () => {
  const hans = entries('hans', AREAS);
  const hant = entries('hant', AREAS);

  it('has every key in both scripts, none empty', () => {
    expect(Object.keys(hant).sort()).toEqual(Object.keys(hans).sort());
    expect(Object.entries({ ...hans, ...hant }).filter(([, v]) => !v.trim())).toEqual([]);
  });

  it('uses the same placeholders in both scripts', () => {
    const differ = Object.keys(hans).filter((k) => placeholders(hans[k]).join() !== placeholders(hant[k]).join());
    expect(differ).toEqual([]);
  });

  it('writes each script in its own letters (OpenCC would change nothing)', () => {
    const keys = Object.keys(hans).filter((k) => !OTHER_SCRIPT_ON_PURPOSE.includes(k));
    expect(keys.filter((k) => convertText(hant[k], 'hans', 'hant') !== hant[k])).toEqual([]);
    expect(keys.filter((k) => convertText(hans[k], 'hant', 'hans') !== hans[k])).toEqual([]);
  });

  it('is written by hand, not converted: the traditional side uses Taiwan vocabulary', () => {
    // A machine conversion (s2tw) would give 搜索, 鏈接, 網絡; the hand-written text says 搜尋, 連結, 網路.
    expect(t('hant', 'search.title')).toBe('搜尋');
    expect(Object.values(hant).filter((v) => /鏈接|網絡|鼠標|項目/.test(v))).toEqual([]);
  });
});

describe('t()', () => {
  it('fills positional arguments', () => {
    expect(t('hans', 'search.loadingProgress', 2, 5, 120)).toBe('正在载入检索索引：2/5 份规划（120 KB）…');
    expect(t('hant', 'plan.characters', '1,234')).toBe('1,234 字');
  });

  it('quotes a list of terms as each script quotes', () => {
    expect(t('hans', 'compare.missing', termList(['数字经济', '共同富裕']))).toBe('“数字经济”、“共同富裕”在各份规划中都没有出现。');
    expect(t('hant', 'compare.missing', termList(['數字經濟']))).toBe('「數字經濟」在各份規劃中都沒有出現。');
  });

  it('leaves $ patterns in arguments alone', () => {
    expect(fill('{0:quoted}', ['$&$1'], (k) => ({ 'marks.quote': '“{0}”', 'marks.listSeparator': '、' })[k] ?? '')).toBe('“$&$1”');
  });

  it('rejects an unknown key at compile time and at run time', () => {
    // @ts-expect-error: not a key of the dictionary
    expect(() => t('hans', 'search.nope')).toThrow(/search\.nope/);
  });
});

describe('lists and labels', () => {
  it('reads example queries and suggested comparisons from the dictionary', () => {
    expect(list('hans', 'search.exampleQueries')).toContain('乡村振兴 数字');
    expect(groups('hant', 'compare.suggestedTerms')).toContainEqual(['碳達峰', '碳中和']);
  });

  it('labels every catalog kind in both scripts', () => {
    expect(KIND_LABEL.纲要).toEqual({ hans: '纲要', hant: '綱要' });
  });
});
