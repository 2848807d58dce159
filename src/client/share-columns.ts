/**
 * The headers of a download's columns in the page's script: field "plan" is the share area's
 * "colPlan", and so on, so the CSV exports (compare, search) name their columns from one table.
 */
import type { AreaKey } from '../lib/i18n/index.ts';
import type { Script } from '../lib/plan-types.ts';
import { shareText } from './i18n.ts';

type ColumnKey = Extract<AreaKey<'share'>, `col${string}`>;
/** A field whose header is in the share area ("colPlan" → "plan"). */
export type ColumnField = ColumnKey extends `col${infer R}` ? Uncapitalize<R> : never;

export function shareColumns<F extends ColumnField>(script: Script, fields: readonly F[]): Record<F, string> {
  return Object.fromEntries(fields.map((f) => [f, shareText(script, `col${f[0].toUpperCase()}${f.slice(1)}` as ColumnKey)])) as Record<F, string>;
}
