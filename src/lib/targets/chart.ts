/**
 * Which figures of one indicator can share a chart: targets for the same year, in units of one
 * base (万人 and 人 alike, after conversion), both levels or both rates of growth, both totals
 * over the period or neither. Each such group of two or more is one chart; the modifier of
 * each figure travels with it, so the chart draws a floor, a ceiling, "about" or a range as
 * such, never as a plain bar.
 */
import { convertUnit, unitBase } from './units.ts';
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

/** The group a target is compared in; null where it has no year or no number. */
function groupKey(r: TargetRecord): string | null {
  if (r.kind !== 'target' || r.year === null || (r.value === undefined && r.low === undefined)) return null;
  return [unitBase(r.unit)?.base ?? '', r.year, r.growth, r.cumulative].join('|');
}

export interface BarInput {
  record: TargetRecord;
  label: string;
  figure: string;
  baseline?: TargetRecord;
}

/** The charts for one indicator's targets, in the unit the indicator is compared in. */
export function targetCharts(key: string, unit: string | null, inputs: readonly BarInput[]): TargetChartSpec[] {
  const groups = new Map<string, BarInput[]>();
  for (const b of inputs) {
    const g = groupKey(b.record);
    if (g !== null) groups.set(g, [...(groups.get(g) ?? []), b]);
  }
  const charts: TargetChartSpec[] = [];
  for (const bars of groups.values()) {
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
