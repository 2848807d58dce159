/**
 * Targets from an indicator table: one record per figure cell. What a column holds comes from
 * its printed header — 完成情况 → actual, 规划目标 / a later year → target, 基期 / the earliest
 * year → baseline, 年均 / 增幅 / 累计 → a rate (growth) — and its year from the header, else
 * from the table's target year, else the plan's final year. A cell in [ ] / 〔 〕 is a total
 * over the period; ≥, 以上 … are bounds; 按上级任务 and 与经济增长同步 are no numbers and are
 * reported, not listed. A column whose role or year the rules cannot tell is reported once.
 */
import { readFigureList } from '../../src/lib/targets/figure.ts';
import { ACTUAL, BASE, RATE, TARGET } from '../../src/lib/targets/header-words.ts';
import { indicatorKey } from '../../src/lib/targets/indicators.ts';
import type { TargetKind, TargetRecord } from '../../src/lib/targets/types.ts';
import type { IndicatorRow, TableBlock, TableColumn } from '../../src/lib/plan-types.ts';

export interface ColumnMeaning {
  key: string;
  kind: TargetKind;
  year: number | null;
  growth: boolean;
  /** The unit the header prints for the column ("年均增幅(%)"), if any. */
  unit?: string;
}

export interface TableProblem {
  message: string;
}

/** The meaning of each value column; columns it cannot read are left out with a problem. */
export function columnMeanings(columns: readonly TableColumn[], finalYear: number): { meanings: ColumnMeaning[]; problems: TableProblem[] } {
  const problems: TableProblem[] = [];
  const read = columns.map((c) => {
    const text = c.header.join(' ');
    const year = [...text.matchAll(/((?:19|20)\d{2})年?/g)].at(-1)?.[1];
    const kind: TargetKind | undefined = ACTUAL.test(text) ? 'actual' : TARGET.test(text) ? 'target' : BASE.test(text) ? 'baseline' : undefined;
    return { c, text, year: year ? Number(year) : undefined, kind, rate: RATE.test(text) };
  });
  // Bare years (2020年, 2025年): the earliest is the base, the latest the target.
  const bare = read.filter((r) => r.kind === undefined && !r.rate && r.year !== undefined).sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const explicitTarget = read.some((r) => r.kind === 'target');
  bare.forEach((r, i) => {
    r.kind = i === bare.length - 1 && !explicitTarget ? 'target' : 'baseline';
  });
  const targetYear = read.find((r) => r.kind === 'target' && r.year !== undefined)?.year;
  const meanings: ColumnMeaning[] = [];
  for (const r of read) {
    if (r.rate) {
      // A rate column without a year of its own is for the years its group's (or the table's) target is.
      const group = read.find((o) => o !== r && o.kind === (r.kind ?? 'target') && o.c.header[0] === r.c.header[0] && o.year !== undefined);
      const unit = /[(（]%[)）]|%/.test(r.text) ? { unit: '%' } : {};
      meanings.push({ key: r.c.key, kind: r.kind ?? 'target', year: r.year ?? group?.year ?? targetYear ?? finalYear, growth: true, ...unit });
    } else if (r.kind && r.year !== undefined) {
      meanings.push({ key: r.c.key, kind: r.kind, year: r.year, growth: false });
    } else if (r.kind === 'target') {
      meanings.push({ key: r.c.key, kind: 'target', year: finalYear, growth: false });
    } else {
      problems.push({ message: `targets: the column “${r.text}” prints no year and no role (目标/完成/基期/年均): its figures are not listed` });
    }
  }
  return { meanings, problems };
}

/** The name without its unit in brackets: 地区生产总值(亿元) → 地区生产总值. */
const bareName = (r: IndicatorRow): string =>
  r.name.replace(/[(（][^()（）]*[)）]$/, (m) => ((r.unit && m.slice(1, -1) === r.unit) || m.slice(1, -1) === '%' ? '' : m));

/** The parts of a name that lists them in brackets, for a cell with one figure per part. */
function partNames(name: string, count: number): string[] | undefined {
  const m = /^(.*?)[(（]([^()（）]*、[^()（）]*)[)）]/.exec(name);
  if (!m) return undefined;
  const parts = m[2].split('、');
  return parts.length === count ? parts.map((p) => `${m[1].replace(/指标$/, '')}：${p}`) : undefined;
}

/** The row as printed: its number, parent, name, unit, cells in column order and attribute, joined with " | ". */
function rowQuote(r: IndicatorRow, columns: readonly TableColumn[]): string {
  const cells = columns.map((c) => r.cells[c.key]?.raw).filter((t): t is string => t !== undefined && t !== '');
  return [r.no, r.parent, r.name, r.unit && !r.name.includes(r.unit) ? r.unit : undefined, ...cells, r.attribute]
    .filter((t) => t !== undefined && t !== '')
    .join(' | ');
}

export interface TableResult {
  records: TargetRecord[];
  /** Figures read as no number or not read, with the reason. */
  problems: TableProblem[];
}

const PCT = new Set(['%', '个百分点', '百分点']);

export function tableTargets(plan: string, block: TableBlock, finalYear: number): TableResult {
  const { columns, groups } = block.table;
  const { meanings, problems } = columnMeanings(columns, finalYear);
  const records: TargetRecord[] = [];
  for (const g of groups) {
    for (const r of g.rows) {
      const quote = rowQuote(r, columns);
      const name = bareName(r);
      for (const m of meanings) {
        const cell = r.cells[m.key];
        if (!cell) continue;
        const figures = readFigureList(cell.raw);
        const parts = figures.length > 1 ? partNames(name, figures.length) : undefined;
        if (figures.length > 1 && !parts) {
          problems.push({ message: `targets: ${block.id} row ${r.no ?? name}: the cell “${cell.raw}” holds ${figures.length} figures for one indicator` });
          continue;
        }
        figures.forEach((f, i) => {
          if (f.kind !== 'number') {
            if (f.reason !== 'empty')
              problems.push({ message: `targets: ${block.id} row ${r.no ?? name} (${name}): “${cell.raw}” is no number (${f.reason}): not listed` });
            return;
          }
          const indicator = parts?.[i] ?? name;
          const unit = f.unit ?? m.unit ?? r.unit ?? null;
          // A rate column's figure is a rate of change where it is a percentage; a count added over the period is a total.
          // Every figure of a rate column (年均增幅, 年均/累计) is a change, as the contract says; so is any
          // percentage of an indicator named as a change (地区生产总值增长, 单位GDP能耗降低).
          const pct = unit === null || PCT.has(unit) || f.unit !== null || m.unit !== undefined;
          const growth = m.growth || (pct && /(?:增长|增速|降低|下降)$/.test(indicator));
          records.push({
            plan,
            id: block.id,
            ...(r.no ? { row: r.no } : {}),
            indicator,
            key: parts ? null : indicatorKey(indicator, growth),
            kind: m.kind,
            year: f.year ?? m.year,
            ...(f.modifier === 'range' ? { low: f.low, high: f.high } : { value: f.value }),
            unit,
            modifier: f.modifier,
            aspirational: false,
            cumulative: f.cumulative,
            growth,
            binding: r.attribute ?? null,
            source: 'table',
            quote,
          });
        });
      }
    }
  }
  return { records, problems };
}
