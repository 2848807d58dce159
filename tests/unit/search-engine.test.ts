/**
 * The engine on the real corpus and a synthetic one: every plan that contains a query listed
 * with its exact hit count, identical to brute force on random substrings in both scripts, at
 * two sizes and with triples in play (a lowered "common" threshold); ranking, document order,
 * filters, fragments on demand, retry, the format version.
 */
import { describe, expect, it } from 'vitest';
import { prng, realPlans, syntheticPlans } from '../../tools/bench/synthetic-corpus.ts';
import { buildSearchFiles, memoryFetcher, type SearchFiles } from '../../src/build/search-index.ts';
import { CONCURRENCY, Engine, type Results } from '../../src/lib/search/engine.ts';
import { compareMatches, density, hitRanges, matchPassage, occurrences } from '../../src/lib/search/match.ts';
import { Normaliser, parseFoldTable } from '../../src/lib/search/normalise.ts';
import { chunkFile, fragmentFile, tableFile } from '../../src/lib/search/types.ts';
import { PassageIndex } from '../../src/lib/search/passage-index.ts';
import type { PlanData } from '../../src/lib/plan-data.ts';
import { bruteHits, bruteMatch } from '../helpers/search-brute.ts';
import { countingFetcher } from '../helpers/counting-fetcher.ts';
import type { Script } from '../../src/lib/plan-types.ts';

const plans = realPlans();
const files = buildSearchFiles(plans);
const fold = parseFoldTable(files.fold);
const norm = new Normaliser(fold);

const engine = (f: SearchFiles, script: Script) => new Engine(f.manifest, fold, script, memoryFetcher(f.files));
const hans = engine(files, 'hans');
const hant = engine(files, 'hant');

/**
 * What the results must be, by brute force: per plan, passages whose normalised text holds every
 * term and no excluded one, and their hits.
 */
function truth(corpus: readonly PlanData[], terms: string[], script: Script = 'hans', exclude: string[] = []): Map<string, { hits: number; passages: number }> {
  const out = new Map<string, { hits: number; passages: number }>();
  for (const p of corpus) {
    let hits = 0;
    let passages = 0;
    for (const r of p.records) {
      const t = norm.text(r.text[script]);
      if (bruteMatch(t, terms, exclude)) {
        passages++;
        hits += bruteHits(t, terms);
      }
    }
    if (passages) out.set(p.entry.slug, { hits, passages });
  }
  return out;
}
const got = (r: Results) => new Map(r.plans.map((p) => [p.meta.slug, { hits: p.hits, passages: p.recs.length }]));

/** Random substrings (1–9 characters) of random passages, in a random script. */
function samples(corpus: readonly PlanData[], n: number, seed: number): { q: string; slug: string }[] {
  const random = prng(seed);
  return Array.from({ length: n }, () => {
    const p = corpus[Math.floor(random() * corpus.length)];
    const r = p.records[Math.floor(random() * p.records.length)];
    const text = r.text[random() < 0.5 ? 'hans' : 'hant'];
    const len = 1 + Math.floor(random() * 9);
    const at = Math.floor(random() * Math.max(1, text.length - len));
    return { q: text.slice(at, at + len), slug: p.entry.slug };
  });
}

