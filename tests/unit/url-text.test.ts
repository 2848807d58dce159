/** Reading URLs never throws; writing them never splits a character (src/lib/url-text.ts, src/build/doc-text.ts). */
import { describe, expect, it } from 'vitest';
import { docText, resolveDocText } from '../../src/build/doc-text.ts';
import { capCodePoints, fragmentId, MAX_QUERY, safeDecode } from '../../src/lib/url-text.ts';
import { eachMaps } from '../helpers/maps.ts';

describe('safeDecode and fragmentId', () => {
  eachMaps(
    '%s → %s',
    [
      ['#%E4%B8', '%E4%B8'],
      ['#%', '%'],
      ['#%25%', '%25%'],
      ['#c3-s2', 'c3-s2'],
      ['#%E4%B8%AD', '中'],
      ['', ''],
      ['#', ''],
    ],
    fragmentId,
  );
  it('returns malformed input unchanged', () => expect(safeDecode('%E0%A4%A')).toBe('%E0%A4%A'));
});

describe('capCodePoints', () => {
  const emoji = '😀';
  it('never splits a surrogate pair at the limit', () => {
    const q = `${'a'.repeat(MAX_QUERY - 1)}${emoji}${emoji}`;
    const capped = capCodePoints(q);
    expect([...capped].length).toBe(MAX_QUERY);
    expect(capped.endsWith(emoji)).toBe(true);
    expect(() => encodeURIComponent(capped)).not.toThrow();
  });
  it('drops lone surrogates, which cannot be encoded', () => {
    expect(capCodePoints(`a\uD83Db${emoji}`)).toBe(`ab${emoji}`);
  });
  it('keeps a 10,000-character query to a URL real hosts accept', () => {
    expect(encodeURIComponent(capCodePoints('共同富裕'.repeat(2500))).length).toBeLessThan(5000);
  });
});

describe('document interface text', () => {
  it('is a placeholder OpenCC leaves alone, filled in the page script and escaped', () => {
    const html = `<a aria-label="${docText('permalink', 'c3')}"></a><nav aria-label="${docText('chapterNav', '三')}">${docText('backToTop')}</nav>`;
    expect(/^[\x20-\x7e三]*$/.test(html)).toBe(true);
    expect(resolveDocText(html, 'hans')).toBe('<a aria-label="链接到此处（c3）"></a><nav aria-label="第三章前后">回到顶部</nav>');
    expect(resolveDocText(html, 'hant')).toBe('<a aria-label="連結到此處（c3）"></a><nav aria-label="第三章前後">回到頁首</nav>');
  });
  it('refuses an argument that would end the placeholder', () => {
    expect(() => docText('permalink', 'a]b')).toThrow(/permalink/);
  });
});
