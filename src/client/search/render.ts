/** DOM helpers for search results: text only (textContent and <mark>), never HTML strings. */
import type { Segment } from '../../lib/search/highlight.ts';
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

/** Headings around a passage, shortened, joined by ›. */
export function pathText(path: readonly string[], max = 18): string {
  return path.map((h) => (Array.from(h).length > max ? `${Array.from(h).slice(0, max).join('')}…` : h)).join(' › ');
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
