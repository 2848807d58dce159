/**
 * What the targets pages show, computed once per script at build time from the corpus file
 * (./targets.ts): the overview's rows (an indicator, its plans as bit sets for the filters, the
 * span of its targets) and an indicator page's rows, charts and the plans without a figure.
 * Plain data for the .astro files, so they stay markup.
 */
import { encodeBits } from '../lib/targets/bits.ts';
import { type BarInput, type TargetChartSpec, targetCharts } from '../lib/targets/chart.ts';
import { figure, num, qualities, withUnit } from '../lib/targets/present.ts';
import type { TargetKind, TargetRecord, TargetTheme } from '../lib/targets/types.ts';
import { convertUnit } from '../lib/targets/indicators.ts';
import { t } from '../lib/i18n/index.ts';
import { url } from '../lib/paths.ts';
import type { PlanSummary } from '../lib/plan-data.ts';
import type { Script } from '../lib/plan-types.ts';
import { formatPeriod } from '../lib/numerals.ts';
import { convertText } from './convert.ts';
import { allPlans } from './plans.ts';
import { baselineOf, type IndicatorInfo, indexOfPlan, indicators, planOf, planShort, planTargets, recordsByKey, THEMES, targetsFile } from './targets.ts';

const KINDS: readonly TargetKind[] = ['target', 'baseline', 'actual'];

/** One row of a targets table (an indicator page, a plan's own list). */
export interface TargetRow {
  plan: string;
  planShort: string;
  city: string;
  period: number;
  kind: TargetKind;
  kindLabel: string;
  year: string;
  figure: string;
  /** 力争 · 累计 · 年均增长 */
  notes: string;
  baseline: string;
  binding: string;
  quote: string;
  /** The sentence or table on the plan page, and its own section page. */
  href: string;
  indicator: string;
  key: string | null;
  /** For the plan page's marks in the text: the block, the table row, the number as printed. */
  at: string;
  row?: string;
  needle?: string;
  markTitle: string;
}

/** The figure's number as the quote prints it ("3.5" in "达到3.5%"), if it does in digits. */
export function needleOf(r: TargetRecord): string | undefined {
  const n = r.low ?? r.value;
  if (n === undefined) return undefined;
  const s = num(n);
  return new RegExp(`(^|[^\\d.])${s.replace('.', '\\.')}(?![\\d.])`).test(r.quote) ? s : undefined;
}

const sectionOr = (slug: string, id: string, script: Script) => `${url(script, 'plans', slug)}#${id}`;

/** A record as a table row, in the page's script. */
export function rowOf(r: TargetRecord, script: Script, own: readonly TargetRecord[] = planTargets(r.plan)): TargetRow {
  const p = planOf(r.plan) as PlanSummary;
  const conv = (s: string) => convertText(s, p.entry.script, script);
  const base = baselineOf(r, own);
  return {
    plan: r.plan,
    planShort: planShort(p, script),
    city: p.entry.city.zh,
    period: p.entry.period,
    kind: r.kind,
    kindLabel: t(script, `targets.kind-${r.kind}`),
    year: r.year === null ? t(script, 'targets.noYear') : String(r.year),
    figure: convertText(figure(r), 'hans', script),
    notes: qualities(script, r).join(' · '),
    baseline: base ? `${base.year === null ? '' : `${base.year}年 `}${convertText(figure(base), 'hans', script)}` : '',
    binding: r.binding ? convertText(r.binding, 'hans', script) : t(script, 'targets.noBinding'),
    quote: conv(r.quote),
    href: sectionOr(r.plan, r.id, script),
    indicator: convertText(r.indicator, 'hans', script),
    key: r.key,
    at: r.id,
    row: r.row,
    needle: needleOf(r),
    markTitle: t(script, r.key ? 'targets.markTitle' : 'targets.markTitleOwn', convertText(r.indicator, 'hans', script)),
  };
}

export interface OverviewRow {
  info: IndicatorInfo;
  name: string;
  href: string;
  plans: number;
  records: number;
  span: string;
  /** Bit sets of plan indices, per kind: which plans give such a figure. */
  bits: Record<TargetKind, string>;
}

/** The most common target year of an indicator, and the span of its targets in that year. */
function targetSpan(info: IndicatorInfo, records: readonly TargetRecord[], script: Script): string {
  const targets = records.filter((r) => r.kind === 'target' && r.year !== null && !r.growth);
  if (!targets.length) return '';
  const years = new Map<number, number>();
  for (const r of targets) years.set(r.year as number, (years.get(r.year as number) ?? 0) + 1);
  const year = [...years].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  const values = targets
    .filter((r) => r.year === year)
    .flatMap((r) => [r.value, r.low, r.high].filter((v) => v !== undefined).map((v) => convertUnit(v as number, r.unit, info.unit ?? r.unit)))
    .filter((v): v is number => v !== undefined);
  if (!values.length) return '';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const shown = withUnit(lo === hi ? num(lo) : `${num(lo)}—${num(hi)}`, info.unit);
  return t(script, 'targets.yearSpan', year, convertText(shown, 'hans', script));
}

