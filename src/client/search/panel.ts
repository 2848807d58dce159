/**
 * Results as you type, in a panel under the header box (loaded on first focus). The input is
 * an ARIA combobox: ↑/↓ move through the results, Enter opens one (or, with none chosen,
 * submits to the full results page), Escape closes the panel.
 */
import type { Engine, Hit, Results } from '../../lib/search/engine.ts';
import { searchText as t } from '../i18n.ts';
import { stateSearch } from '../../lib/search/url-state.ts';
import { config, failure, loadEngine } from './load.ts';
import { el, passageHref, pathText, queryEcho, snippetNode } from './render.ts';
import { hintConfig, keysNow, loadKeys, targetLinks } from '../targets/hint.ts';

const TOP = 8;
/** Plans listed with their counts (the rest are on the results page). */
const PLANS = 12;
/** Plans whose passages are fetched for the best passages (the counts need none). */
const PASSAGE_PLANS = 3;

export function attach(form: HTMLFormElement, input: HTMLInputElement): void {
  const cfg = config();
  const { script } = cfg;
  const targets = hintConfig();
  const panel = form.querySelector<HTMLElement>('.search-panel')!;
  const listId = `${input.id}-list`;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  // The panel, not the list: the list exists only while there are results.
  input.setAttribute('aria-controls', panel.id || listId);

  let engine: Engine | undefined;
  let failed = false;
  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let shown = '';
  /** Each search's number: a result that is no longer the box's query is dropped. */
  let generation = 0;

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

  /** `state`: loading (nothing to show yet), counted (counts shown, passages coming), done. */
  const show = (state: 'loading' | 'counted' | 'done', ...children: Node[]) => {
    const chosen = options[active]?.getAttribute('href');
    panel.replaceChildren(...children);
    panel.dataset.state = state;
    options = [...panel.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open(true);
    // Painted again for the same query (its passages arrived): the reader's choice stays chosen.
    // A link names its query (?hl=), so another query's results never match.
    const again = chosen ? options.findIndex((o) => o.getAttribute('href') === chosen) : -1;
    if (again >= 0) setActive(again);
  };

  const searchUrl = (q: string, extra: Partial<{ city: string[]; type: string[]; period: number[] }> = {}) =>
    cfg.page + stateSearch({ q, city: extra.city ?? [], type: extra.type ?? [], period: extra.period ?? [], sort: 'relevance' });

  const option = (e: Engine, r: Results, hit: Hit, i: number) => {
    const meta = e.manifest.plans[hit.plan];
    const where = pathText(script, e.path(hit), e.id(hit), 14, 2);
    return el(
      'a',
      { role: 'option', id: `${listId}-${i}`, 'aria-selected': 'false', tabindex: '-1', href: passageHref(cfg.plans, meta.slug, e.id(hit), r.query) },
      el('span', { class: 'sp-where' }, `${meta.city[script]}${meta.kindLabel[script]}`, where ? ` · ${where}` : ''),
      snippetNode('sp-snippet', e.snippet(hit, r.terms, { context: 24, windows: 1, span: 80, whole: 72 })),
    );
  };

  /** Paints the counts at once, and the best passages (`top`) once their text is here. */
  const render = (e: Engine, r: Results, q: string, found?: Hit[]) => {
    if (!r.terms.length) return show('done', status(t(script, r.exclude.length ? 'onlyExclusions' : 'nothingSearchable')));
    const partial = r.partial ? ` ${t(script, 'partial', r.partial.searched, r.partial.total)}` : '';
    const [terms, excluding] = queryEcho(script, r.parsed);
    if (!r.plans.length) return show('done', status(`${t(script, 'noResults', terms, excluding)} ${t(script, 'noResultsHint')}${partial}`));
    const waiting = !found?.every((h) => e.hasText(h));
    const summary = status(t(script, 'summary', terms, r.plans.length, r.hits, r.passages, excluding) + partial);
    const plans = el(
      'ul',
      { class: 'sp-plans', 'aria-label': t(script, 'results') },
      ...r.plans.slice(0, PLANS).map((p) =>
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
      r.plans.length > PLANS ? el('li', { class: 'sp-more' }, t(script, 'morePlans', r.plans.length - PLANS)) : null,
    );
    const top = waiting ? [] : found!;
    const list = el('div', { role: 'listbox', id: listId, class: 'sp-list', 'aria-label': t(script, 'results') }, ...top.map((hit, i) => option(e, r, hit, i)));
    const keys = keysNow();
    const hint =
      keys && targets
        ? targetLinks(
            script,
            targets,
            r.parsed.include.map((p) => p.label),
            keys,
            'sp-status sp-targets',
          )
        : null;
    show(
      waiting ? 'counted' : 'done',
      summary,
      ...(hint ? [hint] : []),
      plans,
      list,
      waiting && !top.length
        ? el('p', { class: 'sp-status' }, t(script, 'loadingPassages'))
        : el('a', { class: 'sp-all', href: searchUrl(q) }, `${t(script, 'showAll', r.hits)} →`),
    );
  };

  const run = async () => {
    const q = input.value;
    if (q === shown && !panel.hidden) return;
    shown = q;
    const mine = ++generation;
    if (!q.trim()) return open(false);
    if (failed) return showFailed();
    if (!engine) return show('loading', status(t(script, 'loading')));
    const e = engine;
    let r: Results;
    try {
      r = await e.search(q);
    } catch {
      if (mine === generation) showFailed();
      return;
    }
    if (mine !== generation) return;
    // The counts at once; the best passages ranked from the index and the plans' passage
    // tables, and only their text fetched (at once when it is already here).
    let top = e.topNow(r, TOP, PASSAGE_PLANS);
    render(e, r, q, top);
    if (top?.every((h) => e.hasText(h))) return;
    try {
      top ??= await e.top(r, TOP, PASSAGE_PLANS);
      await e.fetchText(top);
      if (mine === generation) render(e, r, q, top);
    } catch {
      if (mine === generation) showFailed();
    }
  };

  const showFailed = () => show('done', status(...failure(script, 'sp-retry', retry)));
  const retry = () => {
    failed = false;
    shown = '';
    start();
    input.focus();
  };

  const start = () => {
    // The names of the indicators, for "查看各规划的目标" (a few KB, with the engine).
    if (targets) void loadKeys(targets).catch(() => undefined);
    if (input.value.trim()) show('loading', status(t(script, 'loading')));
    loadEngine(cfg).then(
      (e) => {
        engine = e;
        shown = '';
        if (document.activeElement === input) void run();
      },
      () => {
        failed = true;
        if (input.value.trim()) showFailed();
      },
    );
  };

  // Every keystroke searches at once; a search overtaken by a newer one is dropped (generation).
  // Typing has begun: after this search, a small corpus's text is fetched (engine.ts `warm`).
  let warming = false;
  const schedule = () => {
    const searched = run();
    if (!warming && engine) {
      warming = true;
      void searched.then(() => engine?.warm());
    }
  };

  input.addEventListener('input', (e) => {
    if ((e as InputEvent).isComposing) return;
    schedule();
  });
  input.addEventListener('compositionend', schedule);
  input.addEventListener('focus', () => {
    if (input.value.trim()) {
      shown = '';
      void run();
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.isComposing) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (panel.hidden) {
        if (input.value.trim()) void run();
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
