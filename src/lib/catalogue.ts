/**
 * The home page's catalogue, as data the browser filters: facets (province, city, level, kind,
 * period), counts per facet value, a text filter that reads either script, and sorting. Pure
 * functions, used at build time to render the list without JavaScript and in the browser
 * (src/client/catalogue.ts) to filter it.
 *
 * Compact on purpose (it is inlined in the page at 1,000 plans): a plan is a row of numbers —
 * its value's index in each facet, its date, its length — and the text it is found by is the
 * page's own list item, folded to simplified through a small table of the characters used.
 */
import type { CatalogEntry } from './catalog-schema.ts';
import type { PlanSummary } from './plan-data.ts';

export const FACETS = ['province', 'city', 'level', 'kind', 'period'] as const;
export type Facet = (typeof FACETS)[number];
export const SORTS = ['place', 'date', 'period', 'length'] as const;
export type Sort = (typeof SORTS)[number];

/** One plan: the index of its value in each facet (FACETS order), then its date ('' if none) and length. */
export type CataloguePlan = [number, number, number, number, number, string, number];

export interface CatalogueData {
  /** Each facet's values, in display order (period values are the period numbers as text). */
  values: Record<Facet, string[]>;
  /** In place order: the order of the list items on the page. */
  plans: CataloguePlan[];
  /** Traditional → simplified, for the characters of the catalogue that differ: k₁s₁k₂s₂… */
  fold: string;
}

/** The facets a reader has ticked: per facet, the ticked value indices (none ticked = any). */
export type Selection = Record<Facet, ReadonlySet<number>>;
export const emptySelection = (): Selection => Object.fromEntries(FACETS.map((f) => [f, new Set<number>()])) as unknown as Selection;

/** The prefecture-level city a plan belongs to: itself for a 地级市, else its parent. */
export const cityOf = (e: CatalogEntry): CatalogEntry['city'] => (e.level === '地级市' ? e.city : e.parent);

/** The date shown for a plan: the first the source states of published, adopted, written, reposted. */
export const shownDate = (e: CatalogEntry): string | undefined => e.dates.published ?? e.dates.adopted ?? e.dates.written ?? e.dates.reposted;

const LEVEL_ORDER: readonly string[] = ['地级市', '县级市', '区', '县'];
const pinyin = new Intl.Collator('zh-Hans-u-co-pinyin');

/** A facet's value of a plan, as the text it is listed under. */
function facetValue(e: CatalogEntry, facet: Facet): string {
  switch (facet) {
    case 'province':
      return e.province.zh;
    case 'city':
      return cityOf(e).zh;
    case 'level':
      return e.level;
    case 'kind':
      return e.kind;
    case 'period':
      return String(e.period);
  }
}

/** Plans in place order: province, city, then the city itself before its counties, then catalog order. */
export function placeOrder(plans: readonly PlanSummary[]): PlanSummary[] {
  const rank = (e: CatalogEntry) => (e.level === '地级市' ? 0 : 1);
  return [...plans].sort(
    (a, b) =>
      pinyin.compare(a.entry.province.zh, b.entry.province.zh) ||
      pinyin.compare(cityOf(a.entry).zh, cityOf(b.entry).zh) ||
      rank(a.entry) - rank(b.entry) ||
      pinyin.compare(a.entry.city.zh, b.entry.city.zh) ||
      a.catalogIndex - b.catalogIndex,
  );
}

/** The catalogue data of plans already in place order; `fold` pairs come from the build (OpenCC). */
export function catalogueData(ordered: readonly PlanSummary[], fold: string): CatalogueData {
  const values = Object.fromEntries(
    FACETS.map((f) => {
      const seen = [...new Set(ordered.map((p) => facetValue(p.entry, f)))];
      if (f === 'period') seen.sort((a, b) => Number(a) - Number(b));
      else if (f === 'level') seen.sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b));
      else seen.sort(pinyin.compare);
      return [f, seen];
    }),
  ) as Record<Facet, string[]>;
  const plans = ordered.map((p) => [...FACETS.map((f) => values[f].indexOf(facetValue(p.entry, f))), shownDate(p.entry) ?? '', p.charCount] as CataloguePlan);
  return { values, plans, fold };
}

/** Does a plan match the selection, leaving out one facet (for that facet's own counts)? */
export function matches(plan: CataloguePlan, selection: Selection, except?: Facet): boolean {
  return FACETS.every((f, i) => f === except || selection[f].size === 0 || selection[f].has(plan[i] as number));
}

/**
 * Per facet value, how many plans a tick on it would show: the plans passing the text filter
 * and every other facet (the usual faceted-search count, so ticking a value never shows 0).
 */
export function facetCounts(data: CatalogueData, selection: Selection, textOk: readonly boolean[]): Record<Facet, number[]> {
  const counts = Object.fromEntries(FACETS.map((f) => [f, data.values[f].map(() => 0)])) as Record<Facet, number[]>;
  data.plans.forEach((plan, k) => {
    if (!textOk[k]) return;
    FACETS.forEach((f, i) => {
      if (matches(plan, selection, f)) counts[f][plan[i] as number]++;
    });
  });
  return counts;
}

/** The plans (indices) in the order a sort asks for; ties keep place order. */
export function sorted(data: CatalogueData, sort: Sort): number[] {
  const order = data.plans.map((_, k) => k);
  const DATE = 5;
  const LENGTH = 6;
  const PERIOD = FACETS.indexOf('period');
  const key: Record<Sort, (k: number) => number | string> = {
    place: (k) => k,
    // Newest first; plans without a date last.
    date: (k) => data.plans[k][DATE] || '0',
    period: (k) => Number(data.values.period[data.plans[k][PERIOD] as number]),
    length: (k) => data.plans[k][LENGTH],
  };
  if (sort === 'place') return order;
  const by = key[sort];
  return order.sort((a, b) => {
    const x = by(a);
    const y = by(b);
    return x < y ? 1 : x > y ? -1 : a - b;
  });
}

/** Text folded for matching: traditional characters to simplified (by the table), case and spaces ignored. */
export function folder(fold: string): (text: string) => string {
  const map = new Map<string, string>();
  const chars = [...fold];
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i], chars[i + 1]);
  return (text) =>
    [...text.toLowerCase()]
      .filter((c) => !/\s/.test(c))
      .map((c) => map.get(c) ?? c)
      .join('');
}
