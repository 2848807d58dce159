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

/**
 * Whom a chart speaks to: the page's script, for its interface text (src/lib/i18n/chart*.json),
 * and how the document's own words (names, printed figures, table notes) are brought into it.
 * The columns are always read in simplified script (chartSpecs), so only the words shown convert.
 */
export interface Voice {
  script: Script;
  doc: (text: string) => string;
}
const HANS: Voice = { script: 'hans', doc: (text) => text };
type Word = 'chartReason.target' | 'chartReason.actual' | 'chartReason.base';

/** "五年累计数" / "2019年数" / "单年数": what a figure is, for reasons and caveats. */
const describe = (f: Figure, { script }: Voice) =>
  f.cumulative
    ? say(script, 'chartReason.cumulativeFigure')
    : f.year
      ? say(script, 'chartReason.yearFigure', f.year)
      : say(script, 'chartReason.singleYearFigure');

/** A figure printed for another year than its column's is flagged where it is drawn. */
function otherYear(f: Figure, col: RoleColumn | undefined, what: Word, v: Voice): string[] {
  return f.year && f.year !== col?.year ? [say(v.script, 'chartReason.otherYear', say(v.script, what), f.year, v.doc(f.raw))] : [];
}

/** Why a reading that is not one number cannot be drawn. */
function notANumber(reading: Reading, what: Word, missing: string, v: Voice): [ExcludedWhy, string] {
  if (reading.kind === 'empty') return ['no-target', missing];
  if (reading.kind === 'text') return ['text', say(v.script, 'chartReason.textCell', say(v.script, what), v.doc(reading.raw))];
  return ['multi-value', say(v.script, 'chartReason.multiValue', v.doc(reading.raw))];
}

const noteSays = (clause: string, v: Voice) => say(v.script, 'chartReason.noteSays', v.doc(clause));

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

