/**
 * The compare page's numbers on the real seeds: counts against an independent count of the
 * normalised plan text (and against figures counted outside this code base), non-overlapping
 * occurrences, rates, both scripts equal, the title block and metadata never counted, chapters
 * from the shard's headings equal to the ingestion's paths, KWIC lines on the original text.
 */
import { describe, expect, it } from 'vitest';
import { prng, realPlans } from '../../tools/bench/synthetic-corpus.ts';
import { chapterOf, compareCorpus, comparePlan, countIn, type PlanCompare, ratePer10k, textOccurrences } from '../../src/lib/compare/count.ts';
import { planLength } from '../../src/lib/text-length.ts';
import { formatRate } from '../../src/lib/compare/format.ts';
import { kwicLine, spelling } from '../../src/lib/compare/kwic.ts';
import { compareTerms } from '../../src/lib/compare/terms.ts';
import type { Script } from '../../src/lib/plan-types.ts';
import { planChapters } from '../../src/build/chapters.ts';
import { buildSearchFiles, memoryFetcher } from '../../src/build/search-index.ts';
import { Engine } from '../../src/lib/search/engine.ts';
import { Normaliser, parseFoldTable } from '../../src/lib/search/normalise.ts';
import type { Outline } from '../../src/lib/search/types.ts';

const plans = realPlans();
const files = buildSearchFiles(plans);
const fold = parseFoldTable(files.fold);
const norm = new Normaliser(fold);
const SLUGS = files.manifest.plans.map((p) => p.slug);

async function engine(script: Script): Promise<Engine> {
  const e = new Engine(files.manifest, fold, script, memoryFetcher(files.files));
  await e.load();
  return e;
}
const engines = { hans: await engine('hans'), hant: await engine('hant') };
const outline = (_script: Script) => JSON.parse(files.files.get(files.manifest.outline) as string) as Outline;
const fragment = (script: Script, i: number) => engines[script].passagesOf(i)!.fragment;

/** What the page computes: every plan, in one script, for terms typed as given. */
async function compare(script: Script, typed: string): Promise<{ terms: string[]; plans: Record<string, PlanCompare> }> {
  const e = engines[script];
  const terms = compareTerms(typed, (s) => e.normaliser.text(s)).map((t) => t.norm);
  const all = await compareCorpus(e, outline(script), terms);
  return { terms, plans: Object.fromEntries(e.manifest.plans.map((meta, i) => [meta.slug, all[i]])) };
}
const counts = (r: Awaited<ReturnType<typeof compare>>, k = 0) => Object.fromEntries(Object.entries(r.plans).map(([slug, p]) => [slug, p.terms[k].count]));

/**
 * Independently: the ingestion's records (not the shards), each normalised, joined with a
 * separator the normalisation never outputs, and cut with String.split (non-overlapping, left
 * to right by definition).
 */
function independent(term: string, script: Script = 'hans'): Record<string, number> {
  const t = norm.text(term);
  return Object.fromEntries(
    plans.map((p) => [
      p.entry.slug,
      p.records
        .map((r) => norm.text(r.text[script]))
        .join('|')
        .split(t).length - 1,
    ]),
  );
}

