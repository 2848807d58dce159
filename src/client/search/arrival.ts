/**
 * Arrival from a search result (`?hl=<query>#<id>`): the query's terms are marked in the
 * target passage, on the exact characters of the page's script, whichever script the query
 * was typed in. Without a fragment (or with one that does not exist) the whole plan is
 * marked and the first mark scrolled into view. A bar offers the way back to the results.
 */
import { originalRanges } from '../../lib/search/highlight.ts';
import { Normaliser } from '../../lib/search/normalise.ts';
import { searchText as t, termList } from '../i18n.ts';
import { setSwitchSearch } from '../page-query.ts';
import { parseQuery } from '../../lib/search/tokens.ts';
import { parseState, stateSearch } from '../../lib/search/url-state.ts';
import { lastSearch } from '../place.ts';
import { capCodePoints, fragmentId } from '../../lib/url-text.ts';
import { config, loadFold } from './load.ts';
import { el } from './render.ts';

/** Not part of the passage's own text: controls, footnote numbers, hidden helpers. */
const SKIP = 'script,style,button,svg,.fnref,[aria-hidden="true"],.visually-hidden,mark.search-hit';

/** Marks every occurrence of `terms` in the text under `root`; returns the marks in order. */
export function markTerms(root: Element, terms: readonly string[], normaliser: Normaliser, ownTextOnly: boolean): HTMLElement[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(n) {
      if (n.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const e = n as Element;
      if (e.matches(SKIP) || (ownTextOnly && e !== root && e.id)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const starts: number[] = [];
  let full = '';
  for (const n of nodes) {
    starts.push(full.length);
    full += n.data;
  }
  const ranges = originalRanges(normaliser.mapped(full), terms);
  const marks: HTMLElement[] = [];
  // Backwards, so that splitting a text node leaves the offsets of earlier ranges intact.
  for (let r = ranges.length - 1; r >= 0; r--) {
    const [s, e] = ranges[r];
    const pieces: HTMLElement[] = [];
    for (let k = nodes.length - 1; k >= 0; k--) {
      const a = Math.max(s, starts[k]) - starts[k];
      const b = Math.min(e, starts[k] + nodes[k].data.length) - starts[k];
      if (b <= a || b <= 0 || a >= nodes[k].data.length) continue;
      let mid = nodes[k];
      if (a > 0) mid = mid.splitText(a);
      if (b - a < mid.data.length) mid.splitText(b - a);
      const mark = el('mark', { class: 'search-hit' });
      mid.before(mark);
      mark.append(mid);
      pieces.unshift(mark);
    }
    marks.unshift(...pieces);
  }
  return marks;
}

function unmark(marks: HTMLElement[]): void {
  for (const m of marks) {
    const parent = m.parentNode;
    if (!parent) continue;
    m.replaceWith(...m.childNodes);
    parent.normalize();
  }
}

export async function arrive(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const q = capCodePoints(params.get('hl') ?? '');
  const cfg = config();
  let fold: Map<string, string>;
  try {
    fold = await loadFold(cfg);
  } catch {
    return; // the page reads fine without marks
  }
  const normaliser = new Normaliser(fold);
  // Only the included terms are marked (an excluded one is in no result).
  const { include } = parseQuery(q, (s) => normaliser.text(s));
  const terms = include.map((x) => x.norm);
  if (!terms.length) return;
  // After the page has settled: the browser's jump to the fragment, and the script switch
  // restoring the reader's place (it puts the fragment back in a frame after load).
  if (document.readyState !== 'complete') await new Promise((r) => addEventListener('load', r, { once: true }));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const id = fragmentId(location.hash);
  const target = id ? document.getElementById(id) : null;
  const scope = target ?? document.querySelector('.plan-body') ?? document.querySelector('main');
  if (!scope) return;
  let marks = markTerms(scope, terms, normaliser, !!target);
  // A passage whose own text does not hold the query (a container): mark inside it.
  if (target && !marks.length) marks = markTerms(target, terms, normaliser, false);
  // The first mark in view, not only the passage's top: on a phone a long passage puts the
  // term screens below its start. A mark already in view under the header stays put.
  const first = marks[0]?.getBoundingClientRect();
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  if (first && (!target || first.top < header || first.bottom > innerHeight)) marks[0].scrollIntoView({ block: 'center' });
  const bar = document.querySelector<HTMLElement>('.search-arrival');
  if (!bar || !marks.length) return;
  // Back to the results as they were left: the search page remembers its filters.
  const search =
    lastSearch(q, (s) => parseState(new URLSearchParams(s), { city: [], type: [] }).q) ?? stateSearch({ q, city: [], type: [], period: [], sort: 'relevance' });
  const back = el('a', { href: cfg.page + search }, t(cfg.script, 'backToResults'));
  // Straight from those results: going back in history also brings back their scroll and groups.
  back.addEventListener('click', (event) => {
    if (document.referrer === back.href && history.length > 1 && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
      event.preventDefault();
      history.back();
    }
  });
  const clear = el('button', { type: 'button' }, t(cfg.script, 'clearMarks'));
  // The script switch keeps the marks: the other script's page marks the same query.
  setSwitchSearch(`?hl=${encodeURIComponent(q)}`);
  clear.addEventListener('click', () => {
    unmark(marks);
    bar.hidden = true;
    const url = new URL(location.href);
    url.searchParams.delete('hl');
    history.replaceState(history.state, '', url);
    setSwitchSearch('');
  });
  bar.replaceChildren(el('span', { role: 'status' }, t(cfg.script, 'arrival', termList(include.map((x) => x.label)))), back, clear);
  bar.hidden = false;
}
