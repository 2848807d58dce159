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
 */
interface Place {
  y: number;
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

function save(): void {
  const place: Place = {
    y: Math.round(scrollY),
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
  setTimeout(() => scrollTo({ top: place.y, behavior: 'instant' }), 0);
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
