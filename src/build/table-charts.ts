/**
 * Chart specifications for the indicator tables, computed at build time from the rebuilt
 * tables (never from the page). The browser only draws them.
 *
 * 表一 (13th plan results): did each indicator reach its 2020 target? Indicators have
 * different units, so each is shown as the result as a percentage of its target, with the
 * direction that counts as better taken into account.
 * 表二 (14th plan targets): how far each 2025 target is from the 2020 base, as an index
 * (2020 = 100), one chart per category.
 */
import type { AttainmentBar, AttainmentChart, Better, ChartSpec, Excluded, IndexChart, IndexPoint } from '../lib/chart-spec.ts';
import type { PlanData } from '../lib/plan-data.ts';
import type { IndicatorRow, IndicatorTable, Script, TableCell } from '../lib/plan-types.ts';
import { convertText } from './convert.ts';

/**
 * Lower is better for rates of harm and for densities of pollution or land use; a 降低
 * (reduction) indicator is written as a positive cut, so there higher is better.
 */
export function betterDirection(name: string): Better {
  if (/降低|减排/.test(name)) return 'higher';
  return /死亡率|浓度|耗地量|近视率/.test(name) ? 'lower' : 'higher';
}

const num = (c: TableCell | undefined) => (c?.value !== undefined ? c.value : undefined);
const multiValue = (c: TableCell | undefined) => (c ? /、/.test(c.raw) : false);
const shortName = (r: IndicatorRow) => r.name.replace(/[(（][^()（）]*[)）]$/, '');

/** The rows a note says changed their statistical basis (表一 note 1: 常住人口城镇化率). */
function basisChanged(note: string | undefined, r: IndicatorRow): boolean {
  const m = note ? /1\.([^；;]*?)指标2020年完成数值按新口径统计/.exec(note) : null;
  return m !== null && shortName(r).startsWith(m[1]);
}

export function attainmentChart(tableId: string, table: IndicatorTable, note: string | undefined, title: string): AttainmentChart {
  const bars: AttainmentBar[] = [];
  const excluded: Excluded[] = [];
  for (const r of table.groups.flatMap((g) => g.rows)) {
    const label = shortName(r);
    const better = betterDirection(r.name);
    // Compare levels where both exist; otherwise the (cumulative) growth figures.
    const pairs: [TableCell | undefined, TableCell | undefined][] = [
      [r.cells.target2020, r.cells.actual2020],
      [r.cells.targetGrowth, r.cells.actualGrowth],
    ];
    const pair = pairs.find(([t, a]) => num(t) !== undefined && num(a) !== undefined);
    if (!pair) {
      excluded.push({ label, reason: '缺少目标值或完成值' });
      continue;
    }
    const [t, a] = pair as [TableCell, TableCell];
    if (multiValue(t) || multiValue(a)) {
      excluded.push({ label, reason: '一格含多项数值，请见表格' });
      continue;
    }
    if (t.cumulative !== a.cumulative) {
      excluded.push({ label, reason: '目标为五年累计数，完成值为单年数，不可比' });
      continue;
    }
    const target = num(t) as number;
    const actual = num(a) as number;
    // Where lower is better the ratio flips, unless both figures are cuts (negative changes):
    // a cut of -20.47 against a targeted -9.88 is 207 % of the target.
    const bothCuts = target < 0 && actual < 0;
    const percent = better === 'lower' && !bothCuts ? (target / actual) * 100 : (actual / target) * 100;
    const met = better === 'lower' ? actual <= target : actual >= target;
    const newBasis = basisChanged(note, r);
    const caveats = [
      a.year ? `完成值为${a.year}年数据` : '',
      newBasis ? '完成值按新口径统计，与目标不可直接比较' : '',
      better === 'lower' ? '数值越低越好' : '',
    ].filter(Boolean);
    bars.push({
      label,
      unit: r.unit,
      target: t.raw,
      actual: a.raw,
      percent: Math.round(percent * 10) / 10,
      met,
      better,
      basisChanged: newBasis,
      ...(caveats.length ? { caveat: caveats.join('；') } : {}),
    });
  }
  return { kind: 'attainment', tableId, title, axis: '完成值占目标的百分比（%）', bars, excluded };
}

export function indexChart(tableId: string, table: IndicatorTable, title: string): IndexChart {
  const excluded: Excluded[] = [];
  const groups = table.groups.map((g) => ({
    category: g.category ?? '',
    points: g.rows.flatMap((r): IndexPoint[] => {
      const label = shortName(r);
      const base = num(r.cells.base2020);
      const target = num(r.cells.target2025);
      if (base === undefined || target === undefined || base === 0) {
        excluded.push({ label, reason: r.cells.growth ? `目标以年均或累计数表示（${r.cells.growth.raw}）` : '缺少基期值或目标值' });
        return [];
      }
      if (r.cells.base2020?.cumulative) {
        excluded.push({ label, reason: '基期值为五年累计数' });
        return [];
      }
      return [
        {
          label,
          unit: r.unit,
          base: r.cells.base2020!.raw,
          target: r.cells.target2025!.raw,
          index: Math.round((target / base) * 1000) / 10,
          better: betterDirection(r.name),
        },
      ];
    }),
  }));
  return { kind: 'index', tableId, title, axis: '2025年目标（2020年 = 100）', groups: groups.filter((g) => g.points.length > 0), excluded };
}

/** Every chart a plan draws, with its text in the page's script. */
export function chartSpecs(plan: PlanData, script: Script): ChartSpec[] {
  const zh = (s: string) => convertText(s, 'hans', script);
  // Labels are written in simplified script: bring the table there first, then convert all.
  const inHans = <T>(x: T): T => JSON.parse(convertText(JSON.stringify(x), plan.entry.script, 'hans')) as T;
  return inHans(plan.tables).map((t) => {
    const hasTargets = t.table.columns.some((c) => c.key === 'target2020');
    const spec: ChartSpec = hasTargets
      ? attainmentChart(t.id, t.table, t.note, `${t.label} 图示：2020年目标完成情况`)
      : indexChart(t.id, t.table, `${t.label} 图示：2025年目标与2020年基数`);
    return JSON.parse(zh(JSON.stringify(spec))) as ChartSpec;
  });
}
