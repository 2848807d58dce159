/**
 * The contents drawer on a phone (below the wide layout, where it is not kept open beside the
 * text): while open, a backdrop covers the page under it; a tap on the backdrop or Esc closes
 * it and puts focus back on 目录, the control that opened it. Choosing an entry closes it too
 * (focus then follows the link). Without JavaScript the drawer is a plain <details>.
 */
export function phoneDrawer(drawer: HTMLDetailsElement, wide: MediaQueryList): void {
  const summary = drawer.querySelector('summary');
  const backdrop = document.createElement('div');
  backdrop.className = 'toc-backdrop';
  backdrop.hidden = true;
  // Under the sticky contents bar (z-index 10), over the page.
  (drawer.closest('.reader-toc') ?? drawer.closest('nav') ?? drawer).before(backdrop);
  // The toggle event comes a task later: the backdrop follows the drawer at once as well.
  const sync = () => {
    backdrop.hidden = !(drawer.open && !wide.matches);
  };
  const shut = () => {
    drawer.open = false;
    sync();
    summary?.focus({ preventScroll: true });
  };
  backdrop.addEventListener('click', shut);
  drawer.addEventListener('toggle', sync);
  wide.addEventListener('change', sync);
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !drawer.open || wide.matches || e.defaultPrevented) return;
    e.preventDefault();
    shut();
  });
  drawer.addEventListener('click', (event) => {
    if (!wide.matches && (event.target as Element).closest('a')) {
      drawer.open = false;
      sync();
    }
  });
}
