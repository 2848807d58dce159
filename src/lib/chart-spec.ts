/** The chart specifications the build embeds in a plan page and the browser draws (types only). */

/** Which way is better for an indicator. */
export type Better = 'higher' | 'lower';
export interface AttainmentBar {
  label: string;
  unit?: string;
  target: string;
  actual: string;
  /** Result as % of target, direction-corrected (100 = exactly met). */
  percent: number;
  met: boolean;
  better: Better;
  /** The result was counted on a new statistical basis: not comparable with the target. */
  basisChanged: boolean;
  /** A caveat printed with the bar (changed statistical basis, a 2019 figure …). */
  caveat?: string;
}

export interface Excluded {
  label: string;
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

export interface IndexPoint {
  label: string;
  unit?: string;
  base: string;
  target: string;
  /** 2025 target indexed to 2020 = 100. */
  index: number;
  better: Better;
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
