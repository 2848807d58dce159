/**
 * Results as you type, in a panel under the header box (loaded on first focus). The input is
 * an ARIA combobox: ↑/↓ move through the results, Enter opens one (or, with none chosen,
 * submits to the full results page), Escape closes the panel.
 */
import type { Engine, Hit, Progress, Results } from '../../lib/search/engine.ts';
import { searchText as t } from '../i18n.ts';
import { stateSearch } from '../../lib/search/url-state.ts';
import { config, ready, warm } from './load.ts';
import { el, passageHref, pathText, segments } from './render.ts';

const TOP = 8;
/** Rate limit while typing: the first keystroke searches at once, later ones at most every RATE ms. */
const RATE = 60;

export function attach(form: HTMLFormElement, input: HTMLInputElement): void {
  const cfg = config();
  const { script } = cfg;
  const panel = form.querySelector<HTMLElement>('.search-panel')!;
  const listId = `${input.id}-list`;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  // The panel, not the list: the list exists only while there are results.
  input.setAttribute('aria-controls', panel.id || listId);

  let engine: Engine | undefined;
  let failed = false;
  /** Loading every shard (a corpus too large to fetch on focus): results grow as they arrive. */
  // biome-ignore lint/correctness/noUnusedVariables: read by the ??= guard below, so a second call does not start a second load
  let loadingAll: Promise<unknown> | undefined;
  let progress: Progress | undefined;
  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let shown = '';

  const open = (on: boolean) => {
    panel.hidden = !on;
    input.setAttribute('aria-expanded', String(on));
    if (!on) setActive(-1);
  };

  const setActive = (i: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const o = options[i];
    if (o) {
      o.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', o.id);
      o.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const status = (...children: (Node | string)[]) => el('p', { class: 'sp-status', role: 'status' }, ...children);

  const show = (...children: Node[]) => {
    panel.replaceChildren(...children);
    options = [...panel.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open(true);
  };

  const searchUrl = (q: string, extra: Partial<{ city: string[]; type: string[]; period: number[] }> = {}) =>
    cfg.page + stateSearch({ q, city: extra.city ?? [], type: extra.type ?? [], period: extra.period ?? [], sort: 'relevance' });

  const option = (e: Engine, r: Results, hit: Hit, i: number) => {
    const meta = e.manifest.plans[hit.plan];
    const path = e.path(hit);
    return el(
      'a',
      { role: 'option', id: `${listId}-${i}`, 'aria-selected': 'false', tabindex: '-1', href: passageHref(cfg.plans, meta.slug, e.id(hit), r.query) },
      el('span', { class: 'sp-where' }, `${meta.city[script]}${meta.kindLabel[script]}`, path.length ? ` · ${pathText(path.slice(-2), 14)}` : ''),
      el('span', { class: 'sp-snippet' }, segments(e.snippet(hit, r.terms, { context: 24, windows: 1, span: 80, whole: 72 }))),
    );
  };

  const render = (q: string) => {
    if (!engine) return;
    const r = engine.search(q);
    if (!r.terms.length) return show(status(t(script, 'nothingSearchable')));
    if (!r.complete) loadRest();
    const more = !r.complete && progress ? ` ${t(script, 'loadingProgress', progress.done, progress.total, Math.round(progress.bytesTotal / 1024))}` : '';
    if (!r.plans.length) return show(status(r.complete ? `${t(script, 'noResults', q.trim())} ${t(script, 'noResultsHint')}` : t(script, 'loading') + more));
    const summary = status(t(script, 'summary', q.trim(), r.plans.length, r.hits, r.passages) + more);
    const plans = el(
      'ul',
      { class: 'sp-plans', 'aria-label': t(script, 'results') },
      ...r.plans.map((p) =>
        el(
          'li',
          {},
          el(
            'a',
            {
              href: searchUrl(q, { city: [p.meta.city.hans], type: [p.meta.kind], period: [p.meta.period] }),
              'data-slug': p.meta.slug,
              'data-hits': String(p.hits),
            },
            `${p.meta.city[script]}${p.meta.kindLabel[script]} `,
            el('b', {}, String(p.hits)),
          ),
        ),
      ),
    );
    const list = el(
      'div',
      { role: 'listbox', id: listId, class: 'sp-list', 'aria-label': t(script, 'results') },
      ...engine.top(r, TOP).map((hit, i) => option(engine!, r, hit, i)),
    );
    show(summary, plans, list, el('a', { class: 'sp-all', href: searchUrl(q) }, `${t(script, 'showAll', r.hits)} →`));
  };

  const loadRest = () => {
    let last = 0;
    loadingAll ??= ready(undefined, (p) => {
      progress = p;
      // Re-render as shards arrive, at most a few times a second.
      if (p.done && (p.done === 1 || performance.now() - last > 250) && !panel.hidden) {
        last = performance.now();
        shown = '';
        run();
      }
    }).then(
      () => {
        shown = '';
        if (!panel.hidden) run();
      },
      () => {
        loadingAll = undefined;
        failed = true;
        if (!panel.hidden) showFailed();
      },
    );
  };

  const run = () => {
    const q = input.value;
    if (q === shown && !panel.hidden) return;
    shown = q;
    if (!q.trim()) return open(false);
    if (failed) return showFailed();
    if (!engine) return show(status(t(script, 'loading')));
    render(q);
  };

  const showFailed = () => {
    const retry = el('button', { type: 'button', class: 'sp-retry' }, t(script, 'retry'));
    retry.addEventListener('click', () => {
      failed = false;
      shown = '';
      start();
      input.focus();
    });
    show(status(t(script, 'failed')), retry);
  };

  const start = () => {
    if (input.value.trim()) show(status(t(script, 'loading')));
    warm((p) => {
      if (!engine && input.value.trim() && p.total > 1) show(status(t(script, 'loadingProgress', p.done, p.total, Math.round(p.bytesTotal / 1024))));
    }).then(
      (e) => {
        engine = e;
        shown = '';
        if (document.activeElement === input) run();
      },
      () => {
        failed = true;
        if (input.value.trim()) showFailed();
      },
    );
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let again = false;
  const schedule = () => {
    if (timer) {
      again = true;
      return;
    }
    run();
    timer = setTimeout(function tick() {
      timer = undefined;
      if (again) {
        again = false;
        schedule();
      }
    }, RATE);
  };

  input.addEventListener('input', (e) => {
    if ((e as InputEvent).isComposing) return;
    schedule();
  });
  input.addEventListener('compositionend', schedule);
  input.addEventListener('focus', () => {
    if (input.value.trim()) {
      shown = '';
      run();
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.isComposing) return;
    // A keystroke still waiting for the rate limit is searched now, so that the choice is
    // made among the results of what is in the box.
    if (again && (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'Enter')) {
      again = false;
      run();
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (panel.hidden) {
        if (input.value.trim()) run();
        return;
      }
      if (!options.length) return;
      e.preventDefault();
      const n = options.length;
      setActive(e.key === 'ArrowDown' ? (active + 1) % n : active <= 0 ? n - 1 : active - 1);
    } else if (e.key === 'Enter' && active >= 0 && options[active]) {
      e.preventDefault();
      location.assign(options[active].href);
    } else if (e.key === 'Escape') {
      if (!panel.hidden) {
        e.preventDefault();
        open(false);
      } else if (input.value) {
        e.preventDefault();
        input.value = '';
        shown = '';
      }
    }
  });
  // Clicking inside the panel must not take the focus from the box (which would close it).
  panel.addEventListener('mousedown', (e) => {
    if (!(e.target as Element).closest('button')) e.preventDefault();
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) open(false);
  });

  start();
}
