/**
 * Two plans aligned section to section (issue 19): the chain respects order and leaves gaps,
 * moved blocks are found by the later passes, classes follow the stated thresholds, the open-data
 * rows are complete and their spans exact, and the hand-labelled sample's agreement is what the
 * pair view states.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readPairsGold, scorePairs } from '../../src/build/related/pairs-gold.ts';
import { pairFile } from '../../src/build/related/plan-pairs.ts';
import { planTree } from '../../src/build/open-data/tree.ts';
import { t } from '../../src/lib/i18n/index.ts';
import type { PlanData } from '../../src/lib/plan-data.ts';
import { type AlignedPair, alignPlans, chain, classify, PAIR_THRESHOLDS } from '../../src/lib/related/plan-align.ts';
import { type PlanUnit, planUnits } from '../../src/lib/related/plan-units.ts';
import { realPlans } from '../../tools/bench/synthetic-corpus.ts';

const unit = (id: string, title: string, text: string): PlanUnit => ({
  id,
  kind: 'section',
  label: { hans: id, hant: id },
  title: { hans: title, hant: title },
  chapter: '',
  text: { hans: `${title}\n${text}`, hant: `${title}\n${text}` },
});

describe('the chain over the whole outline', () => {
  it('keeps order: a crossing best match is not taken, a gap is left', () => {
    // g[a][b]: b1 ↔ a0 (0.9) and b0 ↔ a1 (0.8) would cross; the chain keeps the stronger one only.
    const g = [
      [0.1, 0.9],
      [0.8, 0.1],
    ];
    const out = chain((i, j) => g[i][j] - 0.2, 2, 2, 0.8);
    expect(out).toEqual([-1, 0]);
  });

  it('is monotone on any matrix, and pairs only where the gain is positive', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let n = 0; n < 50; n++) {
      const na = 1 + Math.floor(rand() * 8);
      const nb = 1 + Math.floor(rand() * 8);
      const g = Array.from({ length: na }, () => Array.from({ length: nb }, () => rand() - 0.5));
      const out = chain((i, j) => g[i][j], na, nb, 0.8);
      let last = -1;
      for (const [j, i] of out.entries()) {
        if (i < 0) continue;
        expect(i).toBeGreaterThanOrEqual(last);
        expect(g[i][j]).toBeGreaterThan(0);
        last = i;
      }
    }
  });

  it('lets consecutive b units follow one a unit (a section split in two)', () => {
    const g = [[0.9, 0.8]];
    expect(chain((i, j) => g[i][j] - 0.2, 1, 2, 0.8)).toEqual([0, 0]);
  });
});

describe('rows and classes', () => {
  const shared = '坚持和发展新时代枫桥经验加快构建两智融合体系建设智慧智能民本民治共建共享的社会治理共同体';
  const a = [
    unit('a1', '发展海洋经济', '建设海洋强市，发展临港产业，培育海洋新兴产业和远洋渔业。'),
    unit('a2', '推进市域社会治理现代化', `${shared}。推进最多跑一地改革。`),
    unit('a3', '深化清廉建设', '一体推进不敢腐不能腐不想腐，营造风清气正的政治生态。'),
  ];
  const b = [
    unit('b1', '打造平安城市', `${shared}，全面推广网格加警务机制。`),
    unit('b2', '参与都市区建设', '加强港口协同发展，建设保税飞地，开通水水中转航线。'),
  ];
  let rows: AlignedPair[];
  beforeAll(() => {
    rows = alignPlans(a, b);
  });

  it('gives every unit of b one row, in order, and every unused unit of a a dropped row', () => {
    expect(rows.filter((r) => r.b).map((r) => r.b)).toEqual(['b1', 'b2']);
    expect(rows.find((r) => r.b === 'b1')).toMatchObject({ a: 'a2', class: 'taken' });
    expect(rows.find((r) => r.b === 'b2')).toMatchObject({ a: null, class: 'new', shared: [] });
    expect(rows.filter((r) => r.class === 'dropped').map((r) => r.a)).toEqual(['a1', 'a3']);
    // a1 is dropped before b1's row (the chain passes it there), a3 after.
    expect(rows.map((r) => r.b ?? `-${r.a}`)).toEqual(['-a1', 'b1', 'b2', '-a3']);
  });

  it('marks only wording really shared, as offsets into both units', () => {
    const row = rows.find((r) => r.b === 'b1') as AlignedPair;
    expect(row.shared.length).toBeGreaterThan(0);
    for (const [as, ae, bs, be] of row.shared) expect(a[1].text.hans.slice(as, ae)).toBe(b[0].text.hans.slice(bs, be));
  });

  it('classes by the stated thresholds', () => {
    const th = PAIR_THRESHOLDS;
    expect(classify(0, th.takenReuse)).toBe('taken');
    expect(classify(0.9, th.takenReuse - 0.01)).toBe('rewritten');
    expect(classify(0, th.rewrittenReuse)).toBe('rewritten');
    expect(classify(th.rewrittenSimilarity, 0)).toBe('rewritten');
    expect(classify(th.rewrittenSimilarity - 0.01, th.rewrittenReuse - 0.01)).toBe('new');
  });

  it('finds a block moved elsewhere in the outline (a later pass of the chain)', () => {
    const texts = ['科技创新人才平台研发', '消费投资内需循环市场', '生态环境污染防治绿色', '教育医疗社会保障民生'];
    const as = texts.map((x, i) => unit(`a${i}`, x.slice(0, 4), x.repeat(3)));
    // b moves a0 to the end.
    const bs = [1, 2, 3, 0].map((i) => unit(`b${i}`, texts[i].slice(0, 4), texts[i].repeat(3)));
    const out = alignPlans(as, bs);
    expect(out.filter((r) => r.b).map((r) => `${r.b}←${r.a}`)).toEqual(['b1←a1', 'b2←a2', 'b3←a3', 'b0←a0']);
    expect(out.some((r) => r.class === 'dropped')).toBe(false);
  });
});

describe('the precomputed pair 台州建议 → 临海纲要 against the hand-labelled sample', () => {
  let plans: Map<string, PlanData>;
  beforeAll(() => {
    plans = new Map(realPlans().map((p) => [p.entry.slug, p]));
  });

  it('agrees ≥ 0.8 on each class judged on its own, names the right counterpart for ≥ 0.7, as the page states', () => {
    const gold = readPairsGold('tests/fixtures/related/pairs-gold.yaml');
    expect(gold.pairs.length).toBeGreaterThanOrEqual(40);
    const file = pairFile(plans.get(gold.a) as PlanData, plans.get(gold.b) as PlanData);
    const s = scorePairs(gold, file.pairs);
    expect(s.missing).toEqual([]);
    for (const [c, x] of Object.entries(s.perClass)) expect(x.agreement, c).toBeGreaterThanOrEqual(0.8);
    expect(s.counterpart.accuracy).toBeGreaterThanOrEqual(0.7);
    const stated = t('hans', 'pairs.thresholds', 12, 0, 0, 0);
    const { taken, rewritten, new: added } = s.perClass;
    for (const x of [taken, rewritten, added]) expect(stated).toContain(`${x.agreed}/${x.labelled}`);
    expect(stated).toContain(`${s.counterpart.right}/${s.counterpart.labelled}`);
    expect(stated).toContain(`${gold.pairs.length} 对`);
  });

  it('writes the open-data rows: one per section of b, one per dropped article of a, spans exact', () => {
    const [a, b] = [plans.get('taizhou-14-proposal') as PlanData, plans.get('linhai-14-outline') as PlanData];
    const file = pairFile(a, b);
    const ua = new Map(planUnits(planTree(a).blocks).map((u) => [u.id, u]));
    const ub = planUnits(planTree(b).blocks);
    expect(ub.every((u) => u.id.match(/^c\d+-s\d+$/))).toBe(true);
    expect(file.pairs.filter((r) => r.b).map((r) => r.b)).toEqual(ub.map((u) => u.id));
    const used = new Set(file.pairs.filter((r) => r.b && r.a).map((r) => r.a));
    expect(file.pairs.filter((r) => r.class === 'dropped').map((r) => r.a)).toEqual([...ua.keys()].filter((id) => !used.has(id)));
    const byB = new Map(ub.map((u) => [u.id, u]));
    for (const r of file.pairs) {
      expect(['taken', 'rewritten', 'new', 'dropped']).toContain(r.class);
      expect(r.class === 'new' ? r.a : r.class === 'dropped' ? r.b : 'both').toBe(r.class === 'new' || r.class === 'dropped' ? null : 'both');
      for (const [as, ae, bs, be] of r.shared) {
        const ta = ua.get(r.a as string)?.text.hans ?? '';
        const tb = byB.get(r.b as string)?.text.hans ?? '';
        expect(ta.slice(as, ae)).toBe(tb.slice(bs, be));
      }
    }
  });

  it('makes the same units from the tree as the browser reads it (JSON round trip)', () => {
    const tree = planTree(plans.get('linhai-14-outline') as PlanData);
    expect(planUnits(JSON.parse(JSON.stringify(tree)).blocks)).toEqual(planUnits(tree.blocks));
  });
});

describe('the catalog says which plan follows which', () => {
  it('reads follows: as a slug or a list, and refuses a slug the catalog does not have', async () => {
    const { readFileSync } = await import('node:fs');
    const { checkCatalogAgainstSeeds, parseCatalog } = await import('../../ingest/catalog.ts');
    const { followsOf } = await import('../../src/lib/catalog-schema.ts');
    const text = readFileSync('seeds/catalog.yaml', 'utf8');
    const catalog = parseCatalog(text, 'seeds/catalog.yaml');
    const linhai = catalog.plans.find((p) => p.slug === 'linhai-14-outline');
    expect(linhai && followsOf(linhai)).toEqual(['taizhou-14-proposal']);
    const bad = parseCatalog(text.replace('follows: taizhou-14-proposal', 'follows: [taizhou-15-proposal]'), 'seeds/catalog.yaml');
    const problems = checkCatalogAgainstSeeds(
      bad,
      bad.plans.map((p) => p.file),
      'seeds/catalog.yaml',
    );
    expect(problems.map((p) => p.message)).toContain('the entry "linhai-14-outline" follows "taizhou-15-proposal", which is not a slug in the catalog');
  });
});
