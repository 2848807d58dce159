/**
 * On every page: the script switch goes to the same place in the other script (same path,
 * same #fragment, same reading position) and remembers the choice for the site root.
 * Without JavaScript the switch is a plain link to the same path.
 */
import { fragmentId } from '../lib/url-text.ts';
import { firstVisible, putBack } from './reading-position.ts';

const RESTORE_KEY = 'script-switch-restore';

interface Restore {
  path: string;
  /** The #fragment to put back once the place is restored. */
  hash: string;
  id: string | null;
  offset: number;
  ratio: number;
}

type Reading = Pick<Restore, 'id' | 'offset' | 'ratio'>;

/** The reading position: the first visible block with an id under what is pinned to the top. */
function currentAnchor(): Reading {
  const first = firstVisible(document.querySelectorAll<HTMLElement>('main [id]'));
  const max = document.documentElement.scrollHeight - innerHeight;
  const ratio = max > 0 ? scrollY / max : 0;
  return first ? { id: first.el.id, offset: first.offset, ratio } : { id: null, offset: 0, ratio };
}

/**
 * Below the wide layout the header scrolls away, so a reader deep in a plan goes back up to the
 * switch: the place is then where they were reading before the header came into view, noted
 * each time scrolling pauses with the header out of view. A reader who stays at the top a
 * while is reading the top: that place is forgotten.
 */
const header = document.querySelector('.site-header');
const headerInView = () => (header?.getBoundingClientRect().bottom ?? 0) > 0;
let lastRead: Reading | undefined;
let pause: ReturnType<typeof setTimeout> | undefined;
let forget: ReturnType<typeof setTimeout> | undefined;
addEventListener(
  'scroll',
  () => {
    clearTimeout(pause);
    clearTimeout(forget);
    pause = setTimeout(() => {
      if (!headerInView()) lastRead = currentAnchor();
      else forget = setTimeout(() => (lastRead = undefined), 4000);
    }, 120);
  },
  { passive: true },
);

function wireSwitch(link: HTMLAnchorElement): void {
  link.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    const target = link.dataset.scriptSwitch;
    try {
      if (target) localStorage.setItem('script', target);
      const url = new URL(link.href);
      const reading = headerInView() && lastRead ? lastRead : currentAnchor();
      const restore: Restore = { path: url.pathname, hash: location.hash, ...reading };
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
  if (el) putBack(el, restore.offset);
  else scrollTo({ top: restore.ratio * (document.documentElement.scrollHeight - innerHeight), behavior: 'instant' });
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
