/**
 * A target record in words, as the tables show it: the figure with its modifier (≥ 60%,
 * 3.3%左右, 6—7%), and its qualities (力争, 累计, 年均增长). Pure; the build renders every
 * table with it, in the page's script.
 */
import { t } from '../i18n/index.ts';
import type { Script } from '../plan-types.ts';
import type { TargetModifier, TargetRecord } from './types.ts';

/** A number as a reader writes it: no trailing zeros, no float dust. */
export const num = (n: number): string => String(Number(n.toPrecision(12)));

/** The unit joined to its number: "3.5%", "83 岁", "20 微克/立方米". */
export function withUnit(value: string, unit: string | null): string {
  if (!unit) return value;
  return unit === '%' || unit === '‰' || unit === '％' ? `${value}${unit}` : `${value} ${unit}`;
}

const SIGN: Record<TargetModifier, string> = { point: '', about: '≈', 'at-least': '≥', 'more-than': '>', 'at-most': '≤', 'less-than': '<', range: '' };

/** The figure alone: "≥60%", "6—7%", "≈3.3%". */
export function figure(r: Pick<TargetRecord, 'value' | 'low' | 'high' | 'unit' | 'modifier'>): string {
  if (r.low !== undefined && r.high !== undefined) return withUnit(`${num(r.low)}—${num(r.high)}`, r.unit);
  if (r.value === undefined) return '';
  return `${SIGN[r.modifier]}${withUnit(num(r.value), r.unit)}`;
}

/** Its qualities in words: 力争 · 累计 · 年均增长; empty where none applies. */
export function qualities(script: Script, r: Pick<TargetRecord, 'aspirational' | 'cumulative' | 'growth'>): string[] {
  const out: string[] = [];
  if (r.aspirational) out.push(t(script, 'targets.aspirational'));
  if (r.cumulative) out.push(t(script, 'targets.cumulative'));
  if (r.growth) out.push(t(script, 'targets.growth'));
  return out;
}
