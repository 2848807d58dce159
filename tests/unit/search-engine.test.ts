/**
 * The engine on the real corpus: exact substring matching (the candidate index never misses
 * and never lets a non-match through), every plan that contains a query listed with its hit
 * count, the same results in either script, ranking and document order, filters.
 */
import { describe, expect, it } from 'vitest';
import { prng, realPlans } from '../../tools/bench/synthetic-corpus.ts';
import { buildSearchFiles } from '../../src/build/search-index.ts';
import { CONCURRENCY, Engine, type Results } from '../../src/lib/search/engine.ts';
import { compareMatches, hitRanges, matchPassage, occurrences } from '../../src/lib/search/match.ts';
import { Normaliser, parseFoldTable } from '../../src/lib/search/normalise.ts';
import type { Shard } from '../../src/lib/search/types.ts';
import type { Script } from '../../src/lib/plan-types.ts';

const plans = realPlans();
const files = buildSearchFiles(plans);
const fold = parseFoldTable(files.fold);
const norm = new Normaliser(fold);

async function engine(script: Script): Promise<Engine> {
  const e = new Engine(files.manifest, fold, script, async (f) => JSON.parse(files.files.get(f)!) as Shard);
  await e.load();
  return e;
}
const hans = await engine('hans');
const hant = await engine('hant');

/** What the results must be, by brute force: per plan, passages whose normalised text holds every term. */
function truth(terms: string[], script: Script = 'hans'): Map<string, { hits: number; passages: number }> {
  const out = new Map<string, { hits: number; passages: number }>();
  for (const p of plans) {
    let hits = 0;
    let passages = 0;
    for (const r of p.records) {
      const t = norm.text(r.text[script]);
      const counts = terms.map((term) => occurrences(t, term).length);
      if (counts.every((c) => c > 0)) {
        passages++;
        hits += counts.reduce((a, b) => a + b, 0);
      }
    }
    if (passages) out.set(p.entry.slug, { hits, passages });
  }
  return out;
}
const got = (r: Results) => new Map(r.plans.map((p) => [p.meta.slug, { hits: p.hits, passages: p.passages.length }]));

describe('matching', () => {
  it('finds a phrase exactly, never its characters scattered', () => {
    const r = hans.search('实体经济');
    expect(r.plans.length).toBeGreaterThan(0);
    for (const p of r.plans)
      for (const h of p.passages) {
        const marks = hans.snippet(h, r.terms).filter((s) => s.mark);
        expect(marks.length).toBeGreaterThan(0);
        for (const m of marks) expect(norm.text(m.text)).toBe('实体经济');
      }
    expect(got(r)).toEqual(truth(['实体经济']));
  });

  it('requires every space-separated term in the same passage', () => {
    const r = hans.search('数字 乡村');
    expect(got(r)).toEqual(truth(['数字', '乡村']));
    for (const p of r.plans) expect(p.passages.length).toBeLessThan(truth(['数字']).get(p.meta.slug)!.passages);
  });

  it('finds single characters', () => {
    expect(got(hans.search('髮'))).toEqual(truth(['发']));
    expect(got(hans.search('颱'))).toEqual(truth(['台']));
  });

  it('finds the same passages for simplified, traditional and mixed input, in both scripts', () => {
    for (const [a, b, c] of [
      ['数字经济', '數字經濟', '數字经济'],
      ['共同富裕', '共同富裕', '共同富裕'],
      ['着力', '著力', '著力'],
      ['干部', '幹部', '干部'],
      ['台州', '臺州', '台州'],
    ]) {
      const want = got(hans.search(a));
      expect(want.size, a).toBeGreaterThan(0);
      for (const e of [hans, hant]) for (const q of [a, b, c]) expect(got(e.search(q)), `${e.script} ${q}`).toEqual(want);
    }
  });

  it('lists exactly the plans that contain random substrings of the corpus, with their counts (both scripts)', () => {
    const random = prng(2024);
    for (let k = 0; k < 150; k++) {
      const p = plans[Math.floor(random() * plans.length)];
      const r = p.records[Math.floor(random() * p.records.length)];
      const script: Script = random() < 0.5 ? 'hans' : 'hant';
      const text = r.text[script];
      const len = 1 + Math.floor(random() * 8);
      const at = Math.floor(random() * Math.max(1, text.length - len));
      const q = text.slice(at, at + len);
      const terms = (script === 'hans' ? hans : hant).search(q).terms;
      if (!terms.length) continue;
      const want = truth(terms);
      expect(got(hans.search(q)), q).toEqual(want);
      expect(got(hant.search(q)), q).toEqual(want);
      expect(want.get(p.entry.slug), `${q} is in ${p.entry.slug}#${r.id}`).toBeDefined();
    }
  });

  it('the candidate index never misses: same results as checking every passage', () => {
    for (const q of ['经济', '数字 经济 发展', '二〇三五', 'GDP', '人民', '的', '“十四五”', '高质量发展', '乡村振兴']) {
      expect(got(hans.search(q)), q).toEqual(got(hans.search(q, { scan: true })));
    }
  });

  it('finds nothing for a query with nothing searchable, or hostile input', () => {
    const r = hans.search('！？ “”');
    expect(r.terms).toEqual([]);
    expect(r.plans).toEqual([]);
    expect(hans.search('<img src=x onerror=alert(1)>').plans).toEqual([]);
    expect(hans.search('"\'><script>').plans).toEqual([]);
  });
});

