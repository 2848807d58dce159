/**
 * A #fragment that names nothing on the page (a mistyped link, an id from another plan) used
 * to land silently at the top. Now a dismissible notice at the foot of the view (the reader is
 * not moved) says so, offers the nearest place that does exist (c3-s9-p2 → c3-s9 → c3) and
 * the contents.
 */
import type { Script } from '../../lib/plan-types.ts';
import { capCodePoints, fragmentId } from '../../lib/url-text.ts';
import { readerText as t } from '../i18n.ts';

/** The nearest existing ancestor of a contract id, by dropping its last parts. */
export function nearestId(id: string, exists: (id: string) => boolean): string | undefined {
  let rest = id;
  while (rest.includes('-')) {
    rest = rest.slice(0, rest.lastIndexOf('-'));
    if (exists(rest)) return rest;
  }
  return undefined;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/** Checks the fragment now and on every change; `openContents` shows and focuses the contents. */
export function watchFragment(script: Script, openContents: () => void): void {
  const host = document.querySelector('article.plan');
  if (!host) return;
  let notice: HTMLElement | undefined;
  const close = () => {
    notice?.remove();
    notice = undefined;
  };
  const check = () => {
    close();
    const id = fragmentId(location.hash);
    if (!id || document.getElementById(id)) return;
    notice = document.createElement('div');
    notice.className = 'fragment-notice';
    notice.setAttribute('role', 'status');
    const text = document.createElement('p');
    text.textContent = t(script, 'missingFragment', capCodePoints(id, 60));
    notice.append(text);
    const near = nearestId(id, (x) => document.getElementById(x) !== null);
    const label = near && document.querySelector(`[data-toc-link="${CSS.escape(near)}"]`)?.textContent;
    if (near) {
      const p = document.createElement('p');
      const a = document.createElement('a');
      a.href = `#${near}`;
      a.textContent = label || `#${near}`;
      p.append(t(script, 'nearest'), a);
      notice.append(p);
    }
    const actions = document.createElement('p');
    actions.className = 'fragment-actions';
    actions.append(button(t(script, 'openContents'), openContents), button(t(script, 'dismiss'), close));
    notice.append(actions);
    host.prepend(notice);
  };
  addEventListener('hashchange', check);
  check();
}
