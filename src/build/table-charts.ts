/**
 * Chart specifications for the indicator tables, computed at build time from the rebuilt
 * tables (never from the page). The browser only draws them. Every indicator of a charted
 * table is either drawn or listed as not drawn with the reason.
 *
 * A table with targets and results (表一, the last plan's results) gets an attainment chart:
 * each result as a percentage of its target, the direction that counts as better and the
 * target's bound (floor, ceiling, range) taken into account. A table with a base year and a
 * target year (表二, this plan's targets) gets an index chart: each target indexed to its base
 * (base = 100), one group per category. The columns are recognised by their printed headers.
 */
import type { AttainmentBar, AttainmentChart, Better, ChartSpec, Course, Excluded, ExcludedWhy, IndexChart, IndexPoint } from '../lib/chart-spec.ts';
import type { PlanData } from '../lib/plan-data.ts';
import type { IndicatorRow, IndicatorTable, Script } from '../lib/plan-types.ts';
import { t as say } from '../lib/i18n/index.ts';
import { convertText } from './convert.ts';
import {
  betterDirection,
  columnRoles,
  type Figure,
  newBasis,
  noteClauses,
  partNames,
  type Reading,
  type RoleColumn,
  readCell,
  shortName,
} from './indicator-figures.ts';

export { betterDirection } from './indicator-figures.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;
const cell = (r: IndicatorRow, col: RoleColumn | undefined): Reading => readCell(col ? r.cells[col.key] : undefined);
const yearOf = (col: RoleColumn | undefined, fallback: string) => col?.year ?? fallback;

/** "五年累计数" / "2019年数" / "单年数": what a figure is, for reasons and caveats. */
const describe = (f: Figure) => (f.cumulative ? '五年累计数' : f.year ? `${f.year}年数` : '单年数');

/** A figure printed for another year than its column's is flagged where it is drawn. */
function otherYear(f: Figure, col: RoleColumn | undefined, what: string): string[] {
  return f.year && f.year !== col?.year ? [`${what}为${f.year}年数据（${f.raw}）`] : [];
}

/** Why a reading that is not one number cannot be drawn. */
function notANumber(reading: Reading, what: string, missing: string): [ExcludedWhy, string] {
  if (reading.kind === 'empty') return ['no-target', missing];
  if (reading.kind === 'text') return ['text', `${what}为文字表述“${reading.raw}”，没有数值`];
  return ['multi-value', `一格含多项数值（${reading.raw}），与指标名不能一一对应`];
}

/* --------------------------------------------------------------- attainment */

/** Result against target: is it met, and what percentage of the target is it (direction-corrected)? */
export function attain(t: Figure, a: Figure, better: Better): { percent: number; met: boolean } | undefined {
  // A range is met from its near end: its low end where higher is better, else its high end.
  const goal = t.bound === 'range' && better === 'lower' ? (t.high ?? t.value) : t.value;
  if (goal === 0 || a.value === 0) return undefined;
  const met = better === 'lower' ? a.value <= goal : a.value >= goal;
  // Where lower is better the ratio flips, unless both figures are cuts (negative changes):
  // a cut of -20.47 against a targeted -9.88 is 207 % of the target.
  const bothCuts = goal < 0 && a.value < 0;
  const percent = better === 'lower' && !bothCuts ? (goal / a.value) * 100 : (a.value / goal) * 100;
  return { percent: round1(percent), met };
}

