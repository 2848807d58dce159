/**
 * One normalisation for the index, the query and the highlighter: width and case folded,
 * traditional folded to simplified character by character, spaces and punctuation ignored,
 * every output character mapped back to the original characters it came from.
 */
import { describe, expect, it } from 'vitest';
import { realPlans } from '../../tools/bench/synthetic-corpus.ts';
import { buildFold } from '../../src/build/search-index.ts';
import { corpusFold, fullFold, serialiseFold } from '../../src/build/fold-table.ts';
import { Normaliser, parseFoldTable } from '../../src/lib/search/normalise.ts';

const plans = realPlans();
const passages = plans.flatMap((p) => p.records.map((r) => ({ slug: p.entry.slug, id: r.id, ...r.text })));
const full = new Normaliser(fullFold());
const shipped = buildFold(() => plans);
const site = new Normaliser(parseFoldTable(shipped.fold));

/** The reader issue's traps: every form on the right folds to the one on the left. */
const TRAPS: [string, string][] = [
  ['台', '臺颱檯'],
  ['干', '幹乾'],
  ['发', '發髮'],
  ['后', '後'],
  ['范', '範'],
  ['余', '餘馀'],
  ['着', '著'],
  ['只', '隻衹'],
  ['系', '係繫'],
  ['里', '裡裏'],
];

describe('the traditional → simplified fold', () => {
  it.each(TRAPS)('folds every form of %s to it (OpenCC-derived table)', (simplified, forms) => {
    expect(full.text(simplified)).toBe(simplified);
    for (const c of forms) expect(full.text(c), c).toBe(simplified);
  });

  it.each(TRAPS)('folds every form of %s to it with the table the site ships', (simplified, forms) => {
    expect(site.text(simplified)).toBe(simplified);
    const inCorpus = [simplified, ...forms].some((c) => passages.some((p) => p.hans.includes(c) || p.hant.includes(c)));
    // The shipped table leaves out classes with no member in the corpus (none of 只/隻/衹
    // occurs in these five plans): such a query finds nothing whichever way it is folded.
    if (inCorpus) for (const c of forms) expect(site.text(c), c).toBe(simplified);
    else for (const c of forms) expect(passages.some((p) => site.text(p.hans).includes(site.text(c)))).toBe(false);
  });

  it('folds the traps in context, whichever script a phrase is typed in', () => {
    const pairs = [
      ['台湾', '臺灣'],
      ['台风', '颱風'],
      ['干部', '幹部'],
      ['干燥', '乾燥'],
      ['发展', '發展'],
      ['头发', '頭髮'],
      ['以后', '以後'],
      ['规范', '規範'],
      ['其余', '其餘'],
      ['着力', '著力'],
      ['显著', '顯著'],
      ['体系', '體系'],
      ['关系', '關係'],
      ['联系', '聯繫'],
      ['城里', '城裡'],
      ['城里', '城裏'],
    ];
    for (const [s, t] of pairs) expect(site.text(t), t).toBe(site.text(s));
  });

  it('is a function onto its own fixed points (folding twice changes nothing)', () => {
    const fold = fullFold();
    for (const [k, v] of fold) {
      expect(fold.has(v), `${k} → ${v} → ${fold.get(v)}`).toBe(false);
      expect(v).not.toBe(k);
    }
    expect(fold.size).toBeGreaterThan(3000);
  });

  it('makes both scripts of every passage of the corpus the same text', () => {
    const differ = passages.filter((p) => site.text(p.hans) !== site.text(p.hant)).map((p) => `${p.slug}#${p.id}`);
    expect(differ).toEqual([]);
  });

  it('joins what OpenCC converts differently inside phrases (批复/批覆, 明了/明瞭, 家具/家俱)', () => {
    expect(shipped.aligned.unaligned).toBe(0);
    expect(site.text('批覆')).toBe(site.text('批复'));
    expect(site.text('明瞭')).toBe(site.text('明了'));
    expect(site.text('家俱')).toBe(site.text('家具'));
  });

  it('ships only the classes that occur in the corpus, with the same result on every corpus character', () => {
    const table = parseFoldTable(shipped.fold);
    expect(table.size).toBeLessThan(fullFold().size / 2);
    const joined = fullFold(shipped.aligned.pairs);
    const corpusChars = new Set(passages.flatMap((p) => [...p.hans, ...p.hant]));
    for (const c of corpusChars) expect(site.text(c), c).toBe(new Normaliser(joined).text(c));
    // Any class left out has no member in the corpus, so no query of it could match anyway.
    const reps = new Set([...corpusChars].map((c) => joined.get(c) ?? c));
    for (const [k, r] of joined) if (!table.has(k)) expect(reps.has(r), k).toBe(false);
    expect(serialiseFold(corpusFold(joined, reps))).toBe(shipped.fold);
  });
});

describe('normalise', () => {
  it('folds full-width forms and case', () => {
    expect(site.text('ＧＤＰ２０２５ＡＢｃ')).toBe('gdp2025abc');
    expect(site.text('R&D经费')).toBe('rd经费');
  });

  it('ignores spaces and punctuation of both widths', () => {
    expect(site.text('“十四五”规划')).toBe('十四五规划');
    expect(site.text('数字　经济，共同 富裕！(2021-2025年)')).toBe('数字经济共同富裕20212025年');
    expect(site.text('、。，；：？！…—·「」『』《》〈〉（）【】')).toBe('');
  });

  it('keeps letters, digits, 〇 and characters outside the basic plane', () => {
    expect(site.text('二〇三五年')).toBe('二〇三五年');
    expect(site.text('𠀀𪚥')).toBe('𠀀𪚥');
  });

  it('applies NFKC: compatibility ideographs, circled and roman numerals', () => {
    expect(site.text('\uF900')).toBe(site.text('豈'));
    expect(site.text('①Ⅱ')).toBe('1ii');
  });

  it('is idempotent on the corpus', () => {
    for (const p of passages.slice(0, 200)) {
      const once = site.text(p.hant);
      expect(site.text(once)).toBe(once);
    }
  });

  it('maps every normalised unit back to the original characters it came from', () => {
    for (const s of ['“十四五”规划', '臺灣，𠀀ＧＤＰ① 发展', ...passages.slice(0, 50).map((p) => p.hant)]) {
      const m = site.mapped(s);
      expect(m.text).toBe(site.text(s));
      expect(m.start.length).toBe(m.text.length);
      for (let i = 0; i < m.text.length; i++) {
        const source = s.slice(m.start[i], m.end[i]);
        expect(site.text(source), `${s} @${i}`).toContain(m.text[i]);
      }
    }
  });
});
