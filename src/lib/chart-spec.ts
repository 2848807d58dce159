/** The chart specifications the build embeds in a plan page and the browser draws (types only). */

/** Which way is better for an indicator. */
export type Better = 'higher' | 'lower';

/**
 * How a target is set: a value to reach (point), a floor not to fall below (以上, 不低于, ≥),
 * a ceiling not to rise above (以下, 不高于, ≤), or a range.
 */
export type Bound = 'point' | 'floor' | 'ceiling' | 'range';

export interface AttainmentBar {
  label: string;
  unit?: string;
  target: string;
  actual: string;
  bound: Bound;
  /** Result as % of target, direction-corrected (100 = exactly met). */
  percent: number;
  met: boolean;
  better: Better;
  /** The result was counted on a new statistical basis: not comparable with the target. */
  basisChanged: boolean;
  /** Printed with the chart, not only in a tooltip: a figure for another year, the note's words. */
  caveats: string[];
}

/** Why an indicator is not drawn. */
export type ExcludedWhy = 'no-target' | 'no-actual' | 'no-base' | 'text' | 'rate' | 'cumulative' | 'mixed-basis' | 'multi-value' | 'zero';

export interface Excluded {
  label: string;
  why: ExcludedWhy;
  /** The reason in words, quoting the cell where that is the reason. */
  reason: string;
}

export interface AttainmentChart {
  kind: 'attainment';
  tableId: string;
  title: string;
  axis: string;
  bars: AttainmentBar[];
  excluded: Excluded[];
}

/**
 * Where a target takes the indicator from its base: better, held (a floor or ceiling the base
 * already satisfies, or the same value), or worse.
 */
export type Course = 'improve' | 'hold' | 'same' | 'decline';

export interface IndexPoint {
  label: string;
  unit?: string;
  base: string;
  target: string;
  bound: Bound;
  /** Target indexed to base = 100 (for a range, its low end). */
  index: number;
  /** A range's high end, indexed. */
  high?: number;
  better: Better;
  course: Course;
  caveats: string[];
}

export interface IndexChart {
  kind: 'index';
  tableId: string;
  title: string;
  axis: string;
  groups: { category: string; points: IndexPoint[] }[];
  excluded: Excluded[];
}

export type ChartSpec = AttainmentChart | IndexChart;
