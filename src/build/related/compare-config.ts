/**
 * What the pair view (/zh-hans/compare-plans/) gives its client: every plan's short name and
 * years, the precomputed pairs, where the open data is, the thresholds. Built once per script.
 */
import type { Paths } from '../../lib/paths.ts';
import type { Script } from '../../lib/plan-types.ts';
import { planShortName } from '../../lib/related/labels.ts';
import type { ComparePlan, CompareConfig } from '../../lib/related/pair-view.ts';
import { PAIR_THRESHOLDS } from '../../lib/related/plan-align.ts';
import { convertText } from '../convert.ts';
import { allPlans } from '../plans.ts';
import { precomputedPairs } from './site.ts';

export function compareConfig(script: Script, paths: Paths): CompareConfig {
  return {
    script,
    plans: allPlans.map(({ entry }) => ({
      slug: entry.slug,
      name: convertText(planShortName(entry), 'hans', script),
      title: convertText(entry.title, 'hans', script),
      years: entry.years,
    })),
    precomputed: precomputedPairs().map(([a, b]) => `${a}--${b}`),
    dataPlans: paths.asset('data/plans/'),
    dataPairs: paths.asset('data/pairs/'),
    planPages: paths.url(script, 'plans'),
    thresholds: PAIR_THRESHOLDS,
  };
}

/** A plan's option text in a picker: "台州建议（2021—2025）". */
export const optionText = (p: ComparePlan): string => `${p.name}（${p.years[0]}—${p.years[1]}）`;
