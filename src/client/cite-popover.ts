/**
 * "Link / cite" at every paragraph, heading, article, box and table of a plan page: the `#`
 * control and an article's or item's printed number (7.) both open a small popover with
 * the share link (the passage's own section page, whose title, description and image make a
 * link preview), the place link beside it (the plan page at #id), the system share sheet on a
 * phone where the browser has one, copy citation (GB/T 7714, the place and today's date filled
 * in), copy BibTeX, and the passage's own page. The place goes into the address bar and is marked, as a link would.
 * Keyboard: the controls are links (Enter opens), focus moves into the popover, Escape or a
 * click elsewhere closes it and returns focus to the control. Without JavaScript both controls
 * are plain links to the place.
 */
import { type CiteSource, bibtex, gbt7714, type PlaceLabels, placeLabel } from '../lib/citation/index.ts';
import { pageScript, shareText, readerText as t } from './i18n.ts';
import { fragmentId } from '../lib/url-text.ts';

interface CiteData {
  source: CiteSource;
  labels: PlaceLabels;
  /** Ids that have a page of their own (chapters, sections, articles, boxes, tables). */
  pages: string[];
}

const article = document.querySelector<HTMLElement>('article.plan');
const script = pageScript();
const data: CiteData | undefined = article?.dataset.cite ? JSON.parse(article.dataset.cite) : undefined;
const pages = new Set(data?.pages ?? []);

const say = {
  title: t(script, 'citeTitle'),
  link: t(script, 'copyLink'),
  share: shareText(script, 'shareLink'),
  shareHint: shareText(script, 'shareLinkHint'),
  place: shareText(script, 'placeLink'),
  system: shareText(script, 'share'),
  shareDone: shareText(script, 'shareCopied'),
  placeDone: shareText(script, 'placeCopied'),
  cite: t(script, 'copyCitation'),
  bib: t(script, 'copyBibtex'),
  page: t(script, 'openSection'),
  close: t(script, 'close'),
  linkDone: t(script, 'linkCopied'),
  citeDone: t(script, 'citeCopied'),
  bibDone: t(script, 'bibtexCopied'),
  failed: t(script, 'copyFailedText'),
};

const urlFor = (id: string) => `${location.origin}${location.pathname}#${id}`;
/** The section page of `own` (an id with a page of its own), the link that previews well. */
const pageUrlFor = (own: string) => `${location.origin}${location.pathname}${own}/`;
/** The system share sheet: offered where the browser has one and the device is touch-first (a phone). */
const systemShare = () => typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;
const today = () => new Date().toISOString().slice(0, 10);

/** The nearest id at or above `id` that has its own page: c3-s2-p4 → c3-s2, a7-p2 → a7. */
export function pageOf(id: string, has: (id: string) => boolean): string | undefined {
  const parts = id.split('-');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('-');
    if (has(candidate)) return candidate;
  }
  return undefined;
}

let pop: HTMLElement | undefined;
let trigger: HTMLElement | undefined;

function close(returnFocus: boolean): void {
  if (!pop || pop.hidden) return;
  pop.hidden = true;
  if (returnFocus) trigger?.focus();
}

function button(label: string, act: string, title?: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'button';
  b.textContent = label;
  b.dataset.act = act;
  if (title) b.title = title;
  return b;
}

function popover(): HTMLElement {
  if (pop) return pop;
  pop = document.createElement('div');
  pop.className = 'cite-pop';
  pop.setAttribute('role', 'dialog');
  pop.hidden = true;
  pop.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    }
  });
  pop.addEventListener('focusout', (e) => {
    if (!pop?.contains(e.relatedTarget as Node | null) && e.relatedTarget !== trigger) close(false);
  });
  document.body.append(pop);
  document.addEventListener('click', (e) => {
    const t = e.target as Node;
    if (pop && !pop.hidden && !pop.contains(t) && !trigger?.contains(t)) close(false);
  });
  return pop;
}

