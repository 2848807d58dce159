/**
 * Which figures of one indicator can share a chart: targets for the same year, in units of one
 * base (万人 and 人 alike, after conversion), both levels or both rates of growth, both totals
 * over the period or neither. Each such group of two or more is one chart; the modifier of
 * each figure travels with it, so the chart draws a floor, a ceiling, "about" or a range as
 * such, never as a plain bar.
 */
import { comparableUnits, convertUnit } from './indicators.ts';
import type { TargetModifier, TargetRecord } from './types.ts';

export interface ChartBar {
  /** The plan's short name ("临海 纲要"), in the page's script. */
  label: string;
  plan: string;
  value?: number;
  low?: number;
  high?: number;
  modifier: TargetModifier;
  aspirational: boolean;
  /** The plan's starting figure for it, in the chart's unit, where the plan states one. */
  baseline?: number;
  /** As the table prints it ("≥60%"). */
  figure: string;
}

export interface TargetChartSpec {
  id: string;
  year: number;
  unit: string | null;
  growth: boolean;
  cumulative: boolean;
  bars: ChartBar[];
}

/** Whether a target can be charted at all: a year and a number. */
const chartable = (r: TargetRecord): boolean => r.kind === 'target' && r.year !== null && (r.value !== undefined || r.low !== undefined);

/** Whether two targets can share a chart. */
const together = (a: TargetRecord, b: TargetRecord): boolean =>
  a.year === b.year && a.growth === b.growth && a.cumulative === b.cumulative && comparableUnits(a.unit, b.unit);

export interface BarInput {
  record: TargetRecord;
  label: string;
  figure: string;
  baseline?: TargetRecord;
  /** Where it is stated (表二, 正文), to tell two different figures of one plan apart. */
  where?: string;
}

/**
 * A plan that states the same figure twice (its table and its text) is drawn once; a plan
 * whose two statements differ keeps both, each label saying where it is from.
 */
function onePerFigure(group: readonly BarInput[]): BarInput[] {
  const seen = new Map<string, BarInput[]>();
  for (const b of group) {
    const list = seen.get(b.record.plan) ?? [];
    const r = b.record;
    const same = list.some((o) => o.record.value === r.value && o.record.low === r.low && o.record.high === r.high && o.record.modifier === r.modifier);
    if (!same) seen.set(r.plan, [...list, b]);
  }
  return [...seen.values()].flatMap((list) => (list.length < 2 ? list : list.map((b) => ({ ...b, label: `${b.label} · ${b.where ?? b.record.id}` }))));
}

/** The charts for one indicator's targets, in the unit the indicator is compared in. */
export function targetCharts(key: string, unit: string | null, inputs: readonly BarInput[]): TargetChartSpec[] {
  const groups: BarInput[][] = [];
  for (const b of inputs) {
    if (!chartable(b.record)) continue;
    const g = groups.find((bars) => together(bars[0].record, b.record));
    if (g) g.push(b);
    else groups.push([b]);
  }
  const charts: TargetChartSpec[] = [];
  for (const group of groups) {
    const bars = onePerFigure(group);
    if (new Set(bars.map((b) => b.record.plan)).size < 2) continue;
    const first = bars[0].record;
    const to = unit !== null && convertUnit(1, first.unit, unit) !== undefined ? unit : first.unit;
    const conv = (v: number | undefined, from: string | null) => (v === undefined ? undefined : convertUnit(v, from, to));
    charts.push({
      id: `chart-${key}-${charts.length + 1}`,
      year: first.year as number,
      unit: to,
      growth: first.growth,
      cumulative: first.cumulative,
      bars: bars.map(({ record: r, label, figure, baseline }) => ({
        label,
        plan: r.plan,
        value: conv(r.value, r.unit),
        low: conv(r.low, r.unit),
        high: conv(r.high, r.unit),
        modifier: r.modifier,
        aspirational: r.aspirational,
        baseline: baseline && !baseline.growth === !r.growth ? conv(baseline.value, baseline.unit) : undefined,
        figure,
      })),
    });
  }
  return charts.sort((a, b) => b.bars.length - a.bars.length || a.year - b.year);
}