describe('exactness against brute force', () => {
  const synthetic = syntheticPlans(plans, 12);
  const corpora: [string, readonly PlanData[], SearchFiles][] = [
    ['5 real plans', plans, files],
    // Pairs with more than 40 places count as common here, so triples are indexed and chosen.
    ['5 real plans, triples', plans, buildSearchFiles([...plans], 40)],
    ['12 synthetic plans, triples', synthetic, buildSearchFiles(synthetic, 150)],
  ];
  for (const [name, corpus, f] of corpora)
    it(`lists exactly the plans that contain random substrings, with their counts, in both scripts: ${name}`, async () => {
      if (name.includes('triples')) expect(Object.keys(f.manifest.grams.common).length).toBeGreaterThan(20);
      const [a, b] = [engine(f, 'hans'), engine(f, 'hant')];
      for (const { q, slug } of samples(corpus, 120, corpus.length * 31 + name.length)) {
        const terms = a.terms(q);
        if (!terms.length) continue;
        const want = truth(corpus, terms);
        expect(got(await a.search(q)), q).toEqual(want);
        expect(got(await b.search(q)), q).toEqual(want);
        expect(want.get(slug), `${q} is in ${slug}`).toBeDefined();
      }
    });

  for (const [name, corpus, f] of corpora)
    it(`is exact with exclusions, quoted phrases and overlapping terms on random substrings, in both scripts: ${name}`, async () => {
      const [a, b] = [engine(f, 'hans'), engine(f, 'hant')];
      const random = prng(corpus.length * 17 + name.length);
      const s = samples(corpus, 90, corpus.length * 7 + name.length);
      for (let i = 0; i + 2 < s.length; i += 3) {
        const [x, y, z] = [s[i].q, s[i + 1].q, s[i + 2].q];
        // A term and a piece of it (overlapping), a quoted phrase, an exclusion.
        const part = Array.from(x)
          .slice(0, 1 + Math.floor(random() * Array.from(x).length))
          .join('');
        const q = `${x} ${part} "${y.slice(0, 3)} ${y.slice(3)}" -${random() < 0.5 ? z.slice(0, 2) : `"${z}"`}`;
        const parsed = a.parse(q);
        const inc = parsed.include.map((t) => t.norm);
        if (!inc.length) continue;
        const want = truth(
          corpus,
          inc,
          'hans',
          parsed.exclude.map((t) => t.norm),
        );
        expect(got(await a.search(q)), q).toEqual(want);
        expect(got(await b.search(q)), q).toEqual(want);
      }
    });

  it('several terms must share a passage; overlapping occurrences count once (哈哈哈)', async () => {
    for (const q of ['数字 乡村', '共同富裕 示范 临海', '经济 的', '00', '二〇三五', 'GDP', '“十四五”', '高质量发展']) {
      expect(got(await hans.search(q)), q).toEqual(truth(plans, hans.terms(q)));
    }
  });

  it('counts overlapping and touching hits of different terms once (数字 数字经济, 共同 富裕)', async () => {
    for (const [q, alone] of [
      ['数字 数字经济', '数字经济'],
      ['共同 富裕', '共同富裕'],
      ['富裕 共同', '共同富裕'],
    ]) {
      const r = await hans.search(q);
      expect(got(r), q).toEqual(truth(plans, hans.terms(q)));
      // Fewer than the terms' occurrences added up: each 共同富裕 is one hit, not two.
      const terms = hans.terms(q);
      let added = 0;
      for (const p of plans)
        for (const rec of p.records) {
          const t = norm.text(rec.text.hans);
          if (terms.every((term) => t.includes(term))) for (const term of terms) added += occurrences(t, term).length;
        }
      expect(r.hits, q).toBeLessThan(added);
      expect(r.hits, q).toBeGreaterThanOrEqual((await hans.search(alone)).hits);
    }
    expect(bruteHits('数字经济', ['数字', '数字经济'])).toBe(1);
    expect(bruteHits('共同富裕', ['共同', '富裕'])).toBe(1);
    expect(bruteHits('哈哈哈哈', ['哈哈'])).toBe(2);
    expect(bruteHits('共同富裕共同', ['共同', '富裕'])).toBe(1);
    expect(bruteHits('共同发展富裕', ['共同', '富裕'])).toBe(2);
  });

  it('leaves out passages holding an excluded term, and reads quoted phrases as one term', async () => {
    const cases: [string, string[], string[]][] = [
      ['头门港 -台州', ['头门港'], ['台州']],
      ['共同富裕 -临海', ['共同富裕'], ['临海']],
      ['数字经济 -"数字 化"', ['数字经济'], ['数字化']],
      ['"数字 经济"', ['数字经济'], []],
      ['“共同 富裕” 示范区', ['共同富裕', '示范区'], []],
      ['发展 -的', ['发展'], ['的']],
      ['COVID-19', ['covid19'], []],
    ];
    for (const [q, inc, exc] of cases) {
      const parsed = hans.parse(q);
      expect(
        parsed.include.map((t) => t.norm),
        q,
      ).toEqual(inc);
      expect(
        parsed.exclude.map((t) => t.norm),
        q,
      ).toEqual(exc);
      const want = truth(plans, inc, 'hans', exc);
      expect(got(await hans.search(q)), q).toEqual(want);
      expect(got(await hant.search(q)), q).toEqual(want);
    }
    // 台州 occurs wherever 头门港 does in some passages: the exclusion changes the result.
    expect(got(await hans.search('头门港 -台州'))).not.toEqual(got(await hans.search('头门港')));
    expect((await hans.search('-台州')).plans).toEqual([]);
  });

  it('finds simplified, traditional and mixed input alike, in both scripts', async () => {
    for (const [a, b, c] of [
      ['数字经济', '數字經濟', '數字经济'],
      ['着力', '著力', '著力'],
      ['干部', '幹部', '干部'],
      ['台州', '臺州', '台州'],
    ]) {
      const want = got(await hans.search(a));
      expect(want.size, a).toBeGreaterThan(0);
      for (const e of [hans, hant]) for (const q of [a, b, c]) expect(got(await e.search(q)), `${e.script} ${q}`).toEqual(want);
    }
  });

  it('finds nothing for a query with nothing searchable, or hostile input', async () => {
    const r = await hans.search('！？ “”');
    expect(r.terms).toEqual([]);
    expect(r.plans).toEqual([]);
    expect((await hans.search('<img src=x onerror=alert(1)>')).plans).toEqual([]);
    expect((await hans.search('量子引力')).plans).toEqual([]);
  });
});

