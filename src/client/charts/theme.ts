/**
 * What every chart on the site shares: Chart.js registered with only the parts the charts use
 * (horizontal bars, scales, tooltips), and options coloured from the page's CSS so that
 * light and dark themes both read.
 */
import { BarController, BarElement, CategoryScale, Chart, type ChartOptions, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };

/** A colour from the page's CSS custom properties (they change with the theme). */
export const css = (name: string): string => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

type Tooltips = NonNullable<NonNullable<ChartOptions<'bar'>['plugins']>['tooltip']>;
type CategoryTicks = NonNullable<NonNullable<NonNullable<ChartOptions<'bar'>['scales']>['y']>['ticks']>;

export interface BarOptions {
  /** The title of the value axis. */
  axis: string;
  /** Value-axis range and tick settings beyond the theme's. */
  x?: { min?: number; max?: number; beginAtZero?: boolean; precision?: number };
  /** Category-axis tick font (e.g. bold group labels). */
  yFont?: CategoryTicks['font'];
  tooltip: Tooltips;
}

/** Horizontal bars, no animation, no legend (each chart has its own HTML legend). */
export function horizontalBars({ axis, x = {}, yFont, tooltip }: BarOptions): ChartOptions<'bar'> {
  const { precision, ...range } = x;
  return {
    indexAxis: 'y',
    maintainAspectRatio: false,
    animation: false,
    scales: {
      x: {
        ...range,
        title: { display: true, text: axis, color: css('--muted') },
        ticks: { color: css('--muted'), ...(precision === undefined ? {} : { precision }) },
        grid: { color: css('--rule') },
      },
      y: { ticks: { color: css('--text'), autoSkip: false, ...(yFont ? { font: yFont } : {}) }, grid: { display: false } },
    },
    plugins: { legend: { display: false }, tooltip },
  };
}
