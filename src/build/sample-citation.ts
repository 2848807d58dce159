/** The sample citation the about and data pages show, made by the same code as the plan pages. */
import { citeSource, gbt7714, placeLabel, placeLabels } from '../lib/citation/index.ts';
import { absolute, url } from '../lib/paths.ts';
import type { Script } from '../lib/plan-types.ts';
import { t } from '../lib/i18n/index.ts';
import { convertText } from './convert.ts';
import { allPlans, loadPlan } from './plans.ts';

/**
 * Linhai outline, 二、（一）, with the day of citing left for the reader to fill in; in a build
 * of other plans (a fixture corpus), the first plan's first chapter; none without plans.
 */
export function sampleCitation(script: Script, site: URL | undefined): string | undefined {
  const summary = allPlans.find((p) => p.entry.slug === 'linhai-14-outline') ?? allPlans[0];
  if (!summary) return undefined;
  const plan = loadPlan(summary.entry.slug);
  const id = plan.entry.slug === 'linhai-14-outline' ? 'c2-s1' : (plan.outline[0]?.id ?? '');
  const zh = (s: string) => convertText(s, 'hans', script);
  const path = `${url(script, 'plans', plan.entry.slug)}${id ? `#${id}` : ''}`;
  const place = id ? placeLabel(id, placeLabels(plan.outline, script), script) : '';
  return gbt7714(citeSource(plan.entry, zh), { url: absolute(path, site) ?? path, place, accessed: t(script, 'citing.accessedBlank') }, script);
}
