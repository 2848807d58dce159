/** DOM helpers for search results: text only (textContent and <mark>), never HTML strings. */
import { CELL, ROW, type Segment } from '../../lib/search/highlight.ts';
import type { Query } from '../../lib/search/tokens.ts';
import type { Script } from '../../lib/plan-types.ts';
import { capCodePoints } from '../../lib/url-text.ts';
import { searchText as t, termList } from '../i18n.ts';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c || c === '') node.append(c);
  return node;
}

/** Segments as text nodes and <mark> elements. */
export function segments(parts: readonly Segment[]): DocumentFragment {
  const f = document.createDocumentFragment();
  for (const s of parts) f.append(s.mark ? el('mark', {}, s.text) : s.text);
  return f;
}

/**
 * A snippet in a <span class=…>: plain text and marks; a table's rows (highlight.ts ROW, CELL)
 * as rows of cells (`sn-row`, `sn-cell`), a space between cells so that the text reads (and
 * copies) as words; a row of one cell (the caption, a category, an ellipsis) as a plain line.
 */
export function snippetNode(className: string, parts: readonly Segment[]): HTMLElement {
  const box = el('span', { class: className });
  if (!parts.some((s) => s.text.includes(ROW) || s.text.includes(CELL))) {
    box.append(segments(parts));
    return box;
  }
  box.classList.add('sn-table');
  const rows: (Node | string)[][][] = [[[]]];
  for (const s of parts) {
    for (const piece of s.text.split(/([\n\t])/)) {
      const row = rows[rows.length - 1];
      if (piece === ROW) rows.push([[]]);
      else if (piece === CELL) row.push([]);
      else if (piece) row[row.length - 1].push(s.mark ? el('mark', {}, piece) : piece);
    }
  }
  for (const row of rows) {
    if (row.length === 1) {
      box.append(el('span', { class: 'sn-line' }, ...row[0]));
      continue;
    }
    const line = el('span', { class: 'sn-row' });
    for (const [i, cell] of row.entries()) line.append(...(i ? [' '] : []), el('span', { class: 'sn-cell' }, ...cell));
    box.append(line);
  }
  return box;
}

/** The article a passage is in (第13条), from its id, when the plan numbers articles. */
function articleOf(script: Script, id: string): string | undefined {
  // The contract's article segment (src/lib/ids.ts: a<k>), read here without the id parser's weight.
  const n = /(?:^|-)a(\d+)(?=-|$)/.exec(id)?.[1];
  return n ? t(script, 'article', Number(n)) : undefined;
}

/** Headings around a passage (the last `keep`), shortened, joined by ›; and its article (第13条). */
export function pathText(script: Script, path: readonly string[], id: string, max = 18, keep = 8): string {
  const article = articleOf(script, id);
  const shown = path.slice(-keep).map((h) => (Array.from(h).length > max ? `${Array.from(h).slice(0, max).join('')}…` : h));
  return [...shown, ...(article ? [article] : [])].join(' › ');
}

/** The link to a passage that marks the query on arrival. */
export function passageHref(plansBase: string, slug: string, id: string, q: string): string {
  return `${plansBase}${encodeURIComponent(slug)}/?hl=${encodeURIComponent(capCodePoints(q))}#${encodeURIComponent(id)}`;
}

/**
 * How a query is echoed: its included terms as typed, each in the script's quotation marks
 * (a quoted query is never quoted twice), and its exclusions: [terms, "（不含“台州”）"].
 */
export function queryEcho(script: Script, q: Query): [string, string] {
  const labels = (terms: Query['include']) => termList(terms.map((x) => x.label));
  return [labels(q.include), q.exclude.length ? t(script, 'excluding', labels(q.exclude)) : ''];
}
