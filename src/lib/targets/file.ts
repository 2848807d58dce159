/**
 * The corpus file of targets (src/generated/targets.json, published as /data/targets.json):
 * the canonical indicators the records use, with their names in both scripts, and the records
 * in catalog order. One function, so the ingestion and the open data write the same shape.
 */
import { INDICATORS } from './indicators.ts';
import type { TargetRecord, TargetsFile } from './types.ts';

/** The file: every indicator some record uses (with its theme and usual wordings), then the records. */
export function targetsFile(targets: readonly TargetRecord[]): TargetsFile {
  const used = new Set(targets.map((t) => t.key));
  return { version: 1, indicators: INDICATORS.filter((i) => used.has(i.key)), targets: [...targets] };
}
