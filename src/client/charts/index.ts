/**
 * Indicator charts beside their tables. Nothing happens without JavaScript (the tables are
 * the content); with it, each chart's frame is added next to its table, and Chart.js is
 * fetched only when a chart comes near the viewport — or when the page is printed.
 */
import type { ChartSpec } from '../../lib/chart-spec.ts';
import { pageScript, chartText as t } from '../i18n.ts';
import { legend, notes } from './legend.ts';

const specs: ChartSpec[] = JSON.parse(document.getElementById('chart-specs')?.textContent ?? '[]');

function frame(slot: HTMLElement, spec: ChartSpec): HTMLCanvasElement {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  const caption = document.createElement('figcaption');
  caption.textContent = spec.title;
  figure.append(caption, ...legend(spec));
  const n = spec.kind === 'attainment' ? spec.bars.length : spec.groups.reduce((k, g) => k + g.points.length, 0) + spec.groups.length * 2;
  const box = document.createElement('div');
  box.className = 'chart-canvas';
  // Long indicator names wrap (three lines on a phone, two on a desktop): give them room.
  const rowHeight = innerWidth < 500 ? 2.9 : 2.1;
  box.style.height = `${Math.max(12, n * rowHeight + 4)}rem`;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${spec.title}。${spec.axis}。${slot.dataset.tableLabel ?? ''}`);
  box.append(canvas);
  const printNote = document.createElement('p');
  printNote.className = 'chart-print-note';
  printNote.textContent = t(pageScript(), 'notPrinted');
  figure.append(box, printNote, ...notes(spec));
  slot.append(figure);
  slot.hidden = false;
  return canvas;
}

const pending = new Map<Element, { canvas: HTMLCanvasElement; spec: ChartSpec }>();
/** The drawing function, once its module (with Chart.js) has been fetched. */
let drawLoaded: ((canvas: HTMLCanvasElement, spec: ChartSpec) => void) | undefined;

function drawNow(slot: Element): void {
  const job = pending.get(slot);
  if (!job) return;
  pending.delete(slot);
  observer.unobserve(slot);
  if (drawLoaded) drawLoaded(job.canvas, job.spec);
  else
    void import('./draw.ts').then(({ draw }) => {
      drawLoaded = draw;
      draw(job.canvas, job.spec);
    });
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) if (entry.isIntersecting) drawNow(entry.target);
  },
  { rootMargin: '600px 0px' },
);

for (const spec of specs) {
  const slot = document.querySelector<HTMLElement>(`[data-chart-for="${spec.tableId}"]`);
  if (!slot) continue;
  pending.set(slot, { canvas: frame(slot, spec), spec });
  observer.observe(slot);
}

// A printed page shows every chart, not only those that came into view: once Chart.js is here
// the rest are drawn before the page is laid out for print (drawing is synchronous without
// animation). A chart still undrawn is left out of print with a note (tables.css).
addEventListener('beforeprint', () => {
  for (const slot of [...pending.keys()]) drawNow(slot);
});
