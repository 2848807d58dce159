/**
 * The place an id names, in the document's own numbering as printed: a plan that prints "三、"
 * is cited "三、", one that prints "第三章" is cited "第三章"; sections as printed "（二）";
 * articles, which run 1. 2. … through the document, as 第7条 (how readers cite them, CONTRACT.md);
 * boxes and tables by their printed label (专栏三, 表一). Unprinted parts name themselves:
 * 第4段 (paragraph), 第3项 (item), 注, 前言, 附件, 图5-1.
 *
 * The printed labels come from the plan's outline (`placeLabels`), so the same function runs
 * at build time and in the browser.
 */
import words from '../i18n/cite.json' with { type: 'json' };
import { formatId, type IdPart, parseId } from '../ids.ts';
import { formatChineseNumeral as cn } from '../numerals.ts';
import { outlineNodes } from '../outline-visit.ts';
import type { OutlineNode } from '../plan-data.ts';
import type { Script } from '../plan-types.ts';

/** id → the label the document prints for it, in one script. */
export type PlaceLabels = Record<string, string>;

export function placeLabels(outline: OutlineNode[], script: Script): PlaceLabels {
  const labels: PlaceLabels = {};
  for (const [n] of outlineNodes(outline)) if (n.label[script]) labels[n.id] = n.label[script];
  return labels;
}

/** The words of a place, written by hand in both scripts (only this area of the dictionary is imported, so the browser bundle stays small). */
const WORDS: Record<Script, Record<string, string>> = words;

/** How a part reads where the outline has no printed label for it (or, for articles, always). */
function unprinted(p: IdPart, w: Record<string, string>): string {
  switch (p.kind) {
    case 'preamble':
      return w.preamble;
    case 'note':
      return w.note;
    case 'annex':
      return `${w.annex}${p.n ?? ''}`;
    case 'part':
      return `第${cn(p.n)}${w.part}`;
    case 'chapter':
      return `第${cn(p.n)}${w.chapter}`;
    case 'section':
      return `（${cn(p.n)}）`;
    case 'article':
      return `第${p.n}${w.article}`;
    case 'box':
      return p.sub === undefined ? `${w.box}${cn(p.n)}` : `${w.box}${p.n}-${p.sub}`;
    case 'table':
      return p.sub === undefined ? `${w.table}${cn(p.n)}` : `${w.table}${p.n}-${p.sub}`;
    case 'figure':
      return p.y === undefined ? `${w.fig}${p.x}` : `${w.fig}${p.x}-${p.y}`;
    case 'item':
      return `第${p.n}${w.item}`;
    case 'paragraph':
      return `第${p.n}${w.para}`;
    case 'duplicate':
      return `（重${p.n}）`;
    case 'other':
      return p.text;
  }
}

/** `c3-s2-p4` → `三、（二）第4段`; `a7-p2` → `第7条第2段`; a segment outside the grammar reads as written. */
export function placeLabel(id: string, labels: PlaceLabels, script: Script): string {
  const segments = id.split('-');
  let used = 0;
  return parseId(id)
    .map((part) => {
      used += formatId([part]).split('-').length;
      const printed = labels[segments.slice(0, used).join('-')];
      // Articles are cited by number (第7条) whatever their printed form (7. or 第七条).
      return printed && part.kind !== 'article' ? printed : unprinted(part, WORDS[script]);
    })
    .join('');
}