function toast(message: string): void {
  const el = document.querySelector<HTMLElement>('[data-toast]');
  if (!el) return;
  el.textContent = message;
  el.hidden = false;
  window.setTimeout(() => (el.hidden = true), 2400);
}

async function copy(text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    toast(done);
  } catch {
    toast(say.failed);
  }
}

function open(control: HTMLElement, id: string): void {
  if (!data) return;
  trigger = control;
  const place = placeLabel(id, data.labels, script);
  const target = { url: urlFor(id), place, accessed: today() };
  const citation = gbt7714(data.source, target, script);
  const p = popover();
  p.setAttribute('aria-label', `${say.title}：${place}`);
  const heading = document.createElement('p');
  heading.className = 'cite-pop-place';
  heading.textContent = place;
  const text = document.createElement('p');
  text.className = 'cite-pop-text';
  text.textContent = citation;
  const actions = document.createElement('div');
  actions.className = 'cite-pop-actions';
  const own = pageOf(id, (x) => pages.has(x));
  // With a section page: its link to share, the place in the whole plan beside it.
  const shareUrl = own ? pageUrlFor(own) : urlFor(id);
  if (own) actions.append(button(say.share, 'share', say.shareHint), button(say.place, 'link', shareText(script, 'placeLinkHint', id)));
  else actions.append(button(say.link, 'link'));
  if (systemShare()) actions.append(button(say.system, 'system'));
  actions.append(button(say.cite, 'cite'), button(say.bib, 'bib'));
  if (own) {
    const a = document.createElement('a');
    a.href = `${location.pathname}${own}/`;
    a.textContent = say.page;
    actions.append(a);
  }
  const x = button('×', 'close');
  x.classList.add('cite-pop-close');
  x.setAttribute('aria-label', say.close);
  p.replaceChildren(x, heading, actions, text);
  p.onclick = (e) => {
    const act = (e.target as HTMLElement).closest<HTMLElement>('[data-act]')?.dataset.act;
    if (act === 'share') void copy(shareUrl, say.shareDone);
    if (act === 'link') void copy(urlFor(id), own ? say.placeDone : say.linkDone);
    if (act === 'system') void navigator.share({ title: document.title, text: place, url: shareUrl }).catch(() => undefined);
    if (act === 'cite') void copy(citation, say.citeDone);
    if (act === 'bib') void copy(bibtex(data.source, target, id, script), say.bibDone);
    if (act === 'close') close(true);
  };
  p.hidden = false;
  // Below the control, kept inside the view.
  const r = control.getBoundingClientRect();
  const width = Math.min(352, innerWidth - 16);
  p.style.width = `${width}px`;
  p.style.left = `${Math.max(8, Math.min(r.left + scrollX, scrollX + innerWidth - width - 8))}px`;
  // Below the control when it fits, else above it when that fits, else below and scrolled into view.
  const height = p.getBoundingClientRect().height;
  const edge = Math.max(0, document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0);
  const above = r.bottom + 6 + height > innerHeight && r.top - 6 - height >= edge;
  p.style.top = `${(above ? r.top - 6 - height : r.bottom + 6) + scrollY}px`;
  if (!above) p.scrollIntoView({ block: 'nearest' });
  (p.querySelector('[data-act="share"], [data-act="link"]') as HTMLElement).focus({ preventScroll: true });
}

// The # control and the printed number of an article or item: both mark the place and open the popover.
document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest<HTMLAnchorElement>('a.permalink, a.num-link');
  if (!control || !data) return;
  event.preventDefault();
  const id = fragmentId(control.hash);
  if (!id) return;
  history.replaceState(history.state, '', `#${id}`);
  // As if the fragment had been followed: the reader's cite box follows the place.
  dispatchEvent(new HashChangeEvent('hashchange'));
  for (const e of document.querySelectorAll('.is-target')) e.classList.remove('is-target');
  document.getElementById(id)?.classList.add('is-target');
  open(control, id);
});
