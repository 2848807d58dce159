/**
 * How a chart draws each figure's modifier: a floor (以上, 不低于, 超过) as an arrow pointing on
 * past the bar's end, a ceiling (以内, 不超过, 低于) as a cap with an arrow pointing back, "about"
 * (左右) as dashed whiskers either side of the end, a range as a bar from its low to its high
 * end. Shared by the legend (built with the page) and the drawing (in the browser).
 */
import type { TargetChartSpec } from './chart.ts';
import type { TargetModifier } from './types.ts';

export type Mark = 'point' | 'floor' | 'ceiling' | 'about' | 'range' | 'baseline' | 'aspirational';

export const MARK_OF: Record<TargetModifier, Mark> = {
  point: 'point',
  about: 'about',
  'at-least': 'floor',
  'more-than': 'floor',
  'at-most': 'ceiling',
  'less-than': 'ceiling',
  range: 'range',
};

const ORDER: readonly Mark[] = ['point', 'floor', 'ceiling', 'about', 'range', 'baseline', 'aspirational'];

/** The marks one chart uses, in legend order. */
export function chartMarks(spec: TargetChartSpec): Mark[] {
  const used = new Set<Mark>();
  for (const b of spec.bars) {
    used.add(b.low !== undefined && b.high !== undefined ? 'range' : MARK_OF[b.modifier]);
    if (b.baseline !== undefined) used.add('baseline');
    if (b.aspirational) used.add('aspirational');
  }
  return ORDER.filter((m) => used.has(m));
}
