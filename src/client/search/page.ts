/**
 * The full results page. The URL is the state: it is read on load (so a shared link shows the
 * same results), written on every change (submit and filters push a history entry, typing
 * replaces it), and read again on back/forward.
 */
import type { Engine, PlanHits, Progress, Results } from '../../lib/search/engine.ts';
import { formatPeriod as periodName } from '../../lib/numerals.ts';
import { searchText as t } from '../i18n.ts';
import { rawTerms } from '../../lib/search/tokens.ts';
import { parseState, stateSearch, type FacetOption, type SearchState } from '../../lib/search/url-state.ts';
import { keepPlace, rememberSearch, restorePlace } from '../place.ts';
import { config, warm } from './load.ts';
import { el, passageHref, pathText, segments } from './render.ts';

const FIRST = 3;
const cfg = config();
const { script } = cfg;
const form = document.querySelector<HTMLFormElement>('.sr-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
const statusBox = document.querySelector<HTMLElement>('.sr-status')!;
const resultsBox = document.querySelector<HTMLElement>('.sr-results')!;
const emptyBox = document.querySelector<HTMLElement>('.sr-empty')!;
const headerInput = document.querySelector<HTMLInputElement>('form.search-box input[name="q"]');
const baseTitle = document.title;

const facets = (name: string): FacetOption[] =>
  [...select(name).options].filter((o) => o.value).map((o) => ({ value: o.value, aliases: (o.dataset.aliases ?? '').split(' ').filter(Boolean) }));
const FACETS = { city: facets('city'), type: facets('type') };

const read = (): SearchState => parseState(new URLSearchParams(location.search), FACETS);

function fill(state: SearchState): void {
  input.value = state.q;
  select('city').value = state.city.length === 1 ? state.city[0] : '';
  select('type').value = state.type.length === 1 ? state.type[0] : '';
  select('period').value = state.period.length === 1 ? String(state.period[0]) : '';
  select('sort').value = state.sort === 'doc' ? 'doc' : '';
  if (headerInput && document.activeElement !== headerInput) headerInput.value = state.q;
}

function fromForm(): SearchState {
  const v = (name: string) => select(name).value;
  return {
    q: input.value,
    city: v('city') ? [v('city')] : [],
    type: v('type') ? [v('type')] : [],
    period: v('period') ? [Number(v('period'))] : [],
    sort: v('sort') === 'doc' ? 'doc' : 'relevance',
  };
}

/** Writes the state into the URL (and into the script switch, so it keeps the query). */
function write(state: SearchState, push: boolean): void {
  const search = stateSearch(state);
  if (search !== location.search) history[push ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${search}`);
  rememberSearch(search);
  const sw = document.querySelector<HTMLAnchorElement>('a.script-switch');
  if (sw) {
    const u = new URL(sw.href, location.href);
    u.search = search;
    sw.setAttribute('href', u.pathname + u.search + u.hash);
  }
}

let state = read();
let engine: Engine | undefined;
let generation = 0;

function setStatus(...children: (Node | string)[]): void {
  statusBox.replaceChildren(...children);
}

async function update(): Promise<void> {
  const mine = ++generation;
  const q = state.q.trim();
  document.title = q ? `“${q}” · ${baseTitle}` : baseTitle;
  emptyBox.hidden = !!q;
  if (!q) {
    setStatus();
    resultsBox.replaceChildren();
    return;
  }
  if (!engine) setStatus(t(script, 'loading'));
  try {
    const e = await warm((p) => {
      if (mine === generation && p.total > 1) setStatus(t(script, 'loadingProgress', p.done, p.total, Math.round(p.bytesTotal / 1024)));
    });
    engine = e;
    const wanted = e.select(state);
    const search = () => e.search(state.q, { plans: wanted, sort: state.sort });
    if (wanted.some((i) => !e.isLoaded(i))) {
      // A large corpus: shards arrive one by one, results grow with them.
      let last = 0;
      await e.load(wanted, (p) => {
        if (mine === generation && p.done && (p.done === 1 || performance.now() - last > 250)) {
          last = performance.now();
          render(e, search(), p);
        }
      });
    }
    if (mine !== generation) return;
    render(e, search());
    restorePlace();
  } catch {
    if (mine !== generation) return;
    const retry = el('button', { type: 'button', class: 'sr-retry' }, t(script, 'retry'));
    retry.addEventListener('click', () => void update());
    setStatus(t(script, 'failed'), ' ', retry);
    resultsBox.replaceChildren();
  }
}

function render(e: Engine, r: Results, progress?: Progress): void {
  const q = state.q.trim();
  const loading = progress && !r.complete ? ` ${t(script, 'loadingProgress', progress.done, progress.total, Math.round(progress.bytesTotal / 1024))}` : '';
  if (!r.terms.length) {
    setStatus(t(script, 'nothingSearchable'));
    resultsBox.replaceChildren();
    return;
  }
  if (!r.plans.length && loading) {
    setStatus(t(script, 'loading') + loading);
    return;
  }
  if (!r.plans.length) {
    const parts: (Node | string)[] = [t(script, 'noResults', q), ' ', t(script, 'noResultsHint')];
    if (r.elsewhere.plans) {
      const clear = el('button', { type: 'button', class: 'sr-clear' }, t(script, 'clearFilters'));
      clear.addEventListener('click', () => {
        state = { ...state, city: [], type: [], period: [] };
        fill(state);
        write(state, true);
        void update();
      });
      parts.push(' ', t(script, 'elsewhere', r.elsewhere.plans, r.elsewhere.hits), ' ', clear);
    }
    setStatus(...parts);
    resultsBox.replaceChildren();
    return;
  }
  const compare = `${cfg.compare}?terms=${rawTerms(q).map(encodeURIComponent).join(',')}`;
  const summary: (Node | string)[] = [t(script, 'summary', q, r.plans.length, r.hits, r.passages) + loading];
  if (r.elsewhere.plans) summary.push(' ', t(script, 'elsewhere', r.elsewhere.plans, r.elsewhere.hits));
  setStatus(...summary);
  resultsBox.replaceChildren(
    el('p', { class: 'sr-compare' }, el('a', { href: compare }, t(script, 'compare'))),
    el('ol', { class: 'sr-plans' }, ...r.plans.map((p) => planGroup(e, r, p))),
  );
}

function planGroup(e: Engine, r: Results, p: PlanHits): HTMLElement {
  const m = p.meta;
  const list = el('ol', { class: 'sr-passages' });
  const add = (from: number, to: number) => {
    for (const hit of p.passages.slice(from, to)) {
      const path = e.path(hit);
      list.append(
        el(
          'li',
          {},
          el(
            'a',
            { class: 'sr-link', href: passageHref(cfg.plans, m.slug, e.id(hit), r.query.trim()) },
            path.length ? el('span', { class: 'sr-path' }, pathText(path)) : null,
            el('span', { class: 'sr-snippet' }, segments(e.snippet(hit, r.terms))),
          ),
        ),
      );
    }
  };
  add(0, FIRST);
  const group = el(
    'li',
    { class: 'sr-plan', 'data-slug': m.slug, 'data-place-key': m.slug, 'data-hits': String(p.hits), 'data-passages': String(p.passages.length) },
    el('h2', {}, el('a', { href: `${cfg.plans}${encodeURIComponent(m.slug)}/` }, m.title[script])),
    el(
      'p',
      { class: 'sr-meta' },
      `${m.city[script]} · ${m.kindLabel[script]} · ${periodName(m.period)} · `,
      el('strong', {}, t(script, 'hits', p.hits)),
      ` · ${t(script, 'passages', p.passages.length)}`,
    ),
    list,
  );
  if (p.passages.length > FIRST) {
    const more = el('button', { type: 'button', class: 'sr-more', 'data-expand': '' }, t(script, 'showMore', p.passages.length - FIRST));
    more.addEventListener('click', () => {
      const first = list.children.length;
      add(FIRST, p.passages.length);
      more.remove();
      group.dataset.expanded = '';
      list.children[first]?.querySelector('a')?.focus();
    });
    group.append(more);
  }
  return group;
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  state = fromForm();
  write(state, true);
  void update();
});
form.addEventListener('change', (ev) => {
  if ((ev.target as Element).matches('select')) {
    state = fromForm();
    write(state, true);
    void update();
  }
});
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', (ev) => {
  if ((ev as InputEvent).isComposing) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    state = fromForm();
    write(state, false);
    void update();
  }, 120);
});
input.addEventListener('compositionend', () => input.dispatchEvent(new Event('input')));
addEventListener('popstate', () => {
  state = read();
  fill(state);
  void update();
});

keepPlace();
fill(state);
write(state, false);
void update();