describe('counting', () => {
  it('counts non-overlapping occurrences, left to right', async () => {
    expect(countIn('哈哈哈', '哈哈')).toBe(1);
    expect(countIn('哈哈哈哈', '哈哈')).toBe(2);
    expect(countIn('哈哈哈哈哈', '哈哈')).toBe(2);
    expect(countIn('数字经济数字经济', '数字经济')).toBe(2);
    expect(countIn('aaa', 'a')).toBe(3);
    expect(countIn('数字', '数字经济')).toBe(0);
    expect(countIn('数字经济', '')).toBe(0);
    const norm2 = ['一哈哈', '哈哈哈哈'];
    const p = comparePlan(7, [{ key: 'c1', kind: 'chapter', rec: 0, n: '1' }], 2, [textOccurrences(norm2, '哈哈'), textOccurrences(norm2, '哈')]);
    expect(p.terms.map((x) => x.count)).toEqual([3, 6]);
    expect(p.terms[0].occurrences).toEqual([
      { rec: 0, from: 1, to: 3 },
      { rec: 1, from: 0, to: 2 },
      { rec: 1, from: 2, to: 4 },
    ]);
  });

  it('counts an overlapping case in the real text once per non-overlapping occurrence', async () => {
    // 000 in the plans' numbers: 00 occurs there twice overlapping, once non-overlapping.
    const got = counts(await compare('hans', '00'));
    const overlapping = Object.fromEntries(
      plans.map((p) => [p.entry.slug, p.records.reduce((n, r) => n + [...norm.text(r.text.hans).matchAll(/(?=00)/g)].length, 0)]),
    );
    expect(got).toEqual(independent('00'));
    expect(got['linhai-14-outline']).toBe(27);
    expect(overlapping['linhai-14-outline']).toBe(36);
    for (const slug of SLUGS) expect(got[slug]).toBeLessThanOrEqual(overlapping[slug]);
  });

  it('gives the counts of the normalised plan text for real terms', async () => {
    for (const term of ['数字经济', '人工智能', '共同富裕', '乡村振兴', '碳达峰', '实体经济', '数字', '十四五', 'GDP', '万元']) {
      expect(counts(await compare('hans', term)), term).toEqual(independent(term));
    }
    // Counted outside this code base (Python str.count on the records with punctuation removed).
    expect(counts(await compare('hans', '数字经济'))).toEqual({
      'taizhou-14-proposal': 5,
      'linhai-14-outline': 11,
      'jiaxing-15-proposal': 0,
      'quzhou-14-outline': 27,
      'linhai-common-prosperity': 8,
    });
    expect(counts(await compare('hans', '人工智能'))).toEqual({
      'taizhou-14-proposal': 3,
      'linhai-14-outline': 8,
      'jiaxing-15-proposal': 13,
      'quzhou-14-outline': 3,
      'linhai-common-prosperity': 0,
    });
  });

  it('counts each of several terms on its own, in the order typed', async () => {
    const r = await compare('hans', '共同富裕，数字经济 数字');
    expect(r.terms).toEqual(['共同富裕', '数字经济', '数字']);
    expect(counts(r, 0)).toEqual(independent('共同富裕'));
    expect(counts(r, 1)).toEqual(independent('数字经济'));
    expect(counts(r, 2)).toEqual(independent('数字'));
  });

  it('gives the same numbers in both scripts, whichever script the terms are typed in', async () => {
    const random = prng(7);
    const typed = ['数字经济', '數字經濟', '共同富裕 碳達峰', '台州', '臺州', '发展', '發展', '干部', '幹部', '乡村振兴,鄉村振興'];
    // And random substrings of the traditional text, typed as they appear there.
    for (let i = 0; i < 20; i++) {
      const p = plans[Math.floor(random() * plans.length)];
      const text = p.records[Math.floor(random() * p.records.length)].text.hant;
      const at = Math.floor(random() * Math.max(1, text.length - 4));
      typed.push(text.slice(at, at + 2 + Math.floor(random() * 3)));
    }
    for (const q of typed) {
      const a = await compare('hans', q);
      const b = await compare('hant', q);
      expect(b.terms, q).toEqual(a.terms);
      for (const slug of SLUGS) {
        expect(b.plans[slug].chars).toBe(a.plans[slug].chars);
        expect(b.plans[slug].terms, `${q} ${slug}`).toEqual(a.plans[slug].terms);
      }
    }
    expect(counts(await compare('hant', '數字經濟'))).toEqual(counts(await compare('hans', '数字经济')));
    expect(counts(await compare('hans', '數字經濟'))).toEqual(independent('数字经济'));
  });

  it('never counts the title block or the metadata', async () => {
    const byTitle = (slug: string) => plans.find((p) => p.entry.slug === slug)!.entry;
    // In the catalog title (shown in the title block) but not in the plan's own text.
    expect(byTitle('jiaxing-15-proposal').title).toContain('中共嘉兴市委');
    expect(counts(await compare('hans', '中共嘉兴市委'))['jiaxing-15-proposal']).toBe(0);
    expect(byTitle('taizhou-14-proposal').title).toContain('中共台州市委');
    expect(counts(await compare('hans', '中共台州市委'))['taizhou-14-proposal']).toBe(0);
    // Metadata: publisher, document number, the editorial remark set aside by the ingestion.
    expect(counts(await compare('hans', '嘉兴日报'))['jiaxing-15-proposal']).toBe(0);
    expect(counts(await compare('hans', '临政发'))['linhai-14-outline']).toBe(0);
    expect(counts(await compare('hans', '本文部分内容删减'))['linhai-14-outline']).toBe(0);
    // A title the document repeats in its own notice: counted there (3 times), not a 4th time for the title block.
    const title = byTitle('linhai-14-outline').title;
    expect(counts(await compare('hans', title))['linhai-14-outline']).toBe(3);
    expect(independent(title)['linhai-14-outline']).toBe(3);
  });
});