describe('what is fetched', () => {
  it('counts a two-character query from one or two chunks, without any passage text', async () => {
    const fetched: string[] = [];
    const mem = memoryFetcher(files.files);
    const e = new Engine(files.manifest, fold, 'hans', {
      json: (f) => {
        fetched.push(f);
        return mem.json(f);
      },
      bytes: (f) => {
        fetched.push(f);
        return mem.bytes(f);
      },
    });
    const r = await e.search('低空经济');
    expect(r.plans.map((p) => p.meta.slug)).toEqual(['jiaxing-15-proposal']);
    expect(fetched.every((f) => /^g\d+\./.test(f))).toBe(true);
    expect(fetched.length).toBeLessThanOrEqual(2);
    // Ranking the plan's passages fetches its passage table, no text.
    fetched.length = 0;
    expect(e.rankedNow(r.plans[0])).toBeUndefined();
    const ranked = await e.ranked(r.plans[0]);
    expect(ranked.length).toBe(r.plans[0].recs.length);
    expect(fetched).toEqual([tableFile(files.manifest, 'jiaxing-15-proposal')]);
    // Painting the first three fetches only the fragments that hold them: a few KB, not the plan.
    fetched.length = 0;
    expect(ranked.every((h) => !e.hasText(h))).toBe(true);
    await e.fetchText(ranked.slice(0, 3));
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.length).toBeLessThanOrEqual(3);
    expect(fetched.every((f) => /^f\d+\.hans\./.test(f))).toBe(true);
    const bytes = fetched.reduce((n, f) => n + (files.files.get(f) as string).length, 0);
    expect(bytes).toBeLessThan(files.manifest.plans[r.plans[0].plan].bytes.hans / 4);
    expect(ranked.slice(0, 3).every((h) => e.hasText(h))).toBe(true);
  });

  it('cuts the text into fragments of a few KB across plans, each passage in exactly one, addressed by the plan tables', async () => {
    const m = files.manifest;
    const sizes: number[] = [];
    for (let n = 0; files.files.has(fragmentFile(m, n, 'hans')); n++) {
      const f = JSON.parse(files.files.get(fragmentFile(m, n, 'hans')) as string);
      const g = JSON.parse(files.files.get(fragmentFile(m, n, 'hant')) as string);
      expect(g.first).toBe(f.first);
      expect(g.ids).toEqual(f.ids);
      sizes.push((files.files.get(fragmentFile(m, n, 'hans')) as string).length);
    }
    // Passages run on across plans (no plan-sized files), and no fragment is much over the target
    // unless one passage alone is.
    expect(sizes.length).toBeLessThan(m.plans.reduce((n, p) => n + p.records, 0) / 3);
    expect(sizes.filter((b) => b > 3 * 4096).length).toBeLessThan(sizes.length / 20);
    const e = engine(files, 'hant');
    let start = 0;
    for (const [i, p] of plans.entries()) {
      const t = JSON.parse(files.files.get(tableFile(m, p.entry.slug)) as string);
      expect(t.start).toBe(start);
      expect(t.len).toEqual(p.records.map((r) => norm.text(r.text.hans).length));
      start += p.records.length;
      await e.load([i]);
      const text = e.passagesOf(i)!.fragment;
      expect(text.ids).toEqual(p.records.map((r) => r.id));
      // Separators of table rows and cells are not text: the normalised text is the record's.
      expect(text.text.map((x) => norm.text(x))).toEqual(p.records.map((r) => norm.text(r.text.hant)));
    }
  });

  it('scans every fragment for a single character in a small corpus, and only some in a large one (labelled partial)', async () => {
    const one = await hans.search('髮');
    expect(one.complete).toBe(true);
    expect(got(one)).toEqual(truth(plans, ['发']));
    const many = { ...files.manifest, plans: Array.from({ length: 400 }, (_, i) => files.manifest.plans[i % 5]) };
    const big = new Engine(many, fold, 'hans', memoryFetcher(files.files));
    const r = await big.search('的');
    expect(r.complete).toBe(false);
    expect(r.partial).toEqual({ searched: 12, total: 400 });
  });

  it('fetches at most CONCURRENCY fragments at a time, with progress', async () => {
    const many = { ...files.manifest, plans: Array.from({ length: 20 }, (_, i) => files.manifest.plans[i % 5]) };
    const { fetcher, most } = countingFetcher(files.files, 2);
    const e = new Engine(many, fold, 'hans', fetcher);
    const seen: number[] = [];
    await e.load(undefined, (p) => seen.push(p.done));
    expect(most()).toBe(CONCURRENCY);
    expect(seen).toEqual(Array.from({ length: 21 }, (_, i) => i));
  });

  it('a failed fetch rejects, and asking again retries it', async () => {
    let fail = true;
    const mem = memoryFetcher(files.files);
    const e = new Engine(files.manifest, fold, 'hans', {
      json: mem.json,
      bytes: async (f) => {
        if (fail) throw new Error('offline');
        return mem.bytes(f);
      },
    });
    await expect(e.search('数字经济')).rejects.toThrow('offline');
    fail = false;
    expect(got(await e.search('数字经济'))).toEqual(got(await hans.search('数字经济')));
  });

  it('refuses a manifest of another format version', () => {
    expect(() => new Engine({ ...files.manifest, v: 1 as 3 }, fold, 'hans', memoryFetcher(files.files))).toThrow(/format 1/);
  });

  it('builds deterministic, content-hashed files', () => {
    expect(files.manifestFile).toMatch(/^manifest\.[0-9a-f]{10}\.json$/);
    const m = files.manifest;
    for (const p of m.plans) expect(files.files.has(tableFile(m, p.slug))).toBe(true);
    for (const s of ['hans', 'hant'] as const) expect(files.files.has(fragmentFile(m, 0, s))).toBe(true);
    for (let c = 0; c < m.grams.first.length; c++) expect(files.files.has(chunkFile(m, c))).toBe(true);
    expect(chunkFile(m, 3)).toMatch(/^g3\.[0-9a-f]{10}\.bin$/);
    expect(buildSearchFiles([...plans]).manifestFile).toBe(files.manifestFile);
  });
});

