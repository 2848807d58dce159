/**
 * The reader's place on a page as something that survives a new layout: the first visible
 * block under whatever is pinned to the top of the view (the header on desktop, the contents
 * bar on a phone), and how far below the view's top it is. A scroll position alone does not
 * survive a page painted after load nor the other script's page; an element does.
 *
 * Hidden elements are never the place: an element with no box reads top 0, which on a phone
 * (where the header scrolls away) is "below the header" and sent the switch to the top.
 */

/** How far down the view is covered by something pinned to its top (sticky or fixed bars). */
export function coveredTop(): number {
  let covered = 0;
  for (const el of document.querySelectorAll<HTMLElement>('body > header, .site-header, .reader-toc, .context-bar')) {
    const position = getComputedStyle(el).position;
    if (position !== 'sticky' && position !== 'fixed') continue;
    const r = el.getBoundingClientRect();
    // Pinned now: at the top edge, not further down the page.
    if (r.height > 0 && r.top <= 1 && r.bottom > covered && r.bottom < innerHeight / 2) covered = r.bottom;
  }
  return covered;
}

/** Has a box on screen (not display:none, not in a closed <details>, not visibility:hidden). */
export function shown(el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  return getComputedStyle(el).visibility !== 'hidden';
}

/**
 * The first of `candidates` (in document order) that is shown and whose top is at or below the
 * covered top, or, when a block taller than the view spans it, that block.
 */
export function firstVisible<E extends Element>(candidates: Iterable<E>): { el: E; offset: number } | undefined {
  const edge = coveredTop();
  let spanning: { el: E; offset: number } | undefined;
  for (const el of candidates) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.top >= edge - 1) return r.top < innerHeight ? { el, offset: r.top } : (spanning ?? { el, offset: r.top });
    if (r.bottom > edge) spanning = { el, offset: r.top };
  }
  return spanning;
}

/** Scrolls so that `el` is `offset` px below the view's top again. */
export function putBack(el: Element, offset: number): void {
  const top = el.getBoundingClientRect().top + scrollY - offset;
  scrollTo({ top: Math.max(0, top), behavior: 'instant' });
}
