/**
 * What a chart says in words, beside the canvas: its legend (only the colours it uses), how to
 * read the scale, the flagged figures and the indicators it does not draw. Shared by the frame
 * (index.ts, loaded with the page) and the drawing (draw.ts, loaded when a chart comes near).
 */
import type { ChartSpec } from '../../lib/chart-spec.ts';
import { pageScript, chartText as t } from '../i18n.ts';

const script = pageScript();

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const COLOURS = { blue: '#0072B2', sky: '#56B4E9', orange: '#E69F00', grey: '#999999' } as const;
export type Swatch = keyof typeof COLOURS;

/** Bars beyond these are cut at the axis end, marked and labelled with their value. */
export const CAP = 200;
export const INDEX_CAP = 300;

/** A label whose figure carries a caveat ends in ※, explained below the chart. */
export const markLabel = (label: string, caveats: readonly string[]): string => (caveats.length ? `${label} ※` : label);

type ChartKey = Parameters<typeof t>[1];
const LEGEND: Record<ChartSpec['kind'], [Swatch, ChartKey][]> = {
  attainment: [
    ['blue', 'met'],
    ['orange', 'missed'],
    ['grey', 'basisChanged'],
  ],
  index: [
    ['blue', 'improving'],
    ['sky', 'holding'],
    ['grey', 'unchanged'],
    ['orange', 'worsening'],
  ],
};

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
    entries.map(([, key]) => t(script, key)),
  );
  entries.forEach(([s], i) => {
    (ul.children[i] as HTMLElement).dataset.colour = s;
  });
  const scale = document.createElement('p');
  scale.className = 'chart-note';
  scale.textContent = spec.kind === 'attainment' ? t(script, 'scaleAttainment', CAP) : t(script, 'scaleIndex', INDEX_CAP);
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
        flagged.map((d) => t(script, 'flagged', d.label, d.caveats.join(t(script, 'flagSeparator')))),
      ),
    );
  if (spec.excluded.length) {
    const p = document.createElement('p');
    p.className = 'chart-excluded-title';
    p.textContent = t(script, 'excludedTitle', spec.excluded.length);
    out.push(
      p,
      list(
        'chart-excluded',
        spec.excluded.map((e) => t(script, 'excludedItem', e.label, e.reason)),
      ),
    );
  }
  return out;
}
