/**
 * The corpus file of targets (src/generated/targets.json, published as /data/targets.json):
 * the canonical indicators the records use, with their names in both scripts, and the records
 * in catalog order. One function, so the ingestion and the open data write the same shape.
 */
import { INDICATORS } from './indicators.ts';
import type { Indicator, TargetRecord, TargetsFile } from './types.ts';

export function targetsFile(targets: readonly TargetRecord[]): TargetsFile {
  const used = new Set(targets.map((t) => t.key));
  const indicators: Indicator[] = INDICATORS.filter((i) => used.has(i.key)).map(({ key, names, unit, theme }) => ({ key, names, unit, theme }));
  return { version: 1, indicators, targets: [...targets] };
}
