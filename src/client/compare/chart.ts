/**
 * The compare page's bar chart (plans × terms), with only the Chart.js parts it uses. Loaded
 * by page.ts with import() once the counts are ready, so Chart.js is fetched on this page only.
 */
import type { Chart } from 'chart.js';
import { Chart as BarChart, css, horizontalBars } from '../charts/theme.ts';

export type Mode = 'rate' | 'count';

export interface ChartData {
  /** One label per plan (y axis). */
  plans: string[];
  /** One dataset per term. */
  terms: string[];
  colours: string[];
  /** [term][plan] */
  count: number[][];
  rate: number[][];
  axis: Record<Mode, string>;
  /** Tooltip line for one bar. */
  tip: (term: number, plan: number) => string;
}

/** Plan names (城市·类型·规划期) go on three lines on narrow screens instead of being cut off. */
const wrap = (label: string, width: number): string | string[] => (width < 560 ? label.split('·') : label);

let current: { canvas: HTMLCanvasElement; data: ChartData; mode: Mode; chart: Chart<'bar'> } | undefined;

export function draw(canvas: HTMLCanvasElement, data: ChartData, mode: Mode): void {
  current?.chart.destroy();
  const width = canvas.parentElement?.clientWidth ?? 800;
  const chart = new BarChart(canvas, {
    type: 'bar',
    data: {
      labels: data.plans.map((p) => wrap(p, width)),
      datasets: data.terms.map((term, k) => ({
        label: term,
        data: data[mode][k],
        backgroundColor: data.colours[k],
        borderColor: css('--text'),
        borderWidth: data.colours[k] === '#F0E442' ? 1 : 0,
      })),
    },
    options: horizontalBars({
      axis: data.axis[mode],
      x: { beginAtZero: true, ...(mode === 'count' ? { precision: 0 } : {}) },
      tooltip: { callbacks: { label: (item) => data.tip(item.datasetIndex, item.dataIndex) } },
    }),
  });
  current = { canvas, data, mode, chart };
  canvas.dataset.drawn = 'true';
  canvas.dataset.mode = mode;
}

/** Shows counts or rates on the chart already drawn. */
export function show(mode: Mode): void {
  if (current) draw(current.canvas, current.data, mode);
}

// Follow a change of system theme (the colours of text and grid come from the page's CSS).
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
  if (current?.canvas.isConnected) draw(current.canvas, current.data, current.mode);
});