describe('rates', () => {
  it('are per 10,000 normalised characters of plan text, the same characters the terms are counted in', async () => {
    expect(ratePer10k(5, 20_000)).toBe(2.5);
    expect(ratePer10k(0, 20_000)).toBe(0);
    expect(ratePer10k(3, 0)).toBe(0);
    expect(formatRate(ratePer10k(5, 17_197))).toBe('2.91');
    expect(formatRate(0)).toBe('0');
    const r = await compare('hant', '數字經濟');
    for (const meta of files.manifest.plans) {
      const p = plans.find((x) => x.entry.slug === meta.slug)!;
      const chars = p.records.reduce((n, rec) => n + [...norm.text(rec.text.hans)].length, 0);
      expect(r.plans[meta.slug].chars).toBe(chars);
      expect(r.plans[meta.slug].chars).toBe(meta.chars);
      // The title block is not in the denominator either.
      expect(planLength(p.records.map((rec) => norm.text(rec.text.hans)))).toBe(chars);
      // One definition: the plan page's count (the ingestion's charCount) is the compare page's.
      expect(p.charCount).toBe(chars);
      expect(r.plans[meta.slug].terms[0].rate).toBeCloseTo((r.plans[meta.slug].terms[0].count * 10_000) / chars, 10);
    }
    expect(r.plans['taizhou-14-proposal'].chars).toBe(17_197);
    expect(formatRate(r.plans['taizhou-14-proposal'].terms[0].rate)).toBe('2.91');
  });
});

describe('chapters', () => {
  it('put every passage in the chapter the ingestion put it in (articles and boxes under the chapter above)', async () => {
    for (const p of plans) {
      const slug = p.entry.slug;
      const i = files.manifest.plans.findIndex((m) => m.slug === slug);
      const shard = fragment('hans', i);
      const list = outline('hans').plans[i];
      const of = chapterOf(list, shard.ids.length);
      const expected = p.records.map((r) => r.path[0] ?? r.id);
      expect(
        shard.ids.map((_, rec) => list[of[rec]].key),
        slug,
      ).toEqual(expected);
      expect(list.filter((c) => c.kind === 'chapter').length, slug).toBe(p.counts.chapters);
      for (const c of list) if (c.kind !== 'preamble') expect(shard.ids[c.rec]).toBe(c.key);
    }
  });

  it('count occurrences per chapter, summing to the plan count', async () => {
    const r = await compare('hans', '数字经济 共同富裕');
    for (const slug of SLUGS) {
      for (const x of r.plans[slug].terms) expect(x.byChapter.reduce((a, b) => a + b, 0)).toBe(x.count);
    }
    // The Quzhou outline's chapter 5 holds 14 of its 27.
    const q = r.plans['quzhou-14-outline'];
    expect(q.terms[0].byChapter[q.chapters.findIndex((c) => c.key === 'c5')]).toBe(14);
  });

  it('handle a plan without front matter and one without headings', async () => {
    const a = planChapters(['c1', 'c1-p1', 'a1-p1', 'c2', 'c2-s1', 'c2-s1-p1'], [-1, 0, 0, -1, 3, 4]);
    expect(a).toEqual([
      { key: 'c1', kind: 'chapter', rec: 0, n: '1' },
      { key: 'c2', kind: 'chapter', rec: 3, n: '2' },
    ]);
    expect(chapterOf(a, 6)).toEqual(Int32Array.from([0, 0, 0, 1, 1, 1]));
    // An article paragraph outside any heading record belongs to the chapter above it.
    const b = planChapters(['preamble-p1', 'c1', 'a1-p1', 'annex', 'annex-p1'], [-1, -1, -1, -1, 3]);
    expect(chapterOf(b, 5)).toEqual(Int32Array.from([0, 1, 1, 2, 2]));
    expect(b[2]).toEqual({ key: 'annex', kind: 'annex', rec: 3, n: '' });
    expect(planChapters(['preamble-p1', 'preamble-p2'], [-1, -1])).toEqual([{ key: 'preamble', kind: 'preamble', rec: 0, n: '' }]);
  });
});