describe('ranking', () => {
  it('puts phrase hits first, then literal, then denser passages', () => {
    const a = matchPassage('数字经济发展', ['数字', '经济'])!;
    const b = matchPassage('数字化改革推动经济发展', ['数字', '经济'])!;
    expect(a.phrase).toBe(true);
    expect(b.phrase).toBe(false);
    expect(compareMatches(a, b)).toBeLessThan(0);
    const short = matchPassage('数字经济', ['数字经济'])!;
    const long = matchPassage(`数字经济${'其他'.repeat(100)}`, ['数字经济'])!;
    expect(compareMatches(short, long)).toBeLessThan(0);
    const lit = matchPassage('数字经济', ['数字经济'], '數字經濟', ['數字經濟'])!;
    const folded = matchPassage('数字经济', ['数字经济'], '數字經濟', ['数字经济'])!;
    expect(lit.literal).toBe(true);
    expect(folded.literal).toBe(false);
    expect(compareMatches(lit, folded)).toBeLessThan(0);
    expect(matchPassage('数字', ['数字', '经济'])).toBeNull();
  });

  it('orders a multi-term search with the passages holding the phrase first', () => {
    const r = hans.search('数字 经济');
    for (const p of r.plans) {
      const flags = p.passages.map((h) => h.m.phrase);
      expect(flags).toEqual([...flags].sort((x, y) => Number(y) - Number(x)));
    }
    const top = hans.top(r, 5);
    expect(top.every((h) => h.m.phrase)).toBe(true);
  });

  it('orders by document order on request: plans in catalog order, passages as in the text', () => {
    const r = hans.search('共同富裕', { sort: 'doc' });
    const order = files.manifest.plans.map((p) => p.slug);
    const slugs = r.plans.map((p) => p.meta.slug);
    expect(slugs).toEqual(order.filter((s) => slugs.includes(s)));
    for (const p of r.plans) {
      const recs = p.passages.map((h) => h.rec);
      expect(recs).toEqual([...recs].sort((x, y) => x - y));
    }
  });

  it('counts hits per plan, merged ranges cover every occurrence', () => {
    const r = hans.search('共同富裕');
    expect(r.hits).toBe(r.plans.reduce((n, p) => n + p.hits, 0));
    expect(hitRanges('共同富裕的共同富裕', ['共同富裕'])).toEqual([
      [0, 4],
      [5, 9],
    ]);
  });
});

