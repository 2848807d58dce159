/**
 * Indicator charts beside their tables. Nothing happens without JavaScript (the tables are
 * the content); with it, each chart's frame is added next to its table, and Chart.js is
 * fetched only when a chart comes near the viewport.
 */
import type { ChartSpec } from '../../lib/chart-spec.ts';

const specs: ChartSpec[] = JSON.parse(document.getElementById('chart-specs')?.textContent ?? '[]');

function frame(slot: HTMLElement, spec: ChartSpec): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  const caption = document.createElement('figcaption');
  caption.textContent = spec.title;
  figure.append(caption);
  const hant = document.documentElement.lang === 'zh-Hant';
  const legend = document.createElement('ul');
  legend.className = 'chart-legend';
  const items =
    spec.kind === 'attainment'
      ? [
          ['blue', hant ? '達標' : '达标'],
          ['orange', hant ? '未達標' : '未达标'],
          ['grey', hant ? '統計口徑變化，不可直接比較' : '统计口径变化，不可直接比较'],
        ]
      : [
          ['blue', hant ? '向好的方向變化' : '向好的方向变化'],
          ['orange', hant ? '向相反方向變化' : '向相反方向变化'],
          ['grey', hant ? '保持不變' : '保持不变'],
        ];
  for (const [colour, text] of items) {
    const li = document.createElement('li');
    li.dataset.colour = colour;
    li.textContent = text;
    legend.append(li);
  }
  const scale = document.createElement('p');
  scale.className = 'chart-note';
  scale.textContent =
    spec.kind === 'attainment'
      ? hant
        ? '虛線為100%（恰好完成目標）；超過200%的以200%繪出；數值越低越好的指標已換算。'
        : '虚线为100%（恰好完成目标）；超过200%的以200%绘出；数值越低越好的指标已换算。'
      : hant
        ? '虛線為100（與2020年持平）；超過300的以300繪出，確切數值見提示與表格。'
        : '虚线为100（与2020年持平）；超过300的以300绘出，确切数值见提示与表格。';
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
    p.textContent = `${document.documentElement.lang === 'zh-Hant' ? '未繪入圖中' : '未绘入图中'}：${spec.excluded.map((e) => `${e.label}（${e.reason}）`).join('；')}`;
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
