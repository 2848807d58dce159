/**
 * On every page: the script switch goes to the same place in the other script (same path,
 * same #fragment, same scroll position) and remembers the choice for the site root.
 * Without JavaScript the switch is a plain link to the same path.
 */
import { fragmentId } from '../lib/url-text.ts';

const RESTORE_KEY = 'script-switch-restore';

interface Restore {
  path: string;
  /** The #fragment to put back once the place is restored. */
  hash: string;
  id: string | null;
  offset: number;
  ratio: number;
}

/** The first element with an id whose top is below the sticky header: the reader's place. */
function currentAnchor(): { id: string | null; offset: number } {
  // On narrow screens the header scrolls away: then the view's top is the line to pass.
  const headerBottom = Math.max(0, document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0);
  const candidates = document.querySelectorAll<HTMLElement>('main [id]');
  for (const el of candidates) {
    const top = el.getBoundingClientRect().top;
    if (top >= headerBottom - 1) return { id: el.id, offset: top };
  }
  return { id: null, offset: 0 };
}

function wireSwitch(link: HTMLAnchorElement): void {
  link.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    const target = link.dataset.scriptSwitch;
    try {
      if (target) localStorage.setItem('script', target);
      const url = new URL(link.href);
      const anchor = currentAnchor();
      const max = document.documentElement.scrollHeight - innerHeight;
      const restore: Restore = { path: url.pathname, hash: location.hash, id: anchor.id, offset: anchor.offset, ratio: max > 0 ? scrollY / max : 0 };
      sessionStorage.setItem(RESTORE_KEY, JSON.stringify(restore));
      // Arrive without the fragment, so the browser's jump to it cannot undo the restored
      // place; the fragment is put back right after.
      event.preventDefault();
      location.assign(link.href.split('#')[0]);
    } catch {
      /* storage unavailable (private mode): follow the link with the fragment */
      event.preventDefault();
      location.assign(link.href.split('#')[0] + location.hash);
    }
  });
}

function restorePlace(): void {
  let restore: Restore | null = null;
  try {
    restore = JSON.parse(sessionStorage.getItem(RESTORE_KEY) ?? 'null') as Restore | null;
    sessionStorage.removeItem(RESTORE_KEY);
  } catch {
    return;
  }
  if (!restore || restore.path !== location.pathname) return;
  const el = restore.id ? document.getElementById(restore.id) : null;
  const top = el ? el.getBoundingClientRect().top + scrollY - restore.offset : restore.ratio * (document.documentElement.scrollHeight - innerHeight);
  scrollTo({ top, behavior: 'instant' });
  if (restore.hash) {
    history.replaceState(history.state, '', restore.hash);
    dispatchEvent(new HashChangeEvent('hashchange'));
    document.getElementById(fragmentId(restore.hash))?.classList.add('is-target');
  }
}

document.documentElement.classList.add('js');
document.querySelectorAll<HTMLAnchorElement>('[data-script-switch]').forEach(wireSwitch);
// After the browser's own scroll to the #fragment, which happens at load.
if (document.readyState === 'complete') requestAnimationFrame(restorePlace);
else addEventListener('load', () => requestAnimationFrame(restorePlace), { once: true });
