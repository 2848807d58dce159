/** The sample citation the about and data pages show, made by the same code as the plan pages. */
import { citeSource, gbt7714, placeLabel, placeLabels } from '../lib/citation/index.ts';
import { absolute, url } from '../lib/paths.ts';
import type { Script } from '../lib/plan-types.ts';
import { convertText } from './convert.ts';
import { planBySlug } from './plans.ts';

/** Linhai outline, 二、（一）, with the day of citing left for the reader to fill in. */
export function sampleCitation(script: Script, site: URL | undefined): string {
  const plan = planBySlug('linhai-14-outline');
  const zh = (s: string) => convertText(s, 'hans', script);
  const path = `${url(script, 'plans', 'linhai-14-outline')}#c2-s1`;
  const place = placeLabel('c2-s1', placeLabels(plan.outline, script), script);
  return gbt7714(citeSource(plan.entry, zh), { url: absolute(path, site) ?? path, place, accessed: zh('引用日期') }, script);
}
