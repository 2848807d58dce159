/**
 * Stage 6 (tables) — one cell: what a flattened cell line says, read without changing it.
 */
import type { IndicatorAttribute, TableCell } from '../../src/lib/plan-types.ts';
import { readFigureList } from '../../src/lib/targets/figure.ts';

/** A cell as it stands in the source: one line, or the lines of a cell that was split. */
export type SourceText = string | string[];

export const joinText = (t: SourceText): string => (Array.isArray(t) ? t.join('') : t);

/** The bounds a cell keeps as printed in `qualifier`. */
const QUALIFIERS = new Set(['≥', '≤', '＞', '＜', '>', '<', '以上', '以下', '左右']);

/**
 * Reads what a cell says without changing it (the one figure reader, src/lib/targets/figure.ts):
 * raw stays verbatim. The year is taken off first so "2019年32.21" is 32.21 for 2019, not 2019;
 * a cell of several figures keeps the first as its value.
 */
export function parseCell(raw: string): TableCell {
  const cell: TableCell = { raw };
  const [first] = readFigureList(raw);
  if (/^\s*[[〔［]/.test(raw)) cell.cumulative = true;
  if (first.year !== undefined) cell.year = String(first.year);
  if (first.kind === 'number') {
    if (first.printedModifier && QUALIFIERS.has(first.printedModifier)) cell.qualifier = first.printedModifier;
    cell.value = first.value ?? first.low;
  }
  return cell;
}

export const ATTRIBUTES = ['预期性', '约束性'] as const satisfies readonly IndicatorAttribute[];
export const isAttribute = (t: string): t is IndicatorAttribute => (ATTRIBUTES as readonly string[]).includes(t);

/** A line that can only be a value cell: a number (with %, ≥, 以上, a year), a bracket, or "-". */
const VALUE_LIKE = /^(?:[[〔［].*[\]〕］]|-|\d{4}年|(?:\d{4}年)?(?:≥|≤|＞|＜|>|<)?[-−]?\d+(?:\.\d+)?%?(?:以上|以下|左右)?)$/;
export const isValueLike = (t: string): boolean => VALUE_LIKE.test(t);
/** Names, units, parents and categories: neither a value nor an attribute. */
export const isLabel = (t: string): boolean => t !== '' && !isValueLike(t) && !isAttribute(t);

/** The unit printed in brackets at the end of a name: "地区生产总值(亿元)" → 亿元. */
export function unitFromName(name: string): string | undefined {
  return /[(（]([^()（）]+)[)）]$/.exec(name)?.[1];
}

/** A table prints a 单位 column: units are cells then, not read from the names. */
export const hasUnitColumn = (headerTexts: readonly string[]): boolean => headerTexts.includes('单位');