export function attainmentChart(tableId: string, table: IndicatorTable, note: string | undefined, title: string, script: Script = 'hans'): AttainmentChart {
  const roles = columnRoles(table.columns);
  const year = yearOf(roles.target ?? roles.actual, '');
  const bars: AttainmentBar[] = [];
  const excluded: Excluded[] = [];
  for (const r of table.groups.flatMap((g) => g.rows)) {
    const label = shortName(r);
    const skip = (why: ExcludedWhy, reason: string) => void excluded.push({ label, why, reason });
    // Levels where both are printed, else the rates (a rate pair is compared as printed).
    const pairs = [
      [roles.target, roles.actual],
      [roles.targetRate, roles.actualRate],
    ].map(([tc, ac]) => ({ tc, ac, t: cell(r, tc), a: cell(r, ac) }));
    const pair = pairs.find((p) => p.t.kind === 'number' && p.a.kind === 'number') ?? pairs.find((p) => p.t.kind !== 'empty' && p.a.kind !== 'empty');
    if (!pair) {
      if (pairs.every((p) => p.a.kind === 'empty')) skip('no-actual', `表中无${year}年完成值`);
      else skip('no-target', `表中无${year}年目标值`);
      continue;
    }
    const { tc, ac, t, a } = pair;
    // One figure per part of the name ("(化学需氧量、氨氮…)") is one bar per part.
    const parts = t.kind === 'multi' && a.kind === 'multi' && t.figures.length === a.figures.length ? partNames(label, t.figures.length) : undefined;
    const figurePairs: [string, Figure, Figure][] =
      parts && t.kind === 'multi' && a.kind === 'multi'
        ? parts.map((p, i) => [p, t.figures[i], a.figures[i]])
        : t.kind === 'number' && a.kind === 'number'
          ? [[label, t.figure, a.figure]]
          : [];
    if (figurePairs.length === 0) {
      const bad = t.kind !== 'number' ? t : a;
      skip(...notANumber(bad, t.kind !== 'number' ? '目标' : '完成值', `表中无${year}年目标值`));
      continue;
    }
    const clauses = noteClauses(note, label);
    for (const [name, tf, af] of figurePairs) {
      if (tf.cumulative !== af.cumulative) {
        excluded.push({ label: name, why: 'mixed-basis', reason: `目标为${describe(tf)}（${tf.raw}），完成值为${describe(af)}（${af.raw}），不可比` });
        continue;
      }
      const better = betterDirection(r.name, tf);
      const result = attain(tf, af, better);
      if (!result) {
        excluded.push({ label: name, why: 'zero', reason: '目标或完成值为零，无法计算完成百分比' });
        continue;
      }
      const basisChanged = clauses.some(newBasis);
      bars.push({
        label: name,
        ...(r.unit ? { unit: r.unit } : {}),
        target: parts ? String(tf.value) : tf.raw,
        actual: parts ? String(af.value) : af.raw,
        bound: tf.bound,
        ...result,
        better,
        basisChanged,
        caveats: [
          ...otherYear(af, ac, '完成值'),
          ...otherYear(tf, tc, '目标'),
          ...(basisChanged ? ['完成值按新口径统计，与目标不可直接比较'] : []),
          ...clauses.filter((c) => !newBasis(c)).map((c) => `表注称“${c}”`),
        ],
      });
    }
  }
  return { kind: 'attainment', tableId, title, axis: say(script, 'chart.axisAttainment'), bars, excluded };
}

/* -------------------------------------------------------------------- index */

/** Where the target takes the indicator from its base. */
export function course(base: number, t: Figure, better: Better): Course {
  const lo = t.value;
  const hi = t.high ?? t.value;
  if (t.bound === 'floor') return base >= lo ? 'hold' : 'improve';
  if (t.bound === 'ceiling') return base <= lo ? 'hold' : 'improve';
  if (t.bound === 'range' && base >= lo && base <= hi) return 'hold';
  const target = t.bound === 'range' ? (base < lo ? lo : hi) : lo;
  if (target === base) return 'same';
  return target > base === (better === 'higher') ? 'improve' : 'decline';
}

