/**
 * The targets charts: each figure is shown once JavaScript runs, and Chart.js (./draw.ts) is
 * fetched only when a chart comes near the view, or when the page is printed.
 */
import type { TargetChartSpec } from '../../lib/targets/chart.ts';

type Draw = (canvas: HTMLCanvasElement, spec: TargetChartSpec, axis: string) => void;
let drawing: Promise<Draw> | undefined;
const pending = new Set<HTMLElement>();

function drawNow(figure: HTMLElement): void {
  if (!pending.delete(figure)) return;
  observer.unobserve(figure);
  const spec = JSON.parse(figure.dataset.tgChart ?? '{}') as TargetChartSpec;
  const canvas = figure.querySelector('canvas');
  if (!canvas) return;
  drawing ??= import('./draw.ts').then((m) => m.draw);
  void drawing.then((draw) => draw(canvas, spec, figure.dataset.axis ?? ''));
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const e of entries) if (e.isIntersecting) drawNow(e.target as HTMLElement);
  },
  { rootMargin: '600px 0px' },
);

for (const figure of document.querySelectorAll<HTMLElement>('figure[data-tg-chart]')) {
  const spec = JSON.parse(figure.dataset.tgChart ?? '{}') as TargetChartSpec;
  const box = figure.querySelector<HTMLElement>('.tg-canvas');
  if (box) box.style.height = `${Math.max(9, spec.bars.length * 2.4 + 4)}rem`;
  figure.hidden = false;
  pending.add(figure);
  observer.observe(figure);
}
addEventListener('beforeprint', () => {
  for (const f of [...pending]) drawNow(f);
});
