/**
 * The gram directory's parts on their own: posting lists survive encoding (fast-check), the
 * chunk file keeps every gram's list, the chunk lookup finds the chunk of any gram, and a
 * query's cover leaves no character of the term uncovered, preferring triples around common
 * pairs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Chunk, chunkOf, encodeChunk } from '../../src/lib/search/chunks.ts';
import { cover, gramOf, keyOf, passageGrams } from '../../src/lib/search/grams.ts';
import { decodePostings, encodePostings, place } from '../../src/lib/search/postings.ts';
import { locate, nonOverlapping } from '../../src/lib/search/locate.ts';

const placesArb = fc
  .array(fc.tuple(fc.nat(300), fc.uniqueArray(fc.tuple(fc.nat(5000), fc.nat(70_000)), { minLength: 1, maxLength: 40 })), { maxLength: 20 })
  .map((plans) => new Map(plans.map(([plan, ps]) => [plan, ps.map(([r, o]) => place(r, o)).sort((a, b) => a - b)])));

describe('posting lists', () => {
  it('decode to what was encoded', () => {
    fc.assert(
      fc.property(placesArb, (byPlan) => {
        const decoded = decodePostings(encodePostings(byPlan));
        expect([...decoded.keys()]).toEqual([...byPlan.keys()].sort((a, b) => a - b));
        for (const [plan, ps] of byPlan) expect([...decoded.get(plan)!]).toEqual(ps);
      }),
    );
  });

  it('a chunk gives back every gram’s list, and chunkOf finds the chunk of any gram', () => {
    const lists: [string, Uint8Array][] = [
      ['一二', encodePostings(new Map([[0, [place(0, 1)]]]))],
      ['一二三', encodePostings(new Map([[3, [place(2, 0), place(2, 7)]]]))],
      ['𠀀a', encodePostings(new Map([[1, [place(9, 4)]]]))],
    ];
    const chunk = new Chunk(encodeChunk(lists));
    for (const [g, bytes] of lists) expect(chunk.postings(g)).toEqual(decodePostings(bytes));
    expect(chunk.postings('二三').size).toBe(0);
    const dir = { first: ['一', '五', '十'], common: {} };
    expect(['〇', '一二', '二', '五', '六', '十一'].map((g) => chunkOf(dir, g))).toEqual([-1, 0, 0, 1, 1, 2]);
  });
});

describe('grams', () => {
  it('keys and names round-trip, astral characters included', () => {
    for (const g of ['数字', '数字经', 'ab', '𠀀a', 'a𠀀b']) expect(gramOf(keyOf(g))).toBe(g);
  });

  it('index every pair, and the triples around common pairs, at their offsets', () => {
    const got: [string, number][] = [];
    passageGrams(
      '数字经济',
      (k) => gramOf(k) === '经济',
      (k, at) => got.push([gramOf(k), at]),
    );
    expect(got).toEqual([
      ['数字', 0],
      ['字经', 1],
      ['字经济', 1],
      ['经济', 2],
    ]);
  });

  it('cover every character of a term; a triple replaces a common pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('数', '字', '经', '济', '𠀀', 'a'), minLength: 2, maxLength: 12 }), (term) => {
        const cps = Array.from(term);
        const grams = cover(term, (g) => (g === '经济' ? 50_000 : undefined))!;
        const covered = new Set<number>();
        for (const g of grams) {
          expect(term.slice(g.at).startsWith(g.gram)).toBe(true);
          const first = Array.from(term.slice(0, g.at)).length;
          for (let i = 0; i < Array.from(g.gram).length; i++) covered.add(first + i);
        }
        expect(covered.size).toBe(cps.length);
      }),
    );
    expect(cover('低空经济', (g) => (g === '经济' ? 50_000 : undefined))).toEqual([
      { gram: '低空', at: 0 },
      { gram: '空经济', at: 1 },
    ]);
    expect(cover('经', () => undefined)).toBeUndefined();
  });

  it('locate a term where every gram of its cover lines up, and count non-overlapping occurrences', () => {
    // 哈哈哈哈 in passage 0: 哈哈 at 0, 1, 2 → non-overlapping 0 and 2.
    const list = new Map([[0, Float64Array.from([place(0, 0), place(0, 1), place(0, 2), place(1, 5)])]]);
    const at = locate([{ gram: '哈哈', at: 0 }], [list]);
    expect(nonOverlapping(at.get(0)!, 2)).toEqual([place(0, 0), place(0, 2), place(1, 5)]);
    const ab = new Map([[0, Float64Array.from([place(0, 0), place(2, 3)])]]);
    const cd = new Map([[0, Float64Array.from([place(0, 2), place(2, 9)])]]);
    expect([
      ...locate(
        [
          { gram: 'ab', at: 0 },
          { gram: 'cd', at: 2 },
        ],
        [ab, cd],
      ).get(0)!,
    ]).toEqual([place(0, 0)]);
  });
});
