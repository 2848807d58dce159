/**
 * The full results page. The URL is the state: it is read on load (so a shared link shows the
 * same results), written on every change (submit and filters push a history entry, typing
 * replaces it), and read again on back/forward.
 */
import type { Engine, Hit, PlanHits, Results } from '../../lib/search/engine.ts';
import { formatPeriod as periodName } from '../../lib/numerals.ts';
import { quote, searchText as t } from '../i18n.ts';
import { writeSearch } from '../page-query.ts';
import { queryPieces } from '../../lib/search/tokens.ts';
import { parseState, stateSearch, type FacetOption, type SearchState } from '../../lib/search/url-state.ts';
import { keepPlace, rememberSearch, restorePlace, returning } from '../place.ts';
import { exportControls } from './export.ts';
import { config, failure, loadEngine } from './load.ts';
import { el, passageHref, pathText, queryEcho, snippetNode } from './render.ts';

/** Passages shown per plan before its "show more" button. */
const FIRST = 3;
/** Plan groups painted at once (and added by "show more plans"): painting stays quick at any corpus size. */
const GROUPS = 10;
/** Of those, painted in the keystroke's own frame (the rest in the frame after it). */
const FIRST_GROUPS = 2;
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
  writeSearch(search, push);
  rememberSearch(search); // for the reader's "back to the results"
}

let state = read();
/** The URL follows typing once it pauses: history.replaceState costs milliseconds in Chromium (more than the search) and is throttled. */
let typed: ReturnType<typeof setTimeout> | undefined;
let engine: Engine | undefined;
let generation = 0;
/** The groups below the first screenful, waiting for the next frame. */
let restFrame = 0;

function setStatus(...children: (Node | string)[]): void {
  statusBox.replaceChildren(...children);
}

async function update(): Promise<void> {
  const mine = ++generation;
  const q = state.q.trim();
  if (!q) document.title = baseTitle;
  emptyBox.hidden = !!q;
  if (!q) {
    setStatus();
    resultsBox.replaceChildren();
    return;
  }
  if (!engine) setStatus(t(script, 'loading'));
  try {
    const e = await loadEngine(cfg);
    engine = e;
    const filtered = state.city.length || state.type.length || state.period.length;
    const r = await e.search(state.q, { plans: filtered ? e.select(state) : undefined, sort: state.sort });
    if (mine === generation) render(e, r, mine);
  } catch {
    if (mine !== generation) return;
    setStatus(...failure(script, 'sr-retry', () => void update()));
    resultsBox.replaceChildren();
  }
}

