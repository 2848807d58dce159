/** The ingestion's structured output, typed, for pages (no MDX is re-parsed). */
import type { PlanData } from '../lib/plan-data.ts';

const modules = import.meta.glob<PlanData>('../generated/data/*.json', { eager: true, import: 'default' });

/** Every plan in catalog order. */
export const allPlans: PlanData[] = Object.values(modules).sort((a, b) => a.catalogIndex - b.catalogIndex);

export function planBySlug(slug: string): PlanData {
  const plan = allPlans.find((p) => p.entry.slug === slug);
  if (!plan) throw new Error(`no generated data for plan "${slug}": run npm run ingest`);
  return plan;
}
