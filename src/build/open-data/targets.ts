/**
 * /data/targets.json and /data/targets.csv (CONTRACT.md, Targets): the ingestion's corpus file
 * of targets (src/generated/targets.json) as published, and the same records as CSV, one row
 * per record, the contract's fields in its order, UTF-8 with a byte-order mark. Numbers are
 * written as numbers, booleans as true/false, an absent value as an empty field.
 */
import { toCsv } from '../../lib/table-csv.ts';
import type { TargetRecord, TargetsFile } from '../../lib/targets/types.ts';

/** The CSV's columns: the contract's fields, in its order. */
export const TARGET_FIELDS = [
  'plan',
  'id',
  'row',
  'indicator',
  'key',
  'kind',
  'year',
  'value',
  'low',
  'high',
  'unit',
  'modifier',
  'aspirational',
  'cumulative',
  'growth',
  'binding',
  'source',
  'quote',
] as const satisfies readonly (keyof TargetRecord)[];

const field = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export const targetsJson = (file: TargetsFile): string => `${JSON.stringify(file, null, 1)}\n`;

export const targetsCsv = (file: TargetsFile): string => toCsv([[...TARGET_FIELDS], ...file.targets.map((t) => TARGET_FIELDS.map((f) => field(t[f])))]);