describe('filters and shards', () => {
  it('restricts to the selected plans and reports what the filters leave out', () => {
    const all = hans.search('共同富裕');
    const linhai = hans.select({ city: ['临海市'] });
    expect(linhai.map((i) => files.manifest.plans[i].slug).sort()).toEqual(['linhai-14-outline', 'linhai-common-prosperity']);
    const r = hans.search('共同富裕', { plans: linhai });
    expect(r.plans.map((p) => p.meta.slug).sort()).toEqual(['linhai-14-outline', 'linhai-common-prosperity']);
    expect(r.elsewhere.plans).toBe(all.plans.length - 2);
    expect(r.hits + r.elsewhere.hits).toBe(all.hits);
    expect(hans.select({ type: ['建议'], period: [15] }).map((i) => files.manifest.plans[i].slug)).toEqual(['jiaxing-15-proposal']);
  });

  it('loads shards on demand and says when results are incomplete', async () => {
    const e = new Engine(files.manifest, fold, 'hans', async (f) => JSON.parse(files.files.get(f)!) as Shard);
    const jiaxing = e.select({ city: ['嘉兴市'] });
    const seen: number[] = [];
    await e.load(jiaxing, (p) => seen.push(p.done));
    expect(seen.at(-1)).toBe(1);
    const partial = e.search('共同富裕');
    expect(partial.complete).toBe(false);
    expect(partial.plans.map((p) => p.meta.slug)).toEqual(['jiaxing-15-proposal']);
    expect(e.search('共同富裕', { plans: jiaxing }).complete).toBe(true);
  });

  it('fetches at most CONCURRENCY shards at a time', async () => {
    const many = { ...files.manifest, plans: Array.from({ length: 20 }, (_, i) => files.manifest.plans[i % 5]) };
    let inFlight = 0;
    let most = 0;
    const e = new Engine(many, fold, 'hans', async (f) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      return JSON.parse(files.files.get(f)!) as Shard;
    });
    const seen: number[] = [];
    await e.load(undefined, (p) => seen.push(p.done));
    expect(most).toBe(CONCURRENCY);
    expect(seen).toEqual(Array.from({ length: 21 }, (_, i) => i));
  });

  it('a failed shard rejects the load, and loading again retries it', async () => {
    let fail = true;
    const e = new Engine(files.manifest, fold, 'hans', async (f) => {
      if (fail && f.startsWith('quzhou')) throw new Error('offline');
      return JSON.parse(files.files.get(f)!) as Shard;
    });
    await expect(e.load()).rejects.toThrow('offline');
    fail = false;
    await e.load();
    expect(got(e.search('数字经济'))).toEqual(got(hans.search('数字经济')));
  });

  it('builds deterministic, content-hashed files', () => {
    expect(files.manifestFile).toMatch(/^manifest\.[0-9a-f]{10}\.json$/);
    for (const p of files.manifest.plans) for (const s of ['hans', 'hant'] as const) expect(files.files.has(p.file[s])).toBe(true);
    const again = buildSearchFiles([...plans]);
    expect(again.manifestFile).toBe(files.manifestFile);
  });
});

describe('passages', () => {
  it('gives each hit its anchor id and heading path in the page script', () => {
    const r = hant.search('低空经济');
    expect(r.plans.map((p) => p.meta.slug)).toEqual(['jiaxing-15-proposal']);
    const hit = r.plans[0].passages[0];
    expect(hant.id(hit)).toMatch(/^(a\d+|c\d+)(-[a-z]+\d+)*$/);
    expect(hant.path(hit).join(' ')).toMatch(/[一二三四五六七八九十]、/);
    const marks = hant
      .snippet(hit, r.terms)
      .filter((s) => s.mark)
      .map((s) => s.text);
    expect(marks).toEqual(['低空經濟']);
  });
});
