/**
 * Back to where you were, on pages that draw their content after load (search results,
 * compare). The browser restores the scroll position before the results exist, so a reader
 * coming back from a passage landed at the top with every group collapsed. Such a page calls
 * keepPlace() once, and restorePlace() once its first full render is in the document: on a
 * back/forward (or reload) visit, the open <details>, the expanded groups and the scroll
 * position saved when the reader left are put back. State lives in sessionStorage, keyed by
 * the page's URL, so each search or comparison keeps its own place.
 *
 * An expandable group carries `data-place-key`; once expanded it gets `data-expanded`, and its
 * button `data-expand` is what restoring presses again.
 *
 * The place is the reading position (./reading-position.ts): the first link or summary in view,
 * by its order and href, and its offset from the view's top — not the scroll offset, which
 * depends on everything above it being painted already. Layout may still move after the
 * restore (groups painted in later frames, fonts, charts): for a short while the anchor is held
 * at its offset, until the reader scrolls.
 */
import { firstVisible, putBack } from './reading-position.ts';

interface Anchor {
  /** Its index among the page's anchors (ANCHORS) and its href, to check it is the same one. */
  index: number;
  href: string;
  offset: number;
}

interface Place {
  y: number;
  anchor?: Anchor;
  /** open state of each <details> in the main region, in document order */
  open: boolean[];
  /** `data-place-key`s of the expanded groups */
  expanded: string[];
  /** how many groups were on the page (a page that paints groups in batches paints as many again) */
  shown: number;
}

const PREFIX = 'place:';
const LAST_SEARCH = 'last-search';
const key = () => PREFIX + location.pathname + location.search;

function store(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined; // storage blocked: the page simply starts fresh
  }
}

function details(): HTMLDetailsElement[] {
  return [...document.querySelectorAll<HTMLDetailsElement>('main details')];
}

/** What can be a reader's place on these pages: each result, line and group heading. */
const ANCHORS = 'main a[href], main summary';
const anchors = () => [...document.querySelectorAll<HTMLElement>(ANCHORS)];
const hrefOf = (el: Element) => el.getAttribute('href') ?? el.textContent ?? '';

function anchorNow(): Anchor | undefined {
  const all = anchors();
  const first = firstVisible(all);
  return first && { index: all.indexOf(first.el), href: hrefOf(first.el), offset: Math.round(first.offset) };
}

/** The saved anchor in the page as painted again: the same index, else the same href nearest to it. */
function find(a: Anchor): HTMLElement | undefined {
  const all = anchors();
  if (all[a.index] && hrefOf(all[a.index]) === a.href) return all[a.index];
  const same = all.map((el, i) => [el, Math.abs(i - a.index)] as const).filter(([el]) => hrefOf(el) === a.href);
  return same.sort((x, y) => x[1] - y[1])[0]?.[0];
}

/** How long the anchor is held in place after a restore, unless the reader scrolls first. */
const HOLD_MS = 3000;

function hold(a: Anchor): void {
  const until = performance.now() + HOLD_MS;
  let stopped = false;
  const stop = () => (stopped = true);
  const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  for (const ev of inputs) addEventListener(ev, stop, { once: true, passive: true });
  const frame = () => {
    if (stopped || performance.now() > until) {
      for (const ev of inputs) removeEventListener(ev, stop);
      return;
    }
    const el = find(a);
    if (el && Math.abs(el.getBoundingClientRect().top - a.offset) > 1) putBack(el, a.offset);
    requestAnimationFrame(frame);
  };
  frame();
}

function save(): void {
  const place: Place = {
    y: Math.round(scrollY),
    anchor: anchorNow(),
    open: details().map((d) => d.open),
    expanded: [...document.querySelectorAll<HTMLElement>('main [data-place-key][data-expanded]')].map((e) => e.dataset.placeKey ?? ''),
    shown: document.querySelectorAll('main [data-place-key]').length,
  };
  try {
    store()?.setItem(key(), JSON.stringify(place));
  } catch {
    /* quota: nothing to keep */
  }
}

let pending = false;

/** Saves the place whenever the reader leaves the page (including into the back/forward cache). */
export function keepPlace(): void {
  addEventListener('pagehide', save);
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  pending = nav?.type === 'back_forward' || nav?.type === 'reload';
  // The page puts the scroll position back itself, once its content exists.
  if (pending && 'scrollRestoration' in history) history.scrollRestoration = 'manual';
}

function read(): Place | undefined {
  try {
    const place = JSON.parse(store()?.getItem(key()) ?? 'null') as Place | null;
    return place && typeof place.y === 'number' && Array.isArray(place.open) && Array.isArray(place.expanded)
      ? { ...place, shown: typeof place.shown === 'number' ? place.shown : 0 }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The place saved when the reader left, if this visit is a return to it (not yet restored). */
export function returning(): Place | undefined {
  return pending ? read() : undefined;
}

/** After the first full render: the saved place, once per page load (later renders are the reader's own). */
export function restorePlace(): void {
  if (!pending) return;
  pending = false;
  const place = read();
  if (!place) return;
  for (const k of place.expanded) {
    const group = [...document.querySelectorAll<HTMLElement>('main [data-place-key]')].find((e) => e.dataset.placeKey === k);
    group?.querySelector<HTMLElement>('[data-expand]')?.click();
  }
  details().forEach((d, i) => {
    if (i < place.open.length && d.open !== place.open[i]) d.open = place.open[i];
  });
  // Opening a <details> fills it on its toggle event, which fires after this task.
  setTimeout(() => {
    const el = place.anchor && find(place.anchor);
    if (el && place.anchor) hold(place.anchor);
    else scrollTo({ top: place.y, behavior: 'instant' });
  }, 0);
}

/** The search page remembers its full state (filters included) for "back to the results". */
export function rememberSearch(search: string): void {
  try {
    store()?.setItem(LAST_SEARCH, search);
  } catch {
    /* nothing to remember */
  }
}

/** The last search page state, if its query is `q`. */
export function lastSearch(q: string, parse: (search: string) => string): string | undefined {
  const search = store()?.getItem(LAST_SEARCH) ?? undefined;
  return search !== undefined && parse(search).trim() === q.trim() ? search : undefined;
}