describe('ranking', () => {
  it('puts phrase hits first, then denser passages, then more hits', () => {
    const ranked = (norm: string, terms: string[]) => {
      const m = matchPassage(norm, terms)!;
      return { ...m, density: density(m.covered, norm.length) };
    };
    expect(compareMatches(ranked('数字经济发展', ['数字', '经济']), ranked('数字化改革推动经济发展', ['数字', '经济']))).toBeLessThan(0);
    expect(compareMatches(ranked('数字经济', ['数字经济']), ranked(`数字经济${'其他'.repeat(100)}`, ['数字经济']))).toBeLessThan(0);
    expect(matchPassage('数字', ['数字', '经济'])).toBeNull();
  });

  it('ranks each plan’s passages from the index exactly as from their text', async () => {
    const e = engine(files, 'hans');
    for (const q of ['数字 经济', '共同富裕', '发展 -数字', '"高质量 发展"']) {
      const r = await e.search(q);
      for (const p of r.plans) {
        const want = p.recs
          .map((rec) => {
            const t = norm.text(plans[p.plan].records[rec].text.hans);
            const m = matchPassage(t, r.terms, r.exclude)!;
            return { rec, m: { ...m, density: density(m.covered, t.length) } };
          })
          .sort((a, b) => compareMatches(a.m, b.m) || a.rec - b.rec);
        expect(
          (await e.ranked(p)).map((h) => [h.rec, h.m]),
          `${q} ${p.meta.slug}`,
        ).toEqual(want.map((h) => [h.rec, h.m]));
      }
    }
  });

  it('orders a multi-term search with the passages holding the phrase first, and plans with a phrase first', async () => {
    const e = engine(files, 'hans');
    await e.load();
    const r = await e.search('数字 经济');
    for (const p of r.plans) {
      const flags = (await e.ranked(p)).map((h) => h.m.phrase);
      expect(flags).toEqual([...flags].sort((x, y) => Number(y) - Number(x)));
      expect(p.phrase).toBe(flags[0]);
    }
    expect((await e.top(r, 5)).every((h) => h.m.phrase)).toBe(true);
  });

  it('orders by document order on request: plans in catalog order, passages as in the text', async () => {
    const e = engine(files, 'hans');
    await e.load();
    const r = await e.search('共同富裕', { sort: 'doc' });
    const slugs = r.plans.map((p) => p.meta.slug);
    expect(slugs).toEqual(files.manifest.plans.map((p) => p.slug).filter((s) => slugs.includes(s)));
    for (const p of r.plans) {
      const recs = (await e.ranked(p, 'doc')).map((h) => h.rec);
      expect(recs).toEqual([...recs].sort((x, y) => x - y));
    }
    expect(r.hits).toBe(r.plans.reduce((n, p) => n + p.hits, 0));
    expect(hitRanges('共同富裕的共同富裕', ['共同富裕'])).toEqual([
      [0, 4],
      [5, 9],
    ]);
  });

  it('restricts to the selected plans and reports what the filters leave out', async () => {
    const all = await hans.search('共同富裕');
    const linhai = hans.select({ city: ['临海市'] });
    const r = await hans.search('共同富裕', { plans: linhai });
    expect(r.plans.map((p) => p.meta.slug).sort()).toEqual(['linhai-14-outline', 'linhai-common-prosperity']);
    expect(r.elsewhere.plans).toBe(all.plans.length - 2);
    expect(r.hits + r.elsewhere.hits).toBe(all.hits);
    expect(hans.select({ type: ['建议'], period: [15] }).map((i) => files.manifest.plans[i].slug)).toEqual(['jiaxing-15-proposal']);
  });
});

