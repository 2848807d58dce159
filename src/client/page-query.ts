/**
 * A page whose state is its query string (search, compare, marks on arrival) keeps that
 * query in the address bar and in the script switch's link, so switching script keeps it.
 */

/** Puts `search` ("?q=…" or "") on the script switch's link, keeping its path and fragment. */
export function setSwitchSearch(search: string): void {
  const sw = document.querySelector<HTMLAnchorElement>('a.script-switch');
  if (!sw) return;
  const u = new URL(sw.href, location.href);
  u.search = search;
  sw.setAttribute('href', u.pathname + u.search + u.hash);
}

/** Writes `search` into the URL (a new history entry when `push`) and into the script switch. */
export function writeSearch(search: string, push: boolean): void {
  if (search !== location.search) history[push ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${search}`);
  setSwitchSearch(search);
}
