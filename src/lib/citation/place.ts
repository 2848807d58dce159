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
import type { OutlineNode } from '../plan-data.ts';
import type { Script } from '../plan-types.ts';

/** id → the label the document prints for it, in one script. */
export type PlaceLabels = Record<string, string>;

export function placeLabels(outline: OutlineNode[], script: Script): PlaceLabels {
  const labels: PlaceLabels = {};
  const walk = (nodes: OutlineNode[]) => {
    for (const n of nodes) {
      if (n.label[script]) labels[n.id] = n.label[script];
      walk(n.children);
    }
  };
  walk(outline);
  return labels;
}

const WORDS: Record<Script, Record<'preamble' | 'annex' | 'note' | 'para' | 'item' | 'article' | 'fig', string>> = {
  hans: { preamble: '前言', annex: '附件', note: '注', para: '段', item: '项', article: '条', fig: '图' },
  hant: { preamble: '前言', annex: '附件', note: '註', para: '段', item: '項', article: '條', fig: '圖' },
};

/** One id segment: its pattern and how it reads when the outline has no printed label for it. */
const SEGMENT = /^(preamble|annex\d*|note|c\d+|s\d+|a\d+|box\d+|table\d+|fig\d+-\d+|i\d+|p\d+|dup\d+)(?:-|$)/;

function unprinted(seg: string, w: Record<string, string>): string {
  const [, kind, n] = /^([a-z]+)(.*)$/.exec(seg) ?? [];
  switch (kind) {
    case 'preamble':
      return w.preamble;
    case 'annex':
      return `${w.annex}${n}`;
    case 'note':
      return w.note;
    case 'a':
      return `第${n}${w.article}`;
    case 'fig':
      return `${w.fig}${n}`;
    case 'i':
      return `第${n}${w.item}`;
    case 'p':
      return `第${n}${w.para}`;
    case 'dup':
      return `（重${n}）`;
    default:
      return seg;
  }
}

/** `c3-s2-p4` → `三、（二）第4段`; `a7-p2` → `第7条第2段`; an unknown id reads as itself. */
export function placeLabel(id: string, labels: PlaceLabels, script: Script): string {
  const w = WORDS[script];
  const parts: string[] = [];
  let rest = id;
  let prefix = '';
  while (rest) {
    const m = SEGMENT.exec(rest);
    if (!m) return id;
    const seg = m[1];
    prefix = prefix ? `${prefix}-${seg}` : seg;
    rest = rest.slice(m[0].length);
    const printed = labels[prefix];
    // Articles are cited by number (第7条) whatever their printed form (7. or 第七条).
    parts.push(printed && !/^a\d/.test(seg) ? printed : unprinted(seg, w));
  }
  return parts.join('');
}
