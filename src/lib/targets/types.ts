/**
 * Targets: every figure a plan sets or reports for something measurable, one record each
 * (the contract's **Targets**, docs/CONTRACT.md). The ingestion writes each plan's records
 * into its data file (`PlanData.targets`) and the corpus file `src/generated/targets.json`
 * (`TargetsFile`, the same shape as `/data/targets.json`).
 */
import type { Script } from '../plan-types.ts';

export type TargetKind = 'target' | 'actual' | 'baseline';
export type TargetModifier = 'point' | 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'range';
export type TargetTheme = '经济' | '创新' | '民生' | '生态' | '安全' | '城乡' | '开放' | '其他';

export interface TargetRecord {
  plan: string;
  /** The block that states it: a paragraph, article, item, or the table. */
  id: string;
  /** For a table: the row's printed number. */
  row?: string;
  /** As the plan names it (simplified). */
  indicator: string;
  key: string | null;
  kind: TargetKind;
  year: number | null;
  value?: number;
  low?: number;
  high?: number;
  unit: string | null;
  modifier: TargetModifier;
  aspirational: boolean;
  cumulative: boolean;
  growth: boolean;
  binding: '约束性' | '预期性' | null;
  source: 'text' | 'table';
  quote: string;
}

/** One canonical indicator: the key every plan's record of it shares. */
export interface Indicator {
  key: string;
  names: Record<Script, string>;
  /** The unit figures are compared in. */
  unit: string | null;
  theme: TargetTheme;
}

export interface TargetsFile {
  version: 1;
  indicators: Indicator[];
  targets: TargetRecord[];
}