describe('passages', () => {
  it('gives each hit its anchor id and heading path in the page script', async () => {
    const e = engine(files, 'hant');
    const r = await e.search('低空经济');
    expect(r.plans.map((p) => p.meta.slug)).toEqual(['jiaxing-15-proposal']);
    const hit = (await e.ranked(r.plans[0]))[0];
    await e.fetchText([hit]);
    expect(e.id(hit)).toMatch(/^(a\d+|c\d+)(-[a-z]+\d+)*$/);
    expect(e.path(hit).join(' ')).toMatch(/[一二三四五六七八九十]、/);
    expect(
      e
        .snippet(hit, r.terms)
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(['低空經濟']);
  });
});

describe('FlexSearch on the text path', () => {
  it('proposes every passage that holds the terms (never misses one), in document order', () => {
    const random = prng(77);
    for (const p of plans) {
      const texts = p.records.map((r) => norm.text(r.text.hans));
      const index = new PassageIndex(texts);
      for (let i = 0; i < 30; i++) {
        const t = texts[Math.floor(random() * texts.length)];
        if (!t) continue;
        const at = Math.floor(random() * t.length);
        const terms = [t.slice(at, at + 1 + Math.floor(random() * 3))];
        if (random() < 0.3) terms.push(Array.from(texts[Math.floor(random() * texts.length)] || '的')[0] ?? '的');
        const got = index.candidates(terms);
        const want = texts.flatMap((x, k) => (terms.every((term) => x.includes(term)) ? [k] : []));
        expect(got).toEqual([...got].sort((a, b) => a - b));
        for (const k of want) expect(got, `${terms} in ${p.entry.slug} passage ${k}`).toContain(k);
      }
    }
  });

  it('answers single characters and single-character exclusions exactly through it', async () => {
    for (const q of ['的', '髮', '经济 的', '发展 -的', '乡 -村', '𠀀']) {
      const parsed = hans.parse(q);
      const want = truth(
        plans,
        parsed.include.map((t) => t.norm),
        'hans',
        parsed.exclude.map((t) => t.norm),
      );
      expect(got(await hans.search(q)), q).toEqual(want);
      expect(got(await hant.search(q)), q).toEqual(want);
    }
  });
});
