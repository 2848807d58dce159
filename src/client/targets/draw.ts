/**
 * Draws one chart of comparable targets with Chart.js: a bar per plan from zero (a range from
 * its low to its high end), and over it the figure's modifier as a mark (src/lib/targets/marks.ts):
 * ▶ a floor, |◀ a ceiling, dashed whiskers for "about", caps at both ends of a range, ◆ the
 * plan's baseline; an aspirational target (力争) is hatched. The marks drawn are listed on the
 * canvas (data-marks) for tests.
 */
import type { Plugin } from 'chart.js';
import type { ChartBar, TargetChartSpec } from '../../lib/targets/chart.ts';
import { MARK_OF, type Mark } from '../../lib/targets/marks.ts';
import { COLOURS } from '../charts/legend.ts';
import { Chart, css, horizontalBars } from '../charts/theme.ts';

const markOf = (b: ChartBar): Mark => (b.low !== undefined && b.high !== undefined ? 'range' : MARK_OF[b.modifier]);
const FILL: Record<Mark, string> = {
  point: COLOURS.blue,
  floor: COLOURS.blue,
  ceiling: COLOURS.orange,
  about: COLOURS.sky,
  range: COLOURS.sky,
  baseline: '',
  aspirational: '',
};

/** Diagonal stripes over the bar's colour, for 力争. */
function hatch(colour: string): CanvasPattern | string {
  const c = document.createElement('canvas');
  c.width = c.height = 8;
  const ctx = c.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.globalAlpha = 0.55;
  ctx.fillRect(0, 0, 8, 8);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.stroke();
  return ctx.createPattern(c, 'repeat') ?? colour;
}

function marks(spec: TargetChartSpec, drawn: Set<Mark>): Plugin<'bar'> {
  return {
    id: 'targetMarks',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      const x = chart.scales.x;
      const ink = css('--text');
      const paper = css('--bg');
      ctx.save();
      ctx.font = `12px ${getComputedStyle(chart.canvas).fontFamily}`;
      ctx.textBaseline = 'middle';
      chart.getDatasetMeta(0).data.forEach((el, i) => {
        const b = spec.bars[i];
        const { x: end, y, height: h, base } = el.getProps(['x', 'y', 'height', 'base'], true) as { x: number; y: number; height: number; base: number };
        const m = markOf(b);
        const half = h / 2;
        let after = end + 4;
        ctx.fillStyle = ink;
        ctx.strokeStyle = ink;
        ctx.lineWidth = 2;
        ctx.setLineDash([]);
        if (m === 'floor') {
          ctx.beginPath();
          ctx.moveTo(end, y - half);
          ctx.lineTo(end + h * 0.7, y);
          ctx.lineTo(end, y + half);
          ctx.closePath();
          ctx.fill();
          after = end + h * 0.7 + 4;
        } else if (m === 'ceiling') {
          ctx.beginPath();
          ctx.moveTo(end, y - half - 3);
          ctx.lineTo(end, y + half + 3);
          ctx.stroke();
          ctx.beginPath();
          ctx.moveTo(end + 3, y);
          ctx.lineTo(end + 3 + h * 0.6, y - half);
          ctx.lineTo(end + 3 + h * 0.6, y + half);
          ctx.closePath();
          ctx.fill();
          after = end + h * 0.6 + 7;
        } else if (m === 'about') {
          const d = Math.max(8, (x.getPixelForValue(x.max) - x.getPixelForValue(x.min)) * 0.04);
          ctx.setLineDash([3, 2]);
          ctx.beginPath();
          ctx.moveTo(end - d, y);
          ctx.lineTo(end + d, y);
          ctx.stroke();
          ctx.setLineDash([]);
          for (const at of [end - d, end + d]) {
            ctx.beginPath();
            ctx.moveTo(at, y - half * 0.6);
            ctx.lineTo(at, y + half * 0.6);
            ctx.stroke();
          }
          after = end + d + 4;
        } else if (m === 'range') {
          for (const at of [base, end]) {
            ctx.beginPath();
            ctx.moveTo(at, y - half - 3);
            ctx.lineTo(at, y + half + 3);
            ctx.stroke();
          }
        }
        drawn.add(m);
        if (b.baseline !== undefined) {
          const bx = x.getPixelForValue(b.baseline);
          const r = Math.min(7, half * 0.8);
          ctx.beginPath();
          ctx.moveTo(bx, y - r);
          ctx.lineTo(bx + r, y);
          ctx.lineTo(bx, y + r);
          ctx.lineTo(bx - r, y);
          ctx.closePath();
          ctx.fillStyle = paper;
          ctx.fill();
          ctx.lineWidth = 1.5;
          ctx.stroke();
          drawn.add('baseline');
          // The figure is written clear of a baseline beyond the bar's end.
          after = Math.max(after, bx + r + 4);
        }
        if (b.aspirational) drawn.add('aspirational');
        ctx.fillStyle = ink;
        ctx.fillText(b.figure, after, y);
      });
      ctx.restore();
      chart.canvas.dataset.marks = [...drawn].sort().join(' ');
    },
  };
}

/** An axis end a reader can read: the next multiple of a half power of ten. */
function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const step = 10 ** Math.floor(Math.log10(v)) / 2;
  return Number((Math.ceil(v / step) * step).toPrecision(6));
}

const SIGN: Record<ChartBar['modifier'], string> = { point: '', about: '≈', 'at-least': '≥', 'more-than': '>', 'at-most': '≤', 'less-than': '<', range: '' };
/** On a phone: the number alone, in the chart's unit (the axis names it). */
const shortFigure = (b: ChartBar): string => (b.low !== undefined && b.high !== undefined ? `${b.low}—${b.high}` : `${SIGN[b.modifier]}${b.value ?? ''}`);

export function draw(canvas: HTMLCanvasElement, spec: TargetChartSpec, axis: string): void {
  const drawn = new Set<Mark>();
  const narrow = (canvas.parentElement?.clientWidth ?? 800) < 500;
  const shown = narrow ? { ...spec, bars: spec.bars.map((b) => ({ ...b, figure: shortFigure(b) })) } : spec;
  const top = Math.max(...spec.bars.flatMap((b) => [b.high ?? b.value ?? 0, b.baseline ?? 0]));
  const options = horizontalBars({
    axis,
    // Room past the longest bar for its mark and figure.
    x: { min: 0, max: niceMax(top * 1.2), beginAtZero: true },
    tooltip: {
      callbacks: {
        label: (item) => {
          const b = spec.bars[item.dataIndex];
          return b.baseline === undefined ? b.figure : `${b.figure}（◆ ${b.baseline}）`;
        },
      },
    },
  });
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      // A phone gives the plan's name two lines: place, then period and kind.
      labels: spec.bars.map((b) => (narrow ? b.label.split(' · ') : b.label)),
      datasets: [
        {
          label: axis,
          data: spec.bars.map((b) => (b.low !== undefined && b.high !== undefined ? [b.low, b.high] : [0, b.value ?? 0]) as [number, number]),
          backgroundColor: spec.bars.map((b) => (b.aspirational ? hatch(FILL[markOf(b)]) : FILL[markOf(b)])),
          borderWidth: 0,
          maxBarThickness: 28,
        },
      ],
    },
    options: { ...options, layout: { padding: { right: 64 } } },
    plugins: [marks(shown, drawn)],
  });
  canvas.dataset.drawn = 'true';
  matchMedia('(prefers-color-scheme: dark)').addEventListener(
    'change',
    () => {
      chart.destroy();
      draw(canvas, spec, axis);
    },
    { once: true },
  );
}
