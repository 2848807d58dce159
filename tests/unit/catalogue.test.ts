/** The home page's catalogue: facet values and counts, filtering, sorting and the script fold. */
import { describe, expect, it } from 'vitest';
import { catalogueFold } from '../../src/build/catalogue.ts';
import { type CatalogueData, catalogueData, emptySelection, facetCounts, folder, matches, placeOrder, sorted } from '../../src/lib/catalogue.ts';
import type { CatalogEntry } from '../../src/lib/catalog-schema.ts';
import type { PlanSummary } from '../../src/lib/plan-data.ts';

/** Plans as rows: slug, province, city, level, parent, kind, period, published date, length. */
const ROWS: [string, string, string, CatalogEntry['level'], string, CatalogEntry['kind'], number, string | undefined, number][] = [
  ['taizhou-14-proposal', '浙江省', '台州市', '地级市', '浙江省', '建议', 14, undefined, 18925],
  ['linhai-14-outline', '浙江省', '临海市', '县级市', '台州市', '纲要', 14, '2021-11-29', 43663],
  ['jiaxing-15-proposal', '浙江省', '嘉兴市', '地级市', '浙江省', '建议', 15, undefined, 19468],
  ['suzhou-14-outline', '江苏省', '苏州市', '地级市', '江苏省', '纲要', 14, '2021-03-01', 50000],
  ['kunshan-15-outline', '江苏省', '昆山市', '县级市', '苏州市', '纲要', 15, '2026-02-01', 30000],
];
const bi = (zh: string) => ({ zh, en: zh });
const plans: PlanSummary[] = ROWS.map(([slug, province, city, level, parent, kind, period, published, charCount], catalogIndex) => ({
  catalogIndex,
  charCount,
  counts: {} as PlanSummary['counts'],
  tables: [],
  entry: {
    slug,
    file: `${slug}.txt`,
    city: bi(city),
    level,
    parent: bi(parent),
    province: bi(province),
    kind,
    period,
    years: period === 14 ? [2021, 2025] : [2026, 2030],
    title: `${city}规划${kind}`,
    dates: published ? { published } : {},
    script: 'hans',
    publisher: { name: '报' },
  },
}));
const ordered = placeOrder(plans);
const data: CatalogueData = catalogueData(ordered, catalogueFold(ordered));
const slugs = (ks: number[]) => ks.map((k) => ordered[k].entry.slug);
const all = data.plans.map(() => true);

describe('the catalogue', () => {
  it('orders plans by province, city (pinyin), the city before its counties', () => {
    expect(ordered.map((p) => p.entry.slug)).toEqual([
      'suzhou-14-outline',
      'kunshan-15-outline',
      'jiaxing-15-proposal',
      'taizhou-14-proposal',
      'linhai-14-outline',
    ]);
    expect(data.values).toEqual({
      province: ['江苏省', '浙江省'],
      city: ['嘉兴市', '苏州市', '台州市'],
      level: ['地级市', '县级市'],
      kind: ['纲要', '建议'],
      period: ['14', '15'],
    });
  });

  it('counts each facet value as a tick on it would show, other facets applied', () => {
    const sel = emptySelection();
    expect(facetCounts(data, sel, all)).toEqual({ province: [2, 3], city: [1, 2, 2], level: [3, 2], kind: [3, 2], period: [3, 2] });
    (sel.province as Set<number>).add(1); // 浙江省
    const counts = facetCounts(data, sel, all);
    expect(counts.province).toEqual([2, 3]); // a facet's own ticks do not narrow its counts
    expect(counts.kind).toEqual([1, 2]);
    expect(counts.city).toEqual([1, 0, 2]);
    (sel.kind as Set<number>).add(0); // 纲要
    expect(slugs(data.plans.flatMap((p, k) => (matches(p, sel) ? [k] : [])))).toEqual(['linhai-14-outline']);
    // Two ticks in one facet are either-or.
    (sel.kind as Set<number>).add(1);
    expect(data.plans.filter((p) => matches(p, sel))).toHaveLength(3);
  });

  it('sorts by date (undated last), period and length, newest or longest first, ties in place order', () => {
    expect(slugs(sorted(data, 'place'))).toEqual(ordered.map((p) => p.entry.slug));
    expect(slugs(sorted(data, 'date'))).toEqual(['kunshan-15-outline', 'linhai-14-outline', 'suzhou-14-outline', 'jiaxing-15-proposal', 'taizhou-14-proposal']);
    expect(slugs(sorted(data, 'period'))).toEqual([
      'kunshan-15-outline',
      'jiaxing-15-proposal',
      'suzhou-14-outline',
      'taizhou-14-proposal',
      'linhai-14-outline',
    ]);
    expect(slugs(sorted(data, 'length'))).toEqual([
      'suzhou-14-outline',
      'linhai-14-outline',
      'kunshan-15-outline',
      'jiaxing-15-proposal',
      'taizhou-14-proposal',
    ]);
  });

  it('finds a plan typed in either script', () => {
    const fold = folder(data.fold);
    expect(fold('蘇州 綱要')).toBe('苏州纲要');
    expect(fold('臨海')).toBe('临海');
    expect(fold('Kunshan')).toBe('kunshan');
    // The table holds only characters of the catalogue that differ between the scripts.
    expect([...data.fold].length % 2).toBe(0);
    expect(data.fold).not.toContain('州');
  });
});