describe('keyword in context', () => {
  it('shows every occurrence on the passage’s own characters, in the page’s script', async () => {
    for (const script of ['hans', 'hant'] as const) {
      const e = engines[script];
      const r = await compare(script, '数字经济');
      e.manifest.plans.forEach((meta, i) => {
        const shard = fragment(script, i);
        for (const o of r.plans[meta.slug].terms[0].occurrences) {
          const text = shard.text[o.rec];
          const line = kwicLine(text, norm.mapped(text), o.from, o.to);
          expect(norm.text(line.hit)).toBe('数字经济');
          // A table's cells (tab-separated in the text) are joined by “ · ” in the line, which keeps to its row.
          const shown = text.replaceAll('\t', ' · ');
          expect(shown).toContain(line.left + line.hit + line.right);
          expect(line.left + line.right).not.toMatch(/\n/);
          expect([...line.left].length).toBeLessThanOrEqual(40);
          expect([...line.right].length).toBeLessThanOrEqual(40);
          if (!line.more.left) expect(shown.startsWith(line.left + line.hit)).toBe(true);
          if (!line.more.right) expect(shown.endsWith(line.hit + line.right)).toBe(true);
          if (script === 'hant') expect(line.hit).not.toMatch(/[数经济]/);
        }
      });
    }
  });

  it('keeps punctuation inside a match and never splits a surrogate pair', async () => {
    const text = '推进“数字”经济发展𠀋𠀋𠀋';
    const m = norm.mapped(text);
    const line = kwicLine(text, m, m.text.indexOf('数字经济'), m.text.indexOf('数字经济') + 4, 2);
    expect(line).toEqual({ left: '进“', hit: '数字”经济', right: '发展', more: { left: true, right: true } });
    const astral = kwicLine(text, m, m.text.indexOf('发展'), m.text.indexOf('发展') + 2, 2);
    expect(astral.right).toBe('𠀋𠀋');
  });

  it('shows a term as the page’s script writes it', async () => {
    const hits = async (script: Script, typed: string) => {
      const e = engines[script];
      const term = norm.text(typed);
      const r = await compare(script, typed);
      const out: string[] = [];
      e.manifest.plans.forEach((meta, i) => {
        const shard = fragment(script, i);
        for (const o of r.plans[meta.slug].terms[0].occurrences) {
          const text = shard.text[o.rec];
          out.push(kwicLine(text, norm.mapped(text), o.from, o.to).hit);
        }
      });
      return spelling(out, term, (s) => norm.text(s));
    };
    expect(await hits('hant', '数字经济')).toBe('數字經濟');
    expect(await hits('hans', '數字經濟')).toBe('数字经济');
    expect(await hits('hant', '碳达峰')).toBe('碳達峰');
    expect(await hits('hans', 'gdp')).toBe('GDP');
    expect(await hits('hans', '量子纠缠')).toBeUndefined();
    // A spelling with punctuation inside is not a spelling of the term; the most frequent wins.
    expect(spelling(['数字”经济', '數字經濟', '数字经济', '数字经济'], '数字经济', (s) => norm.text(s))).toBe('数字经济');
    expect(spelling(['数字”经济'], '数字经济', (s) => norm.text(s))).toBeUndefined();
  });
});