function render(e: Engine, r: Results, mine: number): void {
  const [terms, excluding] = queryEcho(script, r.parsed);
  document.title = r.terms.length ? `${quote(script, terms)}${excluding} · ${baseTitle}` : baseTitle;
  if (!r.terms.length) {
    setStatus(t(script, r.exclude.length ? 'onlyExclusions' : 'nothingSearchable'));
    resultsBox.replaceChildren();
    return;
  }
  const partial = r.partial ? ` ${t(script, 'partial', r.partial.searched, r.partial.total)}` : '';
  if (!r.plans.length) {
    const parts: (Node | string)[] = [t(script, 'noResults', terms, excluding), ' ', t(script, 'noResultsHint') + partial];
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
  // The compare page counts the included terms (a quoted phrase stays one term there too).
  const included = queryPieces(state.q).filter((p) => !p.exclude);
  const compare = `${cfg.compare}?terms=${included.map((p) => encodeURIComponent(p.text)).join(',')}`;
  const summary: (Node | string)[] = [t(script, 'summary', terms, r.plans.length, r.hits, r.passages, excluding) + partial];
  if (r.elsewhere.plans) summary.push(' ', t(script, 'elsewhere', r.elsewhere.plans, r.elsewhere.hits));
  setStatus(...summary);
  const list = el('ol', { class: 'sr-plans' });
  forget();
  resultsBox.replaceChildren(el('p', { class: 'sr-compare' }, el('a', { href: compare }, t(script, 'compare'))), exportControls(e, r, cfg, state), list);
  const more = el('button', { type: 'button', class: 'sr-more-plans' });
  let painted = 0;
  /** The groups filled at once so far (later batches are watched only once these have their heights). */
  let ready = Promise.resolve();
  // Coming back to these results: every group shown is filled at once (expanded ones whole), then the place restored.
  const back = returning();
  /** Paints `n` more groups; `later` more in the frame after (the first screenful comes first). Resolves when the groups filled at once are. */
  const paint = (n = GROUPS, later = 0): Promise<void> => {
    const from = painted;
    const groups = r.plans.slice(painted, painted + n).map((p) => planGroup(e, r, p, mine, summary, back?.expanded.includes(p.meta.slug)));
    painted += groups.length;
    list.append(...groups.map((g) => g.node));
    const rest = Math.min(later, r.plans.length - painted);
    if (painted + rest < r.plans.length) {
      more.textContent = t(script, 'showMorePlans', r.plans.length - painted - rest);
      list.after(more);
    } else more.remove();
    // `data-painting` while groups are still to come (tests and tools wait for it to go).
    resultsBox.toggleAttribute('data-painting', rest > 0);
    // Off-screen groups wait for the next frame: the keystroke's frame paints the first screenful only.
    cancelAnimationFrame(restFrame);
    if (rest) restFrame = requestAnimationFrame(() => (restFrame = requestAnimationFrame(() => mine === generation && paint(rest))));
    // A group's passages are fetched and painted when it comes near the view (the first screenful at once):
    // a page costs the passages it shows, not whole plans.
    // The others are watched once those are in, so that their real heights decide what is near.
    const now = groups.filter((_, i) => back || from + i < FIRST_GROUPS);
    const filled = Promise.all(now.map((g) => g.fill())).then(() => {});
    ready = ready.then(() => filled);
    void ready.then(() => {
      if (mine === generation) for (const g of groups) if (!now.includes(g)) near(g.node, g.fill);
    });
    return filled;
  };
  more.addEventListener('click', () => {
    const first = list.children.length;
    void paint();
    list.children[first]?.querySelector('a')?.focus();
  });
  const first = back ? paint(Math.max(back.shown, GROUPS)) : paint(FIRST_GROUPS, GROUPS - FIRST_GROUPS);
  if (back) void first.then(() => mine === generation && restorePlace());
}

/** Groups waiting to come near the view, and what fills each. */
let watched = new Map<Element, () => unknown>();
let watcher: IntersectionObserver | undefined;
/** Fills `node` (once) when it comes within a quarter screen below the view (or into it). */
function near(node: Element, fill: () => unknown): void {
  watcher ??= new IntersectionObserver(
    (entries) => {
      for (const en of entries) {
        if (!en.isIntersecting) continue;
        watcher!.unobserve(en.target);
        watched.get(en.target)?.();
        watched.delete(en.target);
      }
    },
    { rootMargin: '0px 0px 25% 0px' },
  );
  watched.set(node, fill);
  watcher.observe(node);
}
/** A new render: the old groups are gone. */
function forget(): void {
  watcher?.disconnect();
  watched = new Map();
}

/**
 * A plan's group: its heading and counts at once; its passages by `fill()`, which ranks them
 * from the index and the plan's passage table and fetches only the text of those it paints
 * (at once, in the same frame, when that is already here). `whole`: fetch every passage at
 * once (a group that was expanded when the reader left).
 */
function planGroup(
  e: Engine,
  r: Results,
  p: PlanHits,
  mine: number,
  summary: (Node | string)[],
  whole = false,
): { node: HTMLElement; plan: number; fill: () => Promise<void> } {
  const m = p.meta;
  const list = el('ol', { class: 'sr-passages' });
  const node = el(
    'li',
    {
      class: 'sr-plan',
      'data-slug': m.slug,
      'data-place-key': m.slug,
      'data-hits': String(p.hits),
      'data-passages': String(p.recs.length),
      'data-waiting': '',
    },
    el('h2', {}, el('a', { href: `${cfg.plans}${encodeURIComponent(m.slug)}/` }, m.title[script])),
    el(
      'p',
      { class: 'sr-meta' },
      `${m.city[script]} · ${m.kindLabel[script]} · ${periodName(m.period)} · `,
      el('strong', {}, t(script, 'hits', p.hits)),
      ` · ${t(script, 'passages', p.recs.length)}`,
    ),
    list,
  );
  const add = (hits: readonly Hit[]) => {
    for (const hit of hits) {
      const where = pathText(script, e.path(hit), e.id(hit));
      list.append(
        el(
          'li',
          {},
          el(
            'a',
            { class: 'sr-link', href: passageHref(cfg.plans, m.slug, e.id(hit), r.query.trim()) },
            where ? el('span', { class: 'sr-path' }, where) : null,
            snippetNode('sr-snippet', e.snippet(hit, r.terms)),
          ),
        ),
      );
    }
  };
  const show = (hits: Hit[]) => {
    list.replaceChildren();
    node.removeAttribute('aria-busy');
    node.removeAttribute('data-waiting');
    add(hits.slice(0, FIRST));
    if (hits.length <= FIRST) return;
    const more = el('button', { type: 'button', class: 'sr-more', 'data-expand': '' }, t(script, 'showMore', hits.length - FIRST));
    const expand = () => {
      const first = list.children.length;
      add(hits.slice(FIRST));
      more.remove();
      node.dataset.expanded = '';
      list.children[first]?.querySelector('a')?.focus();
    };
    more.addEventListener('click', () => {
      if (hits.slice(FIRST).every((h) => e.hasText(h))) return expand();
      more.disabled = true;
      e.fetchText(hits.slice(FIRST)).then(
        () => mine === generation && expand(),
        () => {
          more.disabled = false;
          if (mine === generation) setStatus(...summary, ' ', ...failure(script, 'sr-retry', () => void update()));
        },
      );
    });
    node.append(more);
  };
  let filling: Promise<void> | undefined;
  const fill = (): Promise<void> => {
    if (filling) return filling;
    const ranked = e.rankedNow(p, state.sort);
    const wanted = ranked && (whole ? ranked : ranked.slice(0, FIRST));
    if (ranked && wanted!.every((h) => e.hasText(h))) {
      show(ranked);
      filling = Promise.resolve();
      return filling;
    }
    node.setAttribute('aria-busy', 'true');
    list.replaceChildren(el('li', { class: 'sr-wait' }, t(script, 'loadingPassages')));
    filling = (async () => {
      const hits = ranked ?? (await e.ranked(p, state.sort));
      await e.fetchText(whole ? hits : hits.slice(0, FIRST));
      if (mine === generation) show(hits);
    })().catch(() => {
      filling = undefined;
      if (mine === generation) setStatus(...summary, ' ', ...failure(script, 'sr-retry', () => void update()));
    });
    return filling;
  };
  return { node, plan: p.plan, fill };
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  clearTimeout(typed);
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
// Every keystroke searches at once (no fixed delay); an overtaken search is dropped (generation);
// the URL is written when typing pauses (`typed`).
/** Whether typing has begun (the engine then fetches a small corpus's text: engine.ts `warm`). */
let warming = false;
input.addEventListener('input', (ev) => {
  if ((ev as InputEvent).isComposing) return;
  state = fromForm();
  const searched = update();
  if (!warming) {
    warming = true;
    void searched.then(() => engine?.warm());
  }
  clearTimeout(typed);
  typed = setTimeout(() => write(state, false), 300);
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
