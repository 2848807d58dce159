/**
 * The ingestion's output for pages, read from src/generated/ by Node at build time — not
 * imported through Vite, so no plan's data is bundled into any page module. Corpus-wide,
 * pages see only the small catalogue summaries; a plan's full data is read where its own
 * pages are rendered (loadPlan), one plan at a time. allPlanData holds every plan's data at
 * once: Node tools and tests only — no page may call it, or Astro's memory grows with the
 * corpus (the search files are made before Astro runs: ./search-files.ts).
 */
import type { IngestReport } from '../../ingest/report.ts';
import { generatedFile } from '../lib/generated-files.ts';
import type { PlanData, PlanSummary } from '../lib/plan-data.ts';
import { readGenerated as readJson } from './generated.ts';

/** Every plan's catalogue summary, in catalog order (written by the ingestion: summaries.json). */
export const allPlans: readonly PlanSummary[] = readJson<{ plans: PlanSummary[] }>(generatedFile.summaries).plans;

/** One plan's full data (outline, tables, text records), read when its page is rendered. */
export function loadPlan(slug: string): PlanData {
  if (!allPlans.some((p) => p.entry.slug === slug)) throw new Error(`no generated data for plan "${slug}": run npm run ingest`);
  return readJson<PlanData>(generatedFile.data(slug));
}

let everyPlan: readonly PlanData[] | undefined;
/** Every plan's full data, read once and kept (tools and tests only; see the top of this file). */
export function allPlanData(): readonly PlanData[] {
  everyPlan ??= allPlans.map((p) => loadPlan(p.entry.slug));
  return everyPlan;
}

/** One plan's entry in the ingestion report (what was set aside, by which rule, with its text). */
export const loadReport = (slug: string): IngestReport['plans'][number] => readJson(generatedFile.report(slug));