export interface Overview {
  themes: { theme: TargetTheme; label: string; rows: OverviewRow[] }[];
  /** Canonical indicators no plan gives a figure for. */
  unlisted: string[];
  plans: { slug: string; title: string; records: number; unkeyed: number; index: number; city: string; period: number }[];
  total: number;
}

export function overview(script: Script): Overview {
  const size = allPlans.length;
  const byKey = recordsByKey();
  const rows = indicators().map((info): OverviewRow => {
    const records = byKey.get(info.key) ?? [];
    const bits = Object.fromEntries(
      KINDS.map((k) => [k, encodeBits(new Set(records.filter((r) => r.kind === k).map((r) => indexOfPlan(r.plan))), size)]),
    ) as Record<TargetKind, string>;
    return {
      info,
      name: info.names[script],
      href: url(script, 'targets', info.key),
      plans: new Set(records.map((r) => r.plan)).size,
      records: records.length,
      span: targetSpan(info, records, script),
      bits,
    };
  });
  const all = targetsFile().targets;
  return {
    themes: THEMES.map((theme) => ({
      theme,
      label: t(script, `targets.theme-${theme}`),
      rows: rows.filter((r) => r.info.theme === theme && r.records > 0),
    })).filter((g) => g.rows.length > 0),
    unlisted: rows.filter((r) => r.records === 0).map((r) => r.name),
    plans: allPlans.map((p, index) => {
      const own = planTargets(p.entry.slug);
      return {
        slug: p.entry.slug,
        title: titleOf(p, script),
        records: own.length,
        unkeyed: own.filter((r) => r.key === null).length,
        index,
        city: p.entry.city.zh,
        period: p.entry.period,
      };
    }),
    total: all.length,
  };
}

const facets = new Map<Script, ReturnType<typeof makeFacets>>();
/** The filters' choices: each plan, city and period with the bit set of its plans (made once per script). */
export function planFacets(script: Script): ReturnType<typeof makeFacets> {
  const f = facets.get(script) ?? makeFacets(script);
  facets.set(script, f);
  return f;
}

function makeFacets(script: Script) {
  const size = allPlans.length;
  const group = (value: (p: PlanSummary) => string) => {
    const m = new Map<string, number[]>();
    allPlans.forEach((p, i) => {
      m.set(value(p), [...(m.get(value(p)) ?? []), i]);
    });
    return [...m].map(([v, is]) => ({ value: v, bits: encodeBits(is, size) }));
  };
  return {
    plans: allPlans.map((p, i) => ({
      value: p.entry.slug,
      label: planShort(p, script),
      index: i,
    })),
    cities: group((p) => p.entry.city.zh).map((c) => ({ ...c, label: convertText(c.value, 'hans', script) })),
    periods: group((p) => String(p.entry.period)).map((c) => ({ ...c, label: formatPeriod(Number(c.value)) })),
    kinds: KINDS.map((k) => ({ value: k, label: t(script, `targets.kind-${k}`) })),
  };
}

const titles = new Map<string, string>();
/** A plan's title in the script (converted once per build). */
function titleOf(p: PlanSummary, script: Script): string {
  const k = `${script} ${p.entry.slug}`;
  const title = titles.get(k) ?? convertText(p.entry.title, 'hans', script);
  titles.set(k, title);
  return title;
}

export interface IndicatorPage {
  info: IndicatorInfo;
  name: string;
  rows: TargetRow[];
  charts: TargetChartSpec[];
  plans: number;
  without: { slug: string; title: string; href: string }[];
}

export function indicatorPage(info: IndicatorInfo, script: Script): IndicatorPage {
  const records = recordsByKey().get(info.key) ?? [];
  // Targets first within a plan, then its baselines and actuals: what it aims for, then where it starts.
  const order = (r: TargetRecord) => KINDS.indexOf(r.kind);
  const sorted = [...records].sort((a, b) => indexOfPlan(a.plan) - indexOfPlan(b.plan) || order(a) - order(b) || (a.year ?? 0) - (b.year ?? 0));
  const inputs: BarInput[] = sorted.map((record) => ({
    record,
    label: planShort(planOf(record.plan) as PlanSummary, script),
    figure: convertText(figure(record), 'hans', script),
    baseline: baselineOf(record, planTargets(record.plan)),
    where:
      record.source === 'table'
        ? convertText(planOf(record.plan)?.tables.find((x) => x.id === record.id)?.label ?? record.id, 'hans', script)
        : t(script, 'targets.inText'),
  }));
  const giving = new Set(records.map((r) => r.plan));
  return {
    info,
    name: info.names[script],
    rows: sorted.map((r) => rowOf(r, script)),
    charts: targetCharts(info.key, info.unit, inputs),
    plans: giving.size,
    without: allPlans
      .filter((p) => !giving.has(p.entry.slug))
      .map((p) => ({ slug: p.entry.slug, title: titleOf(p, script), href: url(script, 'plans', p.entry.slug) })),
  };
}

/** The canonical indicators that have a page: those some plan gives a figure for. */
export const pagedIndicators = (): IndicatorInfo[] => indicators().filter((i) => (recordsByKey().get(i.key)?.length ?? 0) > 0);
