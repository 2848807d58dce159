/** Our highlighter: marks on the exact matched characters of the displayed text, in its own script. */
import { describe, expect, it } from 'vitest';
import { fullFold } from '../../src/build/fold-table.ts';
import { markSegments, originalRanges, snippet, type Segment } from '../../src/lib/search/highlight.ts';
import { Normaliser } from '../../src/lib/search/normalise.ts';
import { queryTerms } from '../../src/lib/search/tokens.ts';

const n = new Normaliser(fullFold());
const terms = (q: string) => queryTerms(q, (s) => n.text(s));
const ranges = (text: string, q: string) => originalRanges(n.mapped(text), terms(q));
const marked = (text: string, q: string) =>
  markSegments(text, ranges(text, q))
    .filter((s) => s.mark)
    .map((s) => s.text);
const show = (parts: Segment[]) => parts.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('originalRanges', () => {
  it('marks the traditional characters for a simplified query, and the other way round', () => {
    expect(marked('發展數字經濟，推動數字經濟和實體經濟融合', '数字经济')).toEqual(['數字經濟', '數字經濟']);
    expect(marked('发展数字经济', '數字經濟')).toEqual(['数字经济']);
    expect(marked('颱風、臺灣與台州', '台')).toEqual(['颱', '臺', '台']);
  });

  it('never marks characters of a different word that only share characters', () => {
    const text = '深化经济体制改革，坚持实事求是';
    expect(marked(text, '实体经济')).toEqual([]);
    expect(marked(text, '经济体制')).toEqual(['经济体制']);
  });

  it('marks inside quotation marks, not the marks themselves', () => {
    expect(marked('“十四五”时期', '十四五')).toEqual(['十四五']);
    expect(show(markSegments('“十四五”时期', ranges('“十四五”时期', '十四五')))).toBe('“[十四五]”时期');
  });

  it('marks a match that runs across ignored punctuation as one, from its first to its last character', () => {
    expect(marked('“十四五”规划', '十四五规划')).toEqual(['十四五”规划']);
  });

  it('marks every term, merging overlaps', () => {
    expect(marked('数字经济和实体经济', '经济 数字经济')).toEqual(['数字经济', '经济']);
    expect(marked('数字经济', '数字 经济')).toEqual(['数字经济']);
  });

  it('maps width and case folds back to the original characters', () => {
    expect(marked('地区生产总值（ＧＤＰ）增长', 'gdp')).toEqual(['ＧＤＰ']);
    expect(marked('R&D经费', 'rd经费')).toEqual(['R&D经费']);
  });

  it('keeps astral characters whole', () => {
    expect(marked('甲𠀀乙𠀀丙', '𠀀')).toEqual(['𠀀', '𠀀']);
  });
});

describe('snippet', () => {
  const long = `${'前文'.repeat(60)}推进数字经济发展${'中间'.repeat(60)}数字经济核心产业${'后文'.repeat(60)}`;

  it('shows a short passage whole', () => {
    const text = '（二）育强数字经济智慧产业';
    expect(show(snippet(text, ranges(text, '数字经济')))).toBe('（二）育强[数字经济]智慧产业');
  });

  it('cuts windows of context around hits, with ellipses where text is left out', () => {
    const s = show(snippet(long, ranges(long, '数字经济'), { context: 6, span: 30 }));
    expect(s).toBe('…前文前文推进[数字经济]发展中间中间…中间中间中间[数字经济]核心产业后文…');
  });

  it('limits the number of windows', () => {
    const s = snippet(long, ranges(long, '数字经济'), { context: 6, span: 30, windows: 1 });
    expect(s.filter((x) => x.mark)).toHaveLength(1);
    expect(show(s).endsWith('…')).toBe(true);
  });

  it('keeps nearby hits in one window up to its span', () => {
    const text = `${'甲'.repeat(100)}数字经济和数字经济${'乙'.repeat(100)}`;
    const s = show(snippet(text, ranges(text, '数字经济'), { context: 4, span: 40 }));
    expect(s).toBe('…甲甲甲甲[数字经济]和[数字经济]乙乙乙乙…');
  });

  it('never splits a surrogate pair', () => {
    const text = `${'𠀀'.repeat(80)}数字经济${'𠀀'.repeat(80)}`;
    for (const context of [5, 6, 7]) {
      const s = snippet(text, ranges(text, '数字经济'), { context });
      for (const part of s) expect(part.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it('returns text, never markup: a hostile passage stays characters', () => {
    const text = '<img src=x onerror=alert(1)> 数字经济';
    const s = snippet(text, ranges(text, '数字经济'));
    expect(s.map((x) => x.text).join('')).toBe(text);
  });
});
