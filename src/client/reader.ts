/**
 * The plan page, enhanced: the cite box follows the place last linked (the permalink controls
 * and article numbers open the link / cite popover, ./cite-popover.ts), the table of contents stays open beside the text on wide
 * screens and marks where the reader is. Reading never depends on any of this.
 */
import { type CiteSource, gbt7714, type PlaceLabels, placeLabel } from '../lib/citation/index.ts';
import { fragmentId } from '../lib/url-text.ts';
import { pageScript, readerText as t } from './i18n.ts';
import { phoneDrawer } from './reader/drawer.ts';
import { contextBar } from './reader/context.ts';
import { watchFragment } from './reader/fragment.ts';

const article = document.querySelector<HTMLElement>('article.plan');
const script = pageScript();
const cite: { source: CiteSource; labels: PlaceLabels } = JSON.parse(article?.dataset.cite ?? '{}');

const toast = document.querySelector<HTMLElement>('[data-toast]');
let toastTimer = 0;
function notify(message: string): void {
  if (!toast) return;
  toast.textContent = message;
  toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (toast.hidden = true), 2400);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const urlFor = (id: string) => `${location.origin}${location.pathname}#${id}`;
const today = () => new Date().toISOString().slice(0, 10);

/** The cite box names the place of the current fragment. */
function updateCitation(): void {
  const box = document.querySelector('[data-cite-text]');
  if (!box) return;
  const id = fragmentId(location.hash);
  const valid = id && id !== 'top' && document.getElementById(id);
  box.textContent = gbt7714(
    cite.source,
    { url: valid ? urlFor(id) : `${location.origin}${location.pathname}`, place: valid ? placeLabel(id, cite.labels, script) : '', accessed: today() },
    script,
  );
}

const copyCite = document.querySelector<HTMLButtonElement>('[data-copy-cite]');
if (copyCite) {
  copyCite.hidden = false;
  copyCite.addEventListener('click', async () => {
    const text = document.querySelector('[data-cite-text]')?.textContent ?? '';
    notify((await copy(text)) ? t(script, 'citeCopied') : t(script, 'copyFailed'));
  });
}

addEventListener('hashchange', () => {
  for (const e of document.querySelectorAll('.is-target')) e.classList.remove('is-target');
  updateCitation();
});
updateCitation();

// The drawer stays open beside the text on wide screens.
const drawer = document.querySelector<HTMLDetailsElement>('[data-toc]');
const wide = matchMedia('(min-width: 64rem)');
const syncDrawer = () => {
  if (drawer) drawer.open = wide.matches;
};
syncDrawer();
wide.addEventListener('change', syncDrawer);
// On a phone: a backdrop; a tap on it, Esc or choosing an entry closes the drawer.
if (drawer) phoneDrawer(drawer, wide);

// A fragment that names nothing here: say so, and offer the contents.
watchFragment(script, () => {
  if (!drawer) return;
  drawer.open = true;
  const entry = drawer.querySelector<HTMLAnchorElement>('.toc-list a');
  entry?.focus();
  entry?.scrollIntoView({ block: 'nearest' });
});
const showContext = contextBar(script);

// Scroll-spy: the heading nearest above the top of the view is the current position.
const links = new Map<string, HTMLAnchorElement>();
for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')) links.set(a.dataset.tocLink ?? '', a);
const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((e): e is HTMLElement => e !== null);
let current: HTMLAnchorElement | undefined;
function spy(): void {
  // Below what is stuck across the top: the header, and on phones the contents bar too (a
  // heading reached through the contents lands just under it and is the current one).
  const stuck = wide.matches ? document.querySelector('.site-header') : (drawer?.querySelector('summary') ?? document.querySelector('.site-header'));
  const line = (stuck?.getBoundingClientRect().bottom ?? 0) + 24;
  // At the very end of the page the last headings can never reach the line: take the last one in view.
  const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
  const limit = atEnd ? innerHeight : line;
  let active: HTMLElement | undefined;
  for (const h of headings) {
    if (h.getBoundingClientRect().top <= limit) active = h;
    else break;
  }
  const link = links.get(active?.id ?? 'top');
  showContext(link);
  if (link === current) return;
  current?.removeAttribute('aria-current');
  link?.setAttribute('aria-current', 'location');
  current = link;
  if (link && drawer?.open && wide.matches) {
    const list = drawer.querySelector('.toc-list');
    const r = link.getBoundingClientRect();
    const lr = list?.getBoundingClientRect();
    if (list && lr && (r.top < lr.top || r.bottom > lr.bottom)) list.scrollTop += r.top - lr.top - lr.height / 3;
  }
}
let ticking = false;
addEventListener(
  'scroll',
  () => {
    if (ticking) return;
    ticking = true;
    requestAnimationFrame(() => {
      ticking = false;
      spy();
    });
  },
  { passive: true },
);
spy();
addEventListener('load', () => requestAnimationFrame(spy), { once: true });

// On a touch screen a paragraph's permalink shows when the paragraph is tapped (base.css).
const body = document.querySelector('.plan-body');
body?.addEventListener('click', (event) => {
  const target = event.target as Element;
  if (target.closest('a, button') || !getSelection()?.isCollapsed) return;
  const block = target.closest('p[id], .note[id]');
  for (const e of body.querySelectorAll('.show-link')) if (e !== block) e.classList.remove('show-link');
  block?.classList.toggle('show-link');
});

// On paper the citation (with the permalink of the place) is printed on the first page.
const citeBox = document.querySelector<HTMLDetailsElement>('[data-cite-box]');
let citeWasOpen = false;
addEventListener('beforeprint', () => {
  citeWasOpen = citeBox?.open ?? false;
  if (citeBox) citeBox.open = true;
});
addEventListener('afterprint', () => {
  if (citeBox) citeBox.open = citeWasOpen;
});
