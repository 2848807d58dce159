/** What the pair view's page gives its client (src/build/related/compare-config.ts builds it). */
import type { Script } from '../plan-types.ts';
import type { PairThresholds } from './plan-align.ts';

export interface ComparePlan {
  slug: string;
  /** "台州建议", in the page's script. */
  name: string;
  /** The full title, in the page's script. */
  title: string;
  years: [number, number];
}

export interface CompareConfig {
  script: Script;
  plans: ComparePlan[];
  /** "<a>--<b>" of every precomputed pair. */
  precomputed: string[];
  /** Prefixes: the plans' open data (/data/plans/), the pairs' (/data/pairs/), the plan pages (/zh-hans/plans/). */
  dataPlans: string;
  dataPairs: string;
  planPages: string;
  thresholds: PairThresholds;
}
