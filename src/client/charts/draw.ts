/** Draws one chart with Chart.js (only the parts used, to keep the download small). */
import type { Plugin } from 'chart.js';
import type { AttainmentChart, Bound, ChartSpec, Course, IndexChart } from '../../lib/chart-spec.ts';
import { pageScript, chartText as t } from '../i18n.ts';
import { Chart, css, horizontalBars } from './theme.ts';
import { COLOURS, CAP, INDEX_CAP, markLabel, type Swatch } from './legend.ts';

const script = pageScript();
const unitOf = (unit: string | undefined) => (unit ? t(script, 'unit', unit) : '');

/** A vertical reference line at 100 (target met / unchanged). */
const referenceLine: Plugin<'bar'> = {
  id: 'reference',
  afterDatasetsDraw(chart) {
    const x = chart.scales.x.getPixelForValue(100);
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = css('--text');
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.restore();
  },
};

/**
 * Each bar's value written at its end, and a cut bar (beyond the axis) marked: two slanted
 * strokes across its end in the page colour, as on a broken axis, and its true value.
 */
function valueLabels(texts: (string | null)[], cut: boolean[]): Plugin<'bar'> {
  return {
    id: 'values',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.font = `12px ${getComputedStyle(chart.canvas).fontFamily}`;
      ctx.textBaseline = 'middle';
      chart.getDatasetMeta(0).data.forEach((bar, i) => {
        const text = texts[i];
        if (!text) return;
        const { x, y, height } = bar.getProps(['x', 'y', 'height'], true) as { x: number; y: number; height: number };
        if (cut[i]) {
          ctx.strokeStyle = css('--bg');
          ctx.lineWidth = 2.5;
          for (const dx of [-14, -8]) {
            ctx.beginPath();
            ctx.moveTo(x + dx - 3, y + height / 2 + 1);
            ctx.lineTo(x + dx + 3, y - height / 2 - 1);
            ctx.stroke();
          }
        }
        ctx.fillStyle = css('--text');
        ctx.fillText(text, x + 4, y);
      });
      ctx.restore();
    },
  };
}

/** Long indicator names wrap on narrow screens instead of being cut off. */
function wrap(label: string, canvas: HTMLCanvasElement): string | string[] {
  const width = canvas.parentElement?.clientWidth ?? 800;
  const max = width < 500 ? 7 : width < 800 ? 12 : 40;
  if ([...label].length <= max) return label;
  const chars = [...label];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += max) lines.push(chars.slice(i, i + max).join(''));
  return lines;
}

const BOUND_SIGN: Record<Bound, string> = { point: '', floor: '≥', ceiling: '≤', range: '' };
const COURSE: Record<Course, Swatch> = { improve: 'blue', hold: 'sky', same: 'grey', decline: 'orange' };
/** Room on the right for the value written after the longest bar. */
const LAYOUT = { padding: { right: 56 } };

function attainment(canvas: HTMLCanvasElement, spec: AttainmentChart): Chart<'bar'> {
  const swatch = (b: AttainmentChart['bars'][number]): Swatch => (b.basisChanged ? 'grey' : b.met ? 'blue' : 'orange');
  const options = horizontalBars({
    axis: spec.axis,
    x: { min: 0, max: CAP },
    tooltip: {
      callbacks: {
        label: (item) => {
          const b = spec.bars[item.dataIndex];
          return [
            t(script, 'attained', t(script, b.met ? 'met' : 'missed'), b.percent),
            t(script, 'targetAndResult', b.target, b.actual, unitOf(b.unit)),
            ...b.caveats,
          ];
        },
      },
    },
  });
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.bars.map((b) => wrap(markLabel(b.label, b.caveats), canvas)),
      datasets: [
        {
          label: spec.axis,
          data: spec.bars.map((b) => Math.max(0, Math.min(b.percent, CAP))),
          backgroundColor: spec.bars.map((b) => COLOURS[swatch(b)]),
          borderWidth: 0,
        },
      ],
    },
    options: { ...options, layout: LAYOUT },
    plugins: [
      referenceLine,
      valueLabels(
        spec.bars.map((b) => `${b.percent}%`),
        spec.bars.map((b) => b.percent > CAP),
      ),
    ],
  });
}

function index(canvas: HTMLCanvasElement, spec: IndexChart): Chart<'bar'> {
  // A table without 类别 has one group and no label to print for it.
  const rows = spec.groups.flatMap((g) => [
    ...(g.category === '' ? [] : [{ label: `【${g.category}】`, point: undefined }]),
    ...g.points.map((p) => ({ label: p.label, point: p })),
  ]);
  const clip = (v: number) => Math.min(v, INDEX_CAP);
  const options = horizontalBars({
    axis: spec.axis,
    x: { min: 0, max: INDEX_CAP },
    yFont: (ctx) => ({ weight: rows[ctx.index]?.point ? 'normal' : 'bold' }),
    tooltip: {
      filter: (item) => rows[item.dataIndex]?.point !== undefined,
      callbacks: {
        label: (item) => {
          const p = rows[item.dataIndex].point!;
          const value = p.high === undefined ? `${BOUND_SIGN[p.bound]}${p.index}` : `${p.index}–${p.high}`;
          return [value, t(script, 'baseToTarget', p.base, p.target, unitOf(p.unit)), ...p.caveats];
        },
      },
    },
  });
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => wrap(r.point ? markLabel(r.label, r.point.caveats) : r.label, canvas)),
      datasets: [
        {
          label: spec.axis,
          // A range is a floating bar from its low to its high end.
          data: rows.map(({ point: p }) => (!p ? null : p.high === undefined ? clip(p.index) : ([clip(p.index), clip(p.high)] as [number, number]))),
          backgroundColor: rows.map(({ point: p }) => (p ? COLOURS[COURSE[p.course]] : 'transparent')),
          borderWidth: 0,
        },
      ],
    },
    options: { ...options, layout: LAYOUT },
    plugins: [
      referenceLine,
      valueLabels(
        rows.map(({ point: p }) => (!p ? null : p.high === undefined ? `${BOUND_SIGN[p.bound]}${p.index}` : `${p.index}–${p.high}`)),
        rows.map(({ point: p }) => (p ? Math.max(p.index, p.high ?? 0) > INDEX_CAP : false)),
      ),
    ],
  });
}

export function draw(canvas: HTMLCanvasElement, spec: ChartSpec): void {
  const chart = spec.kind === 'attainment' ? attainment(canvas, spec) : index(canvas, spec);
  canvas.dataset.drawn = 'true';
  // Follow a change of system theme.
  matchMedia('(prefers-color-scheme: dark)').addEventListener(
    'change',
    () => {
      chart.destroy();
      draw(canvas, spec);
    },
    { once: true },
  );
}
