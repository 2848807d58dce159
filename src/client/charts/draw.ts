/** Draws one chart with Chart.js (only the parts used, to keep the download small). */
import type { Plugin } from 'chart.js';
import type { AttainmentChart, ChartSpec, IndexChart } from '../../lib/chart-spec.ts';
import { chartText as t, pageScript } from '../i18n.ts';
import { Chart, css, horizontalBars } from './theme.ts';

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
const BLUE = '#0072B2';
const ORANGE = '#E69F00';
const GREY = '#999999';

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

const CAP = 200;
const INDEX_CAP = 300;

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

function attainment(canvas: HTMLCanvasElement, spec: AttainmentChart): Chart<'bar'> {
  const colour = spec.bars.map((b) => (b.basisChanged ? GREY : b.met ? BLUE : ORANGE));
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.bars.map((b) => wrap(b.label, canvas)),
      datasets: [{ label: spec.axis, data: spec.bars.map((b) => Math.min(b.percent, CAP)), backgroundColor: colour, borderWidth: 0 }],
    },
    options: horizontalBars({
      axis: spec.axis,
      x: { min: 0, max: CAP },
      tooltip: {
        callbacks: {
          label: (item) => {
            const b = spec.bars[item.dataIndex];
            return [
              t(script, 'attained', t(script, b.met ? 'met' : 'missed'), b.percent),
              t(script, 'targetAndResult', b.target, b.actual, unitOf(b.unit)),
              ...(b.caveat ? [b.caveat] : []),
            ];
          },
        },
      },
    }),
    plugins: [referenceLine],
  });
}

function index(canvas: HTMLCanvasElement, spec: IndexChart): Chart<'bar'> {
  const rows = spec.groups.flatMap((g) => [{ label: `【${g.category}】`, point: undefined }, ...g.points.map((p) => ({ label: p.label, point: p }))]);
  const improving = (p: (typeof rows)[number]['point']) => p && (p.better === 'higher' ? p.index > 100 : p.index < 100);
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => wrap(r.label, canvas)),
      datasets: [
        {
          label: spec.axis,
          data: rows.map((r) => (r.point ? Math.min(r.point.index, INDEX_CAP) : null)),
          backgroundColor: rows.map((r) => (r.point?.index === 100 ? GREY : improving(r.point) ? BLUE : ORANGE)),
          borderWidth: 0,
        },
      ],
    },
    options: horizontalBars({
      axis: spec.axis,
      x: { min: 0, max: INDEX_CAP },
      yFont: (ctx) => ({ weight: rows[ctx.index]?.point ? 'normal' : 'bold' }),
      tooltip: {
        filter: (item) => rows[item.dataIndex]?.point !== undefined,
        callbacks: {
          label: (item) => {
            const p = rows[item.dataIndex].point!;
            return [`${p.index}`, t(script, 'baseToTarget', p.base, p.target, unitOf(p.unit))];
          },
        },
      },
    }),
    plugins: [referenceLine],
  });
}

export function draw(canvas: HTMLCanvasElement, spec: ChartSpec): void {
  const chart = spec.kind === 'attainment' ? attainment(canvas, spec) : index(canvas, spec);
  canvas.dataset.drawn = 'true';
  // Follow a change of system theme.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    chart.destroy();
    draw(canvas, spec);
  });
}
