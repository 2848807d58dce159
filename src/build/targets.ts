/**
 * The targets as the pages read them: the corpus file src/generated/targets.json (the same
 * shape as /data/targets.json), read once per build through generated.ts — never every plan's
 * data (allPlanData), so memory does not grow with the corpus — and joined with the canonical
 * indicators' usual wordings (src/lib/targets/indicators.json) and the catalogue rows.
 */
import { KIND_LABEL } from '../lib/i18n/index.ts';
import { formatPeriod } from '../lib/numerals.ts';
import type { PlanSummary } from '../lib/plan-data.ts';
import type { Script } from '../lib/plan-types.ts';
import { type CanonicalIndicator, INDICATORS } from '../lib/targets/indicators.ts';
import type { Indicator, TargetRecord, TargetsFile, TargetTheme } from '../lib/targets/types.ts';
import { convertText } from './convert.ts';
import { readGenerated } from './generated.ts';
import { allPlans } from './plans.ts';
import { generatedFile } from '../lib/generated-files.ts';

/** An indicator of the canonical list, with the wordings it is also printed as. */
export type IndicatorInfo = CanonicalIndicator;

let file: TargetsFile | undefined;
/** The corpus file, read once per build. */
export function targetsFile(): TargetsFile {
  file ??= readGenerated<TargetsFile>(generatedFile.targets);
  return file;
}

/** Every canonical indicator, in the list's order, with its aliases. */
export const indicators = (): readonly IndicatorInfo[] => INDICATORS;

/** The themes in the order the overview shows them. */
export const THEMES: readonly TargetTheme[] = ['经济', '创新', '民生', '生态', '安全', '城乡', '开放', '其他'];

/** Where a record's plan stands in the catalogue (its index, for ordering and the filters' bit sets). */
const planIndex = new Map(allPlans.map((p, i) => [p.entry.slug, i]));
export const planOf = (slug: string): PlanSummary | undefined => allPlans[planIndex.get(slug) ?? -1];
export const indexOfPlan = (slug: string): number => planIndex.get(slug) ?? -1;

/** Records in reading order: plan by catalogue, then as the plan states them. */
function ordered(records: readonly TargetRecord[]): TargetRecord[] {
  return records
    .map((r, i) => [r, i] as const)
    .sort(([a, i], [b, j]) => indexOfPlan(a.plan) - indexOfPlan(b.plan) || i - j)
    .map(([r]) => r);
}

let byKey: Map<string, TargetRecord[]> | undefined;
/** Each canonical key's records, in reading order. */
export function recordsByKey(): Map<string, TargetRecord[]> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const r of ordered(targetsFile().targets)) if (r.key !== null) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  return byKey;
}

let byPlan: Map<string, TargetRecord[]> | undefined;
/** One plan's records, in the order the plan states them. */
export function planTargets(slug: string): TargetRecord[] {
  if (!byPlan) {
    byPlan = new Map();
    for (const r of targetsFile().targets) byPlan.set(r.plan, [...(byPlan.get(r.plan) ?? []), r]);
  }
  return byPlan.get(slug) ?? [];
}

/**
 * The figure a target starts from, where the plan gives one: the baseline of the same table
 * row, else the plan's latest earlier baseline or actual for the same indicator.
 */
export function baselineOf(r: TargetRecord, planRecords: readonly TargetRecord[]): TargetRecord | undefined {
  if (r.kind !== 'target') return undefined;
  const same = (o: TargetRecord) => (r.key !== null ? o.key === r.key : o.indicator === r.indicator) && o.growth === r.growth;
  const earlier = planRecords.filter((o) => o !== r && o.kind !== 'target' && same(o) && (o.year === null || r.year === null || o.year < r.year));
  return (
    earlier.find((o) => o.source === 'table' && o.id === r.id && o.row === r.row && o.kind === 'baseline') ??
    earlier.filter((o) => o.value !== undefined).sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0]
  );
}

/** A plan's short name for tables and charts: "临海市 · “十四五”纲要", in the script. */
export function planShort(p: PlanSummary, script: Script): string {
  const kind = KIND_LABEL[p.entry.kind]?.[script] ?? convertText(p.entry.kind, 'hans', script);
  return `${convertText(p.entry.city.zh, 'hans', script)} · ${convertText(formatPeriod(p.entry.period), 'hans', script)}${kind}`;
}

/** The indicator's name in the script. */
export const nameOf = (i: Indicator, script: Script): string => i.names[script];
