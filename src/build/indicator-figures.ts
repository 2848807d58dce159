/**
 * Reading an indicator table for charts: what each cell's figure means (a value, a floor, a
 * ceiling, a range, a five-year total, a figure for another year, words), what each column
 * holds (base, target, result, rate) from its printed header, which way is better for an
 * indicator, and which clauses of the table's note speak about it. Pure; no table names here.
 */
import type { Better, Bound } from '../lib/chart-spec.ts';
import type { IndicatorRow, TableCell, TableColumn } from '../lib/plan-types.ts';
import { boundOf, readFigureList } from '../lib/targets/figure.ts';
import { ACTUAL, BASE, RATE, TARGET } from '../lib/targets/header-words.ts';

export interface Figure {
  /** The cell as printed. */
  raw: string;
  bound: Bound;
  /** The value, the floor or ceiling, or the low end of a range. */
  value: number;
  /** The high end of a range. */
  high?: number;
  /** Printed in [ ] / 〔〕: a five-year total (or total change), not one year's level. */
  cumulative: boolean;
  /** "2019年760": the figure is for that year, not the column's. */
  year?: string;
}

export type Reading =
  | { kind: 'empty'; raw: string }
  | { kind: 'text'; raw: string }
  | { kind: 'number'; raw: string; figure: Figure }
  | { kind: 'multi'; raw: string; figures: Figure[] };

const NOTHING = /^[-—–－/／\\…·]*$/;

/** What a cell's figure means (the one figure reader, src/lib/targets/figure.ts). Words around a number other than bounds make it text. */
export function readCell(cell: TableCell | undefined): Reading {
  const raw = cell?.raw.trim() ?? '';
  if (NOTHING.test(raw)) return { kind: 'empty', raw };
  const readings = readFigureList(raw);
  const figures: Figure[] = [];
  for (const r of readings) {
    if (r.kind !== 'number') return { kind: 'text', raw };
    const year = r.year ?? (cell?.year ? Number(cell.year) : undefined);
    figures.push({
      raw,
      bound: boundOf(r.modifier),
      value: r.value ?? (r.low as number),
      ...(r.high !== undefined ? { high: r.high } : {}),
      cumulative: r.cumulative || cell?.cumulative === true,
      ...(year ? { year: String(year) } : {}),
    });
  }
  return figures.length > 1 ? { kind: 'multi', raw, figures } : { kind: 'number', raw, figure: figures[0] };
}

/* ------------------------------------------------------------------ columns */

export type Role = 'base' | 'target' | 'actual' | 'targetRate' | 'actualRate' | 'rate';
export interface RoleColumn {
  key: string;
  /** The year in the header, where it prints one. */
  year?: string;
}

/**
 * The role of each value column, from its printed header: "规划目标 / 2020年" is a target,
 * "完成情况 / 年均增幅(%)" a result's rate, a bare "2015年" beside targets the base. Where only
 * bare years are printed (2020年, 2025年), the earliest is the base and the latest the target.
 */
export function columnRoles(columns: readonly TableColumn[]): Partial<Record<Role, RoleColumn>> {
  const roles: Partial<Record<Role, RoleColumn>> = {};
  const bare: RoleColumn[] = [];
  for (const c of columns) {
    const text = c.header.join(' ');
    const year = [...text.matchAll(/(\d{4})年?/g)].at(-1)?.[1];
    const col: RoleColumn = { key: c.key, ...(year ? { year } : {}) };
    const role: Role | undefined = RATE.test(text)
      ? ACTUAL.test(text)
        ? 'actualRate'
        : TARGET.test(text)
          ? 'targetRate'
          : 'rate'
      : ACTUAL.test(text)
        ? 'actual'
        : TARGET.test(text)
          ? 'target'
          : BASE.test(text)
            ? 'base'
            : undefined;
    if (role) roles[role] ??= col;
    else if (year) bare.push(col);
  }
  bare.sort((a, b) => Number(a.year) - Number(b.year));
  if (!roles.target && !roles.actual && bare.length >= 2) roles.target = bare.at(-1);
  roles.base ??= bare[0];
  return roles;
}

/* ---------------------------------------------------------------- direction */

/** A cut (降低 …) is written as a positive figure: a larger cut is better. */
const CUT = /降低|下降|减少|减排|压减|削减/;
/** Rates of harm, pollution and use of resources: lower is better. */
const HARM = /死亡率|事故|浓度|耗地量|近视率|失业率|能耗|排放|用水量|发病率|发生率|贫困|负债率|债务率|超标|噪声/;

/**
 * Which way is better for an indicator: a floor target says higher, a ceiling lower; else the
 * name decides (a cut is better when larger; harm, pollution and resource use when lower).
 */
export function betterDirection(name: string, target?: Figure): Better {
  if (target?.bound === 'floor') return 'higher';
  if (target?.bound === 'ceiling') return 'lower';
  if (CUT.test(name)) return 'higher';
  return HARM.test(name) ? 'lower' : 'higher';
}

/* ------------------------------------------------------------------ labels */

const halfWidth = (s: string) => s.replace(/（/g, '(').replace(/）/g, ')');

/** The name without its unit in brackets. */
export function shortName(r: IndicatorRow): string {
  const m = /[(（]([^()（）]*)[)）]$/.exec(r.name);
  return m && (m[1] === r.unit || m[1] === '%') ? r.name.slice(0, m.index) : r.name;
}

/**
 * The parts of a name that lists them in brackets, for a cell with one figure per part:
 * 主要污染物减排指标(化学需氧量、氨氮、二氧化硫、氮氧化物) → 主要污染物减排：化学需氧量 ….
 */
export function partNames(label: string, count: number): string[] | undefined {
  const m = /^(.*?)[(（]([^()（）]*、[^()（）]*)[)）]$/.exec(label);
  if (!m) return undefined;
  const parts = m[2].split('、');
  if (parts.length !== count) return undefined;
  const stem = m[1].replace(/指标$/, '');
  return parts.map((p) => `${stem}：${p}`);
}

/* -------------------------------------------------------------------- notes */

/** The note's statements (split at its numbers and at commas/semicolons) that name the row. */
export function noteClauses(note: string | undefined, label: string): string[] {
  if (!note) return [];
  const name = halfWidth(label);
  return note
    .replace(/^注[:：]\s*/, '')
    .split(/(?:^|[；;。，,])\s*\d+[.．、]|[；;。，,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && halfWidth(s).includes(name));
}

/** A statement that the figure was counted on a new statistical basis. */
export const newBasis = (clause: string): boolean => /新口径|口径(?:调整|变化|变更|改变)/.test(clause);
