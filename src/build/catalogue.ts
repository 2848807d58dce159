/**
 * Build time only: the home page's catalogue data (src/lib/catalogue.ts) with the fold table
 * its text filter needs, made with OpenCC from the catalogue's own text, so that a reader
 * typing either script finds a plan on either page without a converter in the browser.
 */
import { type CatalogueData, catalogueData, cityOf, placeOrder } from '../lib/catalogue.ts';
import type { PlanSummary } from '../lib/plan-data.ts';
import { convertText } from './convert.ts';

/** Traditional → simplified pairs for the characters of the catalogue's text that differ. */
export function catalogueFold(plans: readonly PlanSummary[]): string {
  const pairs = new Map<string, string>();
  for (const { entry: e } of plans) {
    for (const hans of [e.title, e.city.zh, cityOf(e).zh, e.province.zh, e.kind, e.level]) {
      const a = [...hans];
      const b = [...convertText(hans, 'hans', 'hant')];
      // One character for one: s2tw converts characters, so the strings align (checked, not assumed).
      if (a.length !== b.length) continue;
      b.forEach((c, i) => {
        if (c !== a[i] && !pairs.has(c)) pairs.set(c, a[i]);
      });
    }
  }
  return [...pairs].flat().join('');
}

/** Every plan in place order, and the data the browser filters them by. */
export function buildCatalogue(plans: readonly PlanSummary[]): { ordered: PlanSummary[]; data: CatalogueData } {
  const ordered = placeOrder(plans);
  return { ordered, data: catalogueData(ordered, catalogueFold(ordered)) };
}
