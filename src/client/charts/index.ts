/**
 * Indicator charts beside their tables. Nothing happens without JavaScript (the tables are
 * the content); with it, each chart's frame is added next to its table, and Chart.js is
 * fetched only when a chart comes near the viewport.
 */
import type { ChartSpec } from '../../lib/chart-spec.ts';
import { chartText as t, pageScript } from '../i18n.ts';

const script = pageScript();

const specs: ChartSpec[] = JSON.parse(document.getElementById('chart-specs')?.textContent ?? '[]');

function frame(slot: HTMLElement, spec: ChartSpec): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  const caption = document.createElement('figcaption');
  caption.textContent = spec.title;
  figure.append(caption);
  const legend = document.createElement('ul');
  legend.className = 'chart-legend';
  const items =
    spec.kind === 'attainment'
      ? [
          ['blue', t(script, 'met')],
          ['orange', t(script, 'missed')],
          ['grey', t(script, 'basisChanged')],
        ]
      : [
          ['blue', t(script, 'improving')],
          ['orange', t(script, 'worsening')],
          ['grey', t(script, 'unchanged')],
        ];
  for (const [colour, text] of items) {
    const li = document.createElement('li');
    li.dataset.colour = colour;
    li.textContent = text;
    legend.append(li);
  }
  const scale = document.createElement('p');
  scale.className = 'chart-note';
  scale.textContent = t(script, spec.kind === 'attainment' ? 'scaleAttainment' : 'scaleIndex');
  figure.append(legend, scale);
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
  figure.append(box);
  if (spec.excluded.length > 0) {
    const p = document.createElement('p');
    p.className = 'chart-excluded';
    p.textContent = t(script, 'excluded', spec.excluded.map((e) => t(script, 'excludedItem', e.label, e.reason)).join(t(script, 'excludedSeparator')));
    figure.append(p);
  }
  slot.append(figure);
  slot.hidden = false;
  return canvas as unknown as HTMLElement;
}

const pending = new Map<Element, { canvas: HTMLCanvasElement; spec: ChartSpec }>();
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const job = pending.get(entry.target);
      if (!job) continue;
      pending.delete(entry.target);
      observer.unobserve(entry.target);
      import('./draw.ts').then(({ draw }) => draw(job.canvas, job.spec));
    }
  },
  { rootMargin: '600px 0px' },
);

for (const spec of specs) {
  const slot = document.querySelector<HTMLElement>(`[data-chart-for="${spec.tableId}"]`);
  if (!slot) continue;
  const canvas = frame(slot, spec) as unknown as HTMLCanvasElement;
  pending.set(slot, { canvas, spec });
  observer.observe(slot);
}
