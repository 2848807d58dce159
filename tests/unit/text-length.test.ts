/** The one definition of a plan's length (src/lib/text-length.ts). */
import { describe, expect, it } from 'vitest';
import { countedChars, planLength } from '../../src/lib/text-length.ts';

describe('countedChars', () => {
  it.each([
    ['发展', 2],
    ['“十四五”规划。', 5], // quotation marks and the full stop are not counted
    ['GDP增长6.8%', 7], // letters and digits count, '.' and '%' do not
    ['ＧＤＰ１２', 5], // full-width forms count like their half-width ones
    ['①二', 2],
    ['　 \t\n', 0],
    ['臺州發展', 4], // a traditional character is one character, as its simplified form
    ['𠮷', 1], // a character outside the BMP is one character, not two UTF-16 units
  ])('%s → %i', (text, n) => expect(countedChars(text)).toBe(n));
});

it('planLength adds the blocks', () => {
  expect(planLength(['一、总体要求', '（一）发展环境'])).toBe(10);
  expect(planLength([])).toBe(0);
});
