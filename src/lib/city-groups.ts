/** The corpus grouped for the home page: cities, with county-level cities under their parent. */
import type { PlanSummary } from './plan-data.ts';

export interface CityGroup {
  city: string;
  cityEn: string;
  plans: PlanSummary[];
  children: CityGroup[];
}

export function groupByCity(plans: PlanSummary[]): CityGroup[] {
  const groups = new Map<string, CityGroup>();
  for (const p of plans) {
    const g = groups.get(p.entry.city.zh) ?? { city: p.entry.city.zh, cityEn: p.entry.city.en, plans: [], children: [] };
    g.plans.push(p);
    groups.set(p.entry.city.zh, g);
  }
  const top: CityGroup[] = [];
  for (const g of groups.values()) {
    const parent = groups.get(g.plans[0].entry.parent.zh);
    if (parent && parent !== g) parent.children.push(g);
    else top.push(g);
  }
  // Cities with a parent in the corpus appear only under it; parents may have no plan of their own.
  for (const g of groups.values()) {
    const parentName = g.plans[0].entry.parent.zh;
    if (!groups.has(parentName) && g.plans[0].entry.level !== '地级市' && !top.includes(g)) top.push(g);
  }
  return top;
}

/** The date shown for a plan: the first the source states of published, adopted, written, reposted. */
export const shownDate = (p: PlanSummary): string | undefined =>
  p.entry.dates.published ?? p.entry.dates.adopted ?? p.entry.dates.written ?? p.entry.dates.reposted;
