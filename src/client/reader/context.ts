/**
 * The context bar: where the reader is, "plan › chapter › section", following the reading
 * position (the scroll-spy's current contents entry). A deep link opened cold otherwise shows
 * neither the plan nor the chapter, and on a phone the sticky bar said only 目录. A breadcrumb
 * <nav>: each step is a link to its place. It sits at the head of the contents column (beside
 * the text on wide screens, in the sticky contents bar on phones) and is built from the
 * contents, so it adds nothing to the page without JavaScript.
 */
import type { Script } from '../../lib/plan-types.ts';
import { readerText as t } from '../i18n.ts';

/** Chapters and sections only: an article would make the bar too long to read at a glance. */
const LEVELS = 2;

function step(href: string, text: string, current: boolean): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  a.title = text;
  if (current) a.setAttribute('aria-current', 'location');
  li.append(a);
  return li;
}

/** The contents entries from the top level down to `link` (articles left out). */
function chain(link: HTMLAnchorElement | undefined): HTMLAnchorElement[] {
  const out: HTMLAnchorElement[] = [];
  for (let li = link?.closest('li'); li?.closest('.toc-list'); li = li.parentElement?.closest('li')) {
    const a = li.querySelector<HTMLAnchorElement>(':scope > a[data-toc-link]');
    if (a && a.dataset.tocLink !== 'top' && !li.classList.contains('toc-article')) out.unshift(a);
  }
  return out.slice(-LEVELS);
}

/** Builds the bar; returns the function the scroll-spy calls with the current entry. */
export function contextBar(script: Script): (link: HTMLAnchorElement | undefined) => void {
  const column = document.querySelector('.reader-toc');
  const head = document.querySelector<HTMLElement>('.plan-head');
  if (!column || !head) return () => {};
  const plan = head.dataset.short || head.querySelector('h1')?.textContent || '';
  const bar = document.createElement('nav');
  bar.className = 'context-bar';
  bar.setAttribute('aria-label', t(script, 'whereAmI'));
  const list = document.createElement('ol');
  bar.append(list);
  column.prepend(bar);
  let shown: HTMLAnchorElement[] | undefined;
  return (link) => {
    const steps = chain(link);
    if (shown && steps.length === shown.length && steps.every((a, i) => a === shown?.[i])) return;
    shown = steps;
    list.replaceChildren(
      step('#top', plan, !steps.length),
      ...steps.map((a, i) => step(a.getAttribute('href') ?? '#top', a.textContent ?? '', i === steps.length - 1)),
    );
  };
}
