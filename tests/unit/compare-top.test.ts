/** The compare chart's plans past its cap (src/lib/compare/top.ts): the largest totals, most first, ties in catalog order. */
import { describe, expect, it } from 'vitest';
import { topByTotal } from '../../src/lib/compare/top.ts';

describe('topByTotal', () => {
  it('keeps every item, in order, up to the cap', () => {
    expect(topByTotal([3, 1, 2], (x) => x, 3)).toEqual([3, 1, 2]);
  });
  it('past the cap, the largest first, ties in their given order', () => {
    const items = [
      { k: 'a', n: 1 },
      { k: 'b', n: 5 },
      { k: 'c', n: 5 },
      { k: 'd', n: 0 },
      { k: 'e', n: 9 },
    ];
    expect(topByTotal(items, (x) => x.n, 3).map((x) => x.k)).toEqual(['e', 'b', 'c']);
  });
});