export function indexChart(tableId: string, table: IndicatorTable, title: string, note?: string, script: Script = 'hans'): IndexChart {
  const roles = columnRoles(table.columns);
  const baseYear = yearOf(roles.base, '基期');
  const targetYear = yearOf(roles.target, '目标');
  const excluded: Excluded[] = [];
  const point = (r: IndicatorRow): IndexPoint | undefined => {
    const label = shortName(r);
    const skip = (why: ExcludedWhy, reason: string) => void excluded.push({ label, why, reason });
    const t = cell(r, roles.target);
    const b = cell(r, roles.base);
    if (t.kind !== 'number') {
      const rate = cell(r, roles.rate ?? roles.targetRate);
      if (t.kind === 'empty' && rate.kind === 'number') {
        const f = rate.figure;
        if (f.cumulative) skip('rate', `目标为五年累计数（${f.raw}），不是${targetYear}年的水平值`);
        else skip('rate', `目标为年均数（${f.raw}），不是${targetYear}年的水平值`);
      } else skip(...notANumber(t.kind === 'empty' && rate.kind !== 'empty' ? rate : t, '目标', `表中无${targetYear}年目标值`));
      return undefined;
    }
    if (t.figure.cumulative) return void skip('cumulative', `目标为五年累计数（${t.figure.raw}），不是${targetYear}年的水平值`);
    if (b.kind !== 'number') {
      const [why, reason] = notANumber(b, '基数', `表中无${baseYear}年基数`);
      return void skip(why === 'no-target' ? 'no-base' : why, reason);
    }
    if (b.figure.cumulative) return void skip('cumulative', `基数为五年累计数（${b.figure.raw}），不是${baseYear}年的水平值`);
    if (b.figure.value <= 0 || t.figure.value < 0) return void skip('zero', '基数为零或负数，无法换算为指数');
    const better = betterDirection(r.name, t.figure);
    const index = (v: number) => round1((v / b.figure.value) * 100);
    return {
      label,
      ...(r.unit ? { unit: r.unit } : {}),
      base: b.figure.raw,
      target: t.figure.raw,
      bound: t.figure.bound,
      index: index(t.figure.value),
      ...(t.figure.high !== undefined ? { high: index(t.figure.high) } : {}),
      better,
      course: course(b.figure.value, t.figure, better),
      caveats: [
        ...otherYear(b.figure, roles.base, '基数'),
        ...otherYear(t.figure, roles.target, '目标'),
        ...noteClauses(note, label).map((c) => `表注称“${c}”`),
      ],
    };
  };
  const groups = table.groups.map((g) => ({
    category: g.category ?? '',
    points: g.rows.flatMap((r) => point(r) ?? []),
  }));
  return {
    kind: 'index',
    tableId,
    title,
    axis: say(script, 'chart.axisIndex', roles.target?.year ?? say(script, 'chart.targetPeriod'), roles.base?.year ?? say(script, 'chart.basePeriod')),
    groups: groups.filter((g) => g.points.length > 0),
    excluded,
  };
}

/* -------------------------------------------------------------------- plans */

/**
 * The chart a table gets, if its columns have targets with results, or a base and a target.
 * The title and axis are interface text, in `script` from the i18n dictionary; the rest (names,
 * figures, reasons quoting the cells) is written in simplified script and converted with the
 * document (chartSpecs).
 */
export function tableChart(t: PlanData['tables'][number], script: Script = 'hans'): ChartSpec | undefined {
  const roles = columnRoles(t.table.columns);
  if ((roles.target || roles.targetRate) && (roles.actual || roles.actualRate)) {
    const title = say(script, 'chart.titleAttainment', t.label, yearOf(roles.target ?? roles.actual, ''));
    return attainmentChart(t.id, t.table, t.note, title, script);
  }
  if (roles.base && roles.target)
    return indexChart(t.id, t.table, say(script, 'chart.titleIndex', t.label, roles.target.year ?? '', roles.base.year ?? ''), t.note, script);
  return undefined;
}

/** Every chart a plan draws, with its text in the page's script. */
export function chartSpecs(plan: PlanData, script: Script): ChartSpec[] {
  const zh = (s: string) => convertText(s, 'hans', script);
  // The document's text is brought to simplified script first, so that all of it converts alike.
  const inHans = <T>(x: T): T => JSON.parse(convertText(JSON.stringify(x), plan.entry.script, 'hans')) as T;
  return inHans(plan.tables).flatMap((t) => {
    const spec = tableChart({ ...t, label: zh(t.label) }, script);
    if (!spec) return [];
    const { title, axis } = spec;
    return [{ ...(JSON.parse(zh(JSON.stringify(spec))) as ChartSpec), title, axis }];
  });
}
