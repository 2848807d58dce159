/**
 * What a chart says in words, beside the canvas: its legend (only the colours it uses), how to
 * read the scale, the flagged figures and the indicators it does not draw. Shared by the frame
 * (index.ts, loaded with the page) and the drawing (draw.ts, loaded when a chart comes near).
 */
import type { ChartSpec } from '../../lib/chart-spec.ts';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const COLOURS = { blue: '#0072B2', sky: '#56B4E9', orange: '#E69F00', grey: '#999999' } as const;
export type Swatch = keyof typeof COLOURS;

/** Bars beyond these are cut at the axis end, marked and labelled with their value. */
export const CAP = 200;
export const INDEX_CAP = 300;

/** A label whose figure carries a caveat ends in ※, explained below the chart. */
export const markLabel = (label: string, caveats: readonly string[]): string => (caveats.length ? `${label} ※` : label);

type Words = { hans: string; hant: string };
const LEGEND: Record<ChartSpec['kind'], [Swatch, Words][]> = {
  attainment: [
    ['blue', { hans: '达标', hant: '達標' }],
    ['orange', { hans: '未达标', hant: '未達標' }],
    ['grey', { hans: '统计口径变化，不可直接比较', hant: '統計口徑變化，不可直接比較' }],
  ],
  index: [
    ['blue', { hans: '目标向好的方向变化', hant: '目標向好的方向變化' }],
    ['sky', { hans: '底线目标（≥ 不低于，≤ 不高于），基数已达到', hant: '底線目標（≥ 不低於，≤ 不高於），基數已達到' }],
    ['grey', { hans: '与基数持平', hant: '與基數持平' }],
    ['orange', { hans: '目标比基数差', hant: '目標比基數差' }],
  ],
};

const SCALE: Record<ChartSpec['kind'], Words> = {
  attainment: {
    hans: `虚线为100%（恰好完成目标）；超过${CAP}%的在${CAP}%处截断，以折断符号标出，数值写在条末；数值越低越好的指标已换算。`,
    hant: `虛線為100%（恰好完成目標）；超過${CAP}%的在${CAP}%處截斷，以折斷符號標出，數值寫在條末；數值越低越好的指標已換算。`,
  },
  index: {
    hans: `虚线为100（与基数持平）；超过${INDEX_CAP}的在${INDEX_CAP}处截断，以折断符号标出，数值写在条末；“≥”“≤”为底线目标。`,
    hant: `虛線為100（與基數持平）；超過${INDEX_CAP}的在${INDEX_CAP}處截斷，以折斷符號標出，數值寫在條末；「≥」「≤」為底線目標。`,
  },
};

const words = (w: Words) => (document.documentElement.lang === 'zh-Hant' ? w.hant : w.hans);

/** The swatches a chart uses, in legend order. */
function used(spec: ChartSpec): Set<Swatch> {
  if (spec.kind === 'attainment') return new Set(spec.bars.map((b) => (b.basisChanged ? 'grey' : b.met ? 'blue' : 'orange')));
  const course = { improve: 'blue', hold: 'sky', same: 'grey', decline: 'orange' } as const;
  return new Set(spec.groups.flatMap((g) => g.points.map((p) => course[p.course])));
}

function list(className: string, items: string[]): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = className;
  for (const text of items) {
    const li = document.createElement('li');
    li.textContent = text;
    ul.append(li);
  }
  return ul;
}

export function legend(spec: ChartSpec): HTMLElement[] {
  const present = used(spec);
  const entries = LEGEND[spec.kind].filter(([s]) => present.has(s));
  const ul = list(
    'chart-legend',
    entries.map(([, w]) => words(w)),
  );
  entries.forEach(([s], i) => {
    (ul.children[i] as HTMLElement).dataset.colour = s;
  });
  const scale = document.createElement('p');
  scale.className = 'chart-note';
  scale.textContent = words(SCALE[spec.kind]);
  return [ul, scale];
}

/** The flagged figures (※) and the indicators not drawn, each with its reason. */
export function notes(spec: ChartSpec): HTMLElement[] {
  const out: HTMLElement[] = [];
  const drawn = spec.kind === 'attainment' ? spec.bars : spec.groups.flatMap((g) => g.points);
  const flagged = drawn.filter((d) => d.caveats.length > 0);
  if (flagged.length)
    out.push(
      list(
        'chart-caveats',
        flagged.map((d) => `※ ${d.label}：${d.caveats.join('；')}`),
      ),
    );
  if (spec.excluded.length) {
    const p = document.createElement('p');
    p.className = 'chart-excluded-title';
    p.textContent = words({ hans: `未绘入图中的指标（${spec.excluded.length}项）：`, hant: `未繪入圖中的指標（${spec.excluded.length}項）：` });
    out.push(
      p,
      list(
        'chart-excluded',
        spec.excluded.map((e) => `${e.label}：${e.reason}`),
      ),
    );
  }
  return out;
}
