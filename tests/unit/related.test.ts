/**
 * Related passages (issue 13): the gold set's recall, exact shared-wording spans over every
 * pair the corpus produces, labels in the document's own numbering, and the winnowing
 * guarantee that candidate pairs are not missed.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { align } from '../../src/lib/related/align.ts';
import { FULL_PAIRS, placePairs } from '../../src/build/related/drawn.ts';
import { evaluateRelated, readGold } from '../../src/build/related/gold.ts';
import { computeRelated, DEFAULTS, type Related } from '../../src/build/related/index.ts';
import { likelyPairs } from '../../src/build/related/plan-pairs.ts';
import type { SharedPair } from '../../src/build/related/shared.ts';
import { fingerprints } from '../../src/build/related/winnow.ts';
import { markedParagraphs } from '../../src/lib/related/marks.ts';
import { realPlans } from '../../tools/bench/synthetic-corpus.ts';

let related: Related;
let isBroad: (slug: string, id: string) => boolean;
beforeAll(() => {
  related = computeRelated(realPlans());
  const broad = new Set(related.passages.filter((p) => p.broad).map((p) => `${related.plans[p.plan].entry.slug}/${p.id}`));
  isBroad = (slug, id) => broad.has(`${slug}/${id}`);
});

describe('same theme, against the hand-checked gold set', () => {
  const gold = readGold('tests/fixtures/related/gold.yaml');

  it('has at least 8 themes, each in at least three plans, every id a passage', () => {
    expect(gold.themes.length).toBeGreaterThanOrEqual(8);
    const ids = new Set(related.passages.map((p) => `${related.plans[p.plan].entry.slug}#${p.id}`));
    for (const t of gold.themes) {
      expect(Object.keys(t.passages).length, t.theme).toBeGreaterThanOrEqual(3);
      for (const [slug, list] of Object.entries(t.passages)) for (const id of list) expect(ids.has(`${slug}#${id}`), `${t.theme}: ${slug}#${id}`).toBe(true);
    }
  });

  it('finds a gold passage in the top 3 of each other plan (recall@3 ≥ 0.8 per plan and overall)', () => {
    const scores = evaluateRelated(gold, related);
    expect(scores.all.recall3).toBeGreaterThanOrEqual(0.9);
    for (const [slug, s] of scores.perPlan) expect(s.recall3, slug).toBeGreaterThanOrEqual(0.8);
  });

  it('gives every chapter and table its own list, the chapter-level themes linked (≥ 0.8 of the other members)', () => {
    for (const plan of related.plans) {
      const file = new Map(related.file(plan.entry.slug).passages.map((p) => [p.id, p.related]));
      for (const p of related.passages.filter((x) => x.plan === related.plans.indexOf(plan) && (x.kind === 'chapter' || x.kind === 'table')))
        expect(file.get(p.id)?.length ?? 0, `${plan.entry.slug}#${p.id}`).toBeGreaterThan(0);
    }
    const chapters = readGold('tests/fixtures/related/chapters.yaml');
    const scores = evaluateRelated(chapters, related);
    expect(scores.all.linked).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps at most 3 per other plan (and 1 chapter), best first, with scores in 0–1', () => {
    for (const plan of related.plans) {
      for (const p of related.file(plan.entry.slug).passages) {
        const theme = p.related.filter((r) => r.shared === undefined && !isBroad(r.plan, r.id));
        for (const r of p.related) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1.0001);
        }
        for (const slug of new Set(theme.map((r) => r.plan))) expect(theme.filter((r) => r.plan === slug).length).toBeLessThanOrEqual(3);
        expect(p.related.every((r) => r.plan !== plan.entry.slug)).toBe(true);
      }
    }
  });
});

describe('shared wording', () => {
  it('marks only characters really shared: every span of every pair, in both scripts', () => {
    expect(related.shared.length).toBeGreaterThan(50);
    for (const pair of related.shared) {
      const [pa, pb] = [related.passages[pair.a], related.passages[pair.b]];
      const key = `${related.plans[pa.plan].entry.slug}/${pa.id}/${related.plans[pb.plan].entry.slug}/${pb.id}`;
      for (const script of ['hans', 'hant'] as const) {
        const a = pa.text[script];
        const b = pb.text[script];
        const usedA = new Set<number>();
        const usedB = new Set<number>();
        for (const s of pair.spans[script]) {
          expect(s.length, key).toBeGreaterThanOrEqual(DEFAULTS.shared.minSpan);
          expect(a.slice(s.a, s.a + s.length), `${key} ${script} at ${s.a}/${s.b}`).toBe(b.slice(s.b, s.b + s.length));
          for (let k = 0; k < s.length; k++) {
            expect(usedA.has(s.a + k) || usedB.has(s.b + k), `${key}: a character marked twice`).toBe(false);
            usedA.add(s.a + k);
            usedB.add(s.b + k);
          }
        }
      }
      expect(pair.shared).toBe(pair.spans.hans.reduce((n, s) => n + s.length, 0));
    }
  });

  it('marks the same strings on both sides of every section page that draws a pair, in both scripts', () => {
    let views = 0;
    for (const p of related.passages) {
      const slug = related.plans[p.plan].entry.slug;
      for (const v of related.sharedOf(slug, p.id)) {
        views++;
        for (const script of ['hans', 'hant'] as const) {
          const { here, other } = v.spans[script];
          expect(here.length, `${slug}/${p.id}`).toBe(other.length);
          here.forEach((s, k) => {
            expect(v.here.text[script].slice(s.start, s.start + s.length)).toBe(v.other.text[script].slice(other[k].start, other[k].start + other[k].length));
          });
        }
      }
    }
    expect(views).toBe(2 * related.shared.length);
  });

  it('draws every pair in full on one of its two section pages at least, and names that page in the open data', () => {
    const drawnAt = new Set<string>();
    for (const p of related.passages) {
      const slug = related.plans[p.plan].entry.slug;
      const views = related.sharedOf(slug, p.id);
      const counts = views.map((v) => v.spans.hans.here.reduce((n, s) => n + s.length, 0));
      expect(counts, `${slug}/${p.id}: most shared first`).toEqual([...counts].sort((x, y) => y - x));
      expect(views.slice(0, FULL_PAIRS).every((v) => v.drawn)).toBe(true);
      expect(views.filter((v) => v.drawn).length).toBeLessThanOrEqual(FULL_PAIRS + DEFAULTS.shared.maxCandidates);
      for (const v of views) if (v.drawn) drawnAt.add(`plans/${slug}/${p.id}/#shared-${v.otherSlug}-${v.other.id}`);
    }
    for (const p of related.passages) {
      const slug = related.plans[p.plan].entry.slug;
      for (const v of related.sharedOf(slug, p.id)) expect(drawnAt.has(v.place), `${slug}/${p.id} → ${v.place}`).toBe(true);
      for (const item of related.file(slug).passages.find((x) => x.id === p.id)?.related ?? []) {
        if (item.shared) expect(item.compare && drawnAt.has(item.compare), `${slug}/${p.id} → ${item.compare}`).toBe(true);
      }
    }
  });

  it('places pairs by rule: the 5 sharing most on each side, a pair in neither top 5 on its proposer', () => {
    // Passage 0 shares with 1…7 (most with 1); passage 7 also shares with 8…12, more than with 0.
    const pair = (a: number, b: number, shared: number, proposer = a): SharedPair => ({ a, b, shared, proposer, spans: { hans: [], hant: [] } });
    const pairs = [...[1, 2, 3, 4, 5, 6, 7].map((b) => pair(0, b, 100 - b)), ...[8, 9, 10, 11, 12].map((b) => pair(7, b, 200))];
    const placed = placePairs(pairs, 5);
    const drawn = (i: number) =>
      placed
        .get(i)
        ?.filter((p) => p.drawn)
        .map((p) => p.other);
    expect(drawn(0)).toEqual([1, 2, 3, 4, 5, 7]); // 0–6 is drawn on 6's page (its only pair); 0–7 on neither top 5, so on its proposer's
    expect(drawn(7)).toEqual([8, 9, 10, 11, 12]);
    expect(drawn(6)).toEqual([0]);
  });

  const cases = parse(readFileSync('tests/fixtures/related/align-cases.yaml', 'utf8')) as { name: string; a: string; b: string; shared: string[] }[];
  it.each(cases)('aligns: $name', ({ a, b, shared }) => {
    const spans = align(a, b, { seed: 4, minSpan: 6 });
    expect(spans.map((s) => a.slice(s.a, s.a + s.length)).sort()).toEqual([...shared].sort());
    for (const s of spans) expect(b.slice(s.b, s.b + s.length)).toBe(a.slice(s.a, s.a + s.length));
  });

  it('winnowing: texts sharing w + k − 1 characters share a fingerprint', () => {
    const han = fc.string({ unit: fc.constantFrom(...'发展建设推进加快创新城市乡村文化服务体系'), minLength: 0, maxLength: 40 });
    const common = fc.string({ unit: fc.constantFrom(...'甲乙丙丁戊己庚辛壬癸子丑'), minLength: 15, maxLength: 30 });
    fc.assert(
      fc.property(han, han, han, han, common, (a1, a2, b1, b2, c) => {
        const fa = fingerprints(a1 + c + a2, 8, 8);
        const fb = fingerprints(b1 + c + b2, 8, 8);
        return [...fa].some((f) => fb.has(f));
      }),
    );
  });
});

describe('labels and plan pairs', () => {
  const label = (slug: string, id: string) => {
    const p = related.passages.find((x) => related.plans[x.plan].entry.slug === slug && x.id === id);
    return p?.label;
  };
  it('reads labels from the printed numbering', () => {
    expect(label('taizhou-14-proposal', 'a31')).toEqual({ hans: '第31条', hant: '第31條' });
    expect(label('quzhou-14-outline', 'c11-s3')).toEqual({ hans: '十一（三）', hant: '十一（三）' });
    expect(label('linhai-14-outline', 'box3')?.hans).toBe('专栏三');
    expect(related.file('taizhou-14-proposal').plans['quzhou-14-outline']).toEqual({ hans: '衢州纲要', hant: '衢州綱要' });
  });

  it('precomputes the pairs a reader is likely to open: follows, parent city, one city', () => {
    expect(likelyPairs(related.plans.map((p) => p.entry))).toEqual([
      ['taizhou-14-proposal', 'linhai-14-outline'],
      ['taizhou-14-proposal', 'linhai-common-prosperity'],
      ['linhai-14-outline', 'linhai-common-prosperity'],
    ]);
  });
});

describe('marked paragraphs', () => {
  it('keeps abutting spans apart and splits at line breaks', () => {
    expect(
      markedParagraphs('甲乙丙丁\n戊己', [
        { start: 0, length: 2 },
        { start: 2, length: 1 },
        { start: 5, length: 2 },
      ]),
    ).toEqual([
      [
        { text: '甲乙', shared: true },
        { text: '丙', shared: true },
        { text: '丁', shared: false },
      ],
      [{ text: '戊己', shared: true }],
    ]);
  });
});