export function attainmentChart(tableId: string, table: IndicatorTable, note: string | undefined, title: string, v: Voice = HANS): AttainmentChart {
  const { script } = v;
  const roles = columnRoles(table.columns);
  const year = yearOf(roles.target ?? roles.actual, '');
  const bars: AttainmentBar[] = [];
  const excluded: Excluded[] = [];
  for (const r of table.groups.flatMap((g) => g.rows)) {
    const label = shortName(r);
    const skip = (why: ExcludedWhy, reason: string) => void excluded.push({ label: v.doc(label), why, reason });
    // Levels where both are printed, else the rates (a rate pair is compared as printed).
    const pairs = [
      [roles.target, roles.actual],
      [roles.targetRate, roles.actualRate],
    ].map(([tc, ac]) => ({ tc, ac, t: cell(r, tc), a: cell(r, ac) }));
    const pair = pairs.find((p) => p.t.kind === 'number' && p.a.kind === 'number') ?? pairs.find((p) => p.t.kind !== 'empty' && p.a.kind !== 'empty');
    if (!pair) {
      if (pairs.every((p) => p.a.kind === 'empty')) skip('no-actual', say(script, 'chartReason.noActual', year));
      else skip('no-target', say(script, 'chartReason.noTarget', year));
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
      skip(...notANumber(bad, t.kind !== 'number' ? 'chartReason.target' : 'chartReason.actual', say(script, 'chartReason.noTarget', year), v));
      continue;
    }
    const clauses = noteClauses(note, label);
    for (const [name, tf, af] of figurePairs) {
      if (tf.cumulative !== af.cumulative) {
        const reason = say(script, 'chartReason.mixedBasis', describe(tf, v), v.doc(tf.raw), describe(af, v), v.doc(af.raw));
        excluded.push({ label: v.doc(name), why: 'mixed-basis', reason });
        continue;
      }
      const better = betterDirection(r.name, tf);
      const result = attain(tf, af, better);
      if (!result) {
        excluded.push({ label: v.doc(name), why: 'zero', reason: say(script, 'chartReason.zeroAttainment') });
        continue;
      }
      const basisChanged = clauses.some(newBasis);
      bars.push({
        label: v.doc(name),
        ...(r.unit ? { unit: v.doc(r.unit) } : {}),
        target: parts ? String(tf.value) : v.doc(tf.raw),
        actual: parts ? String(af.value) : v.doc(af.raw),
        bound: tf.bound,
        ...result,
        better,
        basisChanged,
        caveats: [
          ...otherYear(af, ac, 'chartReason.actual', v),
          ...otherYear(tf, tc, 'chartReason.target', v),
          ...(basisChanged ? [say(script, 'chartReason.newBasis')] : []),
          ...clauses.filter((c) => !newBasis(c)).map((c) => noteSays(c, v)),
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

export function indexChart(tableId: string, table: IndicatorTable, title: string, note?: string, v: Voice = HANS): IndexChart {
  const { script } = v;
  const roles = columnRoles(table.columns);
  const baseYear = yearOf(roles.base, say(script, 'chart.basePeriod'));
  const targetYear = yearOf(roles.target, say(script, 'chart.targetPeriod'));
  const excluded: Excluded[] = [];
  const point = (r: IndicatorRow): IndexPoint | undefined => {
    const label = shortName(r);
    const skip = (why: ExcludedWhy, reason: string) => void excluded.push({ label: v.doc(label), why, reason });
    const t = cell(r, roles.target);
    const b = cell(r, roles.base);
    if (t.kind !== 'number') {
      const rate = cell(r, roles.rate ?? roles.targetRate);
      if (t.kind === 'empty' && rate.kind === 'number') {
        const f = rate.figure;
        skip('rate', say(script, f.cumulative ? 'chartReason.rateCumulative' : 'chartReason.rateAnnual', v.doc(f.raw), targetYear));
      } else
        skip(...notANumber(t.kind === 'empty' && rate.kind !== 'empty' ? rate : t, 'chartReason.target', say(script, 'chartReason.noTarget', targetYear), v));
      return undefined;
    }
    if (t.figure.cumulative) return void skip('cumulative', say(script, 'chartReason.rateCumulative', v.doc(t.figure.raw), targetYear));
    if (b.kind !== 'number') {
      const [why, reason] = notANumber(b, 'chartReason.base', say(script, 'chartReason.noBase', baseYear), v);
      return void skip(why === 'no-target' ? 'no-base' : why, reason);
    }
    if (b.figure.cumulative) return void skip('cumulative', say(script, 'chartReason.baseCumulative', v.doc(b.figure.raw), baseYear));
    if (b.figure.value <= 0 || t.figure.value < 0) return void skip('zero', say(script, 'chartReason.zeroIndex'));
    const better = betterDirection(r.name, t.figure);
    const index = (v: number) => round1((v / b.figure.value) * 100);
    return {
      label: v.doc(label),
      ...(r.unit ? { unit: v.doc(r.unit) } : {}),
      base: v.doc(b.figure.raw),
      target: v.doc(t.figure.raw),
      bound: t.figure.bound,
      index: index(t.figure.value),
      ...(t.figure.high !== undefined ? { high: index(t.figure.high) } : {}),
      better,
      course: course(b.figure.value, t.figure, better),
      caveats: [
        ...otherYear(b.figure, roles.base, 'chartReason.base', v),
        ...otherYear(t.figure, roles.target, 'chartReason.target', v),
        ...noteClauses(note, label).map((c) => noteSays(c, v)),
      ],
    };
  };
  const groups = table.groups.map((g) => ({
    category: v.doc(g.category ?? ''),
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
 * Its interface text (title, axis, reasons) is in `v.script` from the i18n dictionary; the
 * document's words in it (names, figures, notes) are passed through `v.doc` (chartSpecs).
 */
export function tableChart(t: PlanData['tables'][number], v: Voice = HANS): ChartSpec | undefined {
  const roles = columnRoles(t.table.columns);
  const label = v.doc(t.label);
  if ((roles.target || roles.targetRate) && (roles.actual || roles.actualRate)) {
    const title = say(v.script, 'chart.titleAttainment', label, yearOf(roles.target ?? roles.actual, ''));
    return attainmentChart(t.id, t.table, t.note, title, v);
  }
  if (roles.base && roles.target)
    return indexChart(t.id, t.table, say(v.script, 'chart.titleIndex', label, roles.target.year ?? '', roles.base.year ?? ''), t.note, v);
  return undefined;
}

/** Every chart a plan draws, with its text in the page's script. */
export function chartSpecs(plan: PlanData, script: Script): ChartSpec[] {
  // The columns are read in simplified script, so the document's text is brought to it first
  // (all of it at once, so that it converts alike), and its words shown converted into the page's.
  const inHans = <T>(x: T): T => JSON.parse(convertText(JSON.stringify(x), plan.entry.script, 'hans')) as T;
  const voice: Voice = { script, doc: (text) => convertText(text, 'hans', script) };
  return inHans(plan.tables).flatMap((t) => tableChart(t, voice) ?? []);
}
