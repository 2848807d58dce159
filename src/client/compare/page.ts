/**
 * The compare page (/zh-hans/compare/?terms=a,b). The URL is the state: read on load (a shared
 * link shows the same comparison), written as the reader changes the terms (the first change
 * after a settled comparison adds a history entry, further typing replaces it, submitting
 * settles it), and read again on back/forward.
 *
 * The counts come from the search's own files (src/client/search/load.ts): the gram directory
 * for terms of two or more characters, every plan's chapters from the outline file, and a
 * plan's passages only where they are shown — all of them in a small corpus, otherwise when
 * its keyword-in-context group is opened. Counting is src/lib/compare/count.ts; Chart.js is
 * fetched after the counts are ready (chart.ts).
 */
import { compareCorpus } from '../../lib/compare/count.ts';
import { formatCount, formatRate } from '../../lib/compare/format.ts';
import { termColour } from '../../lib/compare/palette.ts';
import { spelling } from '../../lib/compare/kwic.ts';
import { topByTotal } from '../../lib/compare/top.ts';
import { compareText as t, termList } from '../i18n.ts';
import { writeSearch } from '../page-query.ts';
import { compareTerms, readTerms, splitTerms, termsInput, termsSearch } from '../../lib/compare/terms.ts';
import { type Engine, SCAN_ALL_BYTES } from '../../lib/search/engine.ts';
import { keepPlace, restorePlace } from '../place.ts';
import { kwicExport } from './kwic-export.ts';
import type { Outline } from '../../lib/search/types.ts';
import { config, failure, loadEngine, loadOutline, progressText } from '../search/load.ts';
import { el } from '../search/render.ts';
import type { ChartData, Mode } from './chart.ts';
import { kwic, legend, quoted, type Row, shortName, strips, summary, table, type View } from './render.ts';

const cfg = config();
const { script } = cfg;
const form = document.querySelector<HTMLFormElement>('.cmp-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="terms"]')!;
const statusBox = document.querySelector<HTMLElement>('.cmp-status')!;
const resultsBox = document.querySelector<HTMLElement>('.cmp-results')!;
const baseTitle = document.title;

/** The raw terms being compared (as typed). */
let labels = readTerms(new URLSearchParams(location.search));
/** Whether the URL's entry is a settled comparison (the next change then adds an entry). */
let settled = true;
let generation = 0;
let mode: Mode = 'rate';

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function setStatus(...children: (Node | string)[]): void {
  statusBox.replaceChildren(...children);
}

/** Writes the terms into the URL and into the script switch (so it keeps them). */
function write(push: boolean): void {
  writeSearch(termsSearch(labels), push);
}

function fill(): void {
  input.value = termsInput(labels);
}

/** The engine and every plan's chapters; in a small corpus also every plan's passages (KWIC open at once). */
async function ready(mine: number): Promise<{ e: Engine; outline: Outline }> {
  const progress = (p: { done: number; total: number; bytesTotal: number }) => {
    if (mine === generation && p.total > 1) setStatus(progressText(script, p));
  };
  const e = await loadEngine(cfg);
  const outline = await loadOutline(cfg);
  if (e.manifest.plans.reduce((n, p) => n + p.bytes[script], 0) <= SCAN_ALL_BYTES) await e.load(undefined, progress);
  return { e, outline };
}

async function update(): Promise<void> {
  const mine = ++generation;
  const raw = labels;
  if (!raw.length) {
    document.title = baseTitle;
    resultsBox.hidden = true;
    resultsBox.replaceChildren();
    setStatus(t(script, 'empty'));
    return;
  }
  setStatus(t(script, 'loading'));
  let view: View;
  try {
    const { e, outline } = await ready(mine);
    if (mine !== generation) return;
    const terms = compareTerms(raw, (s) => e.normaliser.text(s));
    if (!terms.length) {
      document.title = baseTitle;
      setStatus(t(script, 'nothingSearchable'));
      resultsBox.hidden = true;
      resultsBox.replaceChildren();
      return;
    }
    const counts = await compareCorpus(
      e,
      outline,
      terms.map((x) => x.norm),
      (p) => mine === generation && p.total > 1 && setStatus(progressText(script, p)),
    );
    const rows: Row[] = e.manifest.plans.map((meta, i) => ({ plan: i, meta, text: e.passagesOf(i)?.fragment, cmp: counts[i] }));
    const shown = await Promise.all(terms.map((x, k) => shownAs(rows, k, x.norm, e)));
    const load = async (r: Row) => {
      await e.load([r.plan]);
      r.text = e.passagesOf(r.plan)!.fragment;
    };
    view = { script, plans: cfg.plans, terms: terms.map((x, k) => ({ ...x, shown: shown[k] ?? x.label })), rows, normaliser: e.normaliser, load };
  } catch {
    if (mine !== generation) return;
    setStatus(...failure(script, 'cmp-retry', () => void update()));
    resultsBox.hidden = true;
    resultsBox.replaceChildren();
    return;
  }
  if (mine !== generation) return;
  const { terms, rows } = view;
  document.title = `${quoted(script, view.terms)} · ${baseTitle}`;
  const absent = terms.filter((_, k) => rows.every((r) => r.cmp.terms[k].count === 0));
  if (absent.length === terms.length) {
    setStatus(t(script, 'noResults', termList(absent.map((x) => x.label)), rows.length));
    resultsBox.hidden = true;
    resultsBox.replaceChildren();
    return;
  }
  setStatus(summary(view), ...(absent.length ? [' ', t(script, 'missing', termList(absent.map((x) => x.label)))] : []));
  const chart = overview(view);
  const lines = kwic(view);
  // Every line to take away, beside the heading (src/client/compare/kwic-export.ts).
  if (lines.querySelector('.cmp-kwic-plan')) lines.querySelector('.cmp-kwic-head')?.append(kwicExport(view));
  resultsBox.replaceChildren(chart.section, strips(view), lines);
  resultsBox.hidden = false;
  restorePlace();
  void chart.draw();
}

/**
 * The term's usual spelling in the page's script, from (at most 200 of) its occurrences in
 * the plans whose text is loaded, or else in the first plan that has it (fetched).
 */
async function shownAs(rows: Row[], k: number, term: string, e: Engine): Promise<string | undefined> {
  const first = rows.find((r) => r.cmp.terms[k].count > 0);
  if (!first) return undefined;
  if (!first.text) {
    await e.load([first.plan]);
    first.text = e.passagesOf(first.plan)!.fragment;
  }
  const hits: string[] = [];
  for (const r of rows) {
    if (!r.text) continue;
    for (const o of r.cmp.terms[k].occurrences.slice(0, 200 - hits.length)) {
      const text = r.text.text[o.rec];
      const m = e.normaliser.mapped(text);
      hits.push(text.slice(m.start[o.from], m.end[o.to - 1]));
    }
  }
  return spelling(hits, term, (s) => e.normaliser.text(s));
}

/** At most this many plans in the chart (a bar each at 1,000 plans was a canvas ~37,000 px tall); the table lists all. */
const CHART_MAX = 30;

/** The chart and the table; the chart is drawn once Chart.js has arrived. */
function overview(v: View): { section: HTMLElement; draw: () => Promise<void> } {
  const rows = topByTotal(v.rows, (r) => r.cmp.terms.reduce((n, x) => n + x.count, 0), CHART_MAX);
  const what = () => t(script, mode === 'rate' ? 'chartRate' : 'chartCount');
  const canvas = el('canvas', { role: 'img' });
  const label = () => canvas.setAttribute('aria-label', t(script, 'chartLabel', termList(v.terms.map((x) => x.shown)), what()));
  label();
  const box = el('div', { class: 'cmp-canvas' }, canvas);
  // On a phone each plan's label wraps to three lines (city · kind · period): leave them room.
  const perPlan = innerWidth < 560 ? Math.max(v.terms.length * 1.3 + 1.2, 3.8) : v.terms.length * 1.1 + 1.2;
  box.style.height = `${Math.max(12, rows.length * perPlan + 4)}rem`;
  const note = el('p', { class: 'cmp-chart-note' }, t(script, 'chartLoading'));
  const caption = el('figcaption', {}, what());
  const radios = (['rate', 'count'] as const).map((m) => {
    const r = el('input', { type: 'radio', name: 'cmp-mode', value: m });
    r.checked = m === mode;
    r.addEventListener('change', () => {
      if (!r.checked) return;
      mode = m;
      caption.textContent = what();
      label();
      void import('./chart.ts').then((c) => c.show(mode));
    });
    return el('label', {}, r, t(script, m === 'rate' ? 'showRate' : 'showCount'));
  });
  const modes = el('fieldset', { class: 'cmp-modes' }, el('legend', {}, t(script, 'show')), ...radios);
  const top = rows.length < v.rows.length ? el('p', { class: 'cmp-chart-note' }, t(script, 'chartTop', rows.length, v.rows.length)) : null;
  const figure = el('figure', { class: 'cmp-chart' }, caption, el('div', { class: 'cmp-chart-controls' }, legend(v), modes), top, box, note);
  const section = el(
    'section',
    { class: 'cmp-overview', 'aria-labelledby': 'cmp-overview-h' },
    el('h2', { id: 'cmp-overview-h' }, t(script, 'overview')),
    figure,
    table(v, 'cmp-table'),
  );
  const data: ChartData = {
    plans: rows.map((r) => shortName(r.meta, script)),
    terms: v.terms.map((x) => x.shown),
    colours: v.terms.map((_, k) => termColour(k)),
    count: v.terms.map((_, k) => rows.map((r) => r.cmp.terms[k].count)),
    rate: v.terms.map((_, k) => rows.map((r) => Number(r.cmp.terms[k].rate.toFixed(2)))),
    axis: { rate: t(script, 'chartRate'), count: t(script, 'chartCount') },
    tip: (k, p) => {
      const x = rows[p].cmp.terms[k];
      return `${v.terms[k].shown}：${t(script, 'times', formatCount(x.count))}，${t(script, 'rate')} ${formatRate(x.rate)}`;
    },
  };
  const mine = generation;
  const draw = async () => {
    try {
      const c = await import('./chart.ts');
      if (mine !== generation || !canvas.isConnected) return;
      c.draw(canvas, data, mode);
      note.remove();
    } catch {
      if (mine === generation) note.textContent = t(script, 'chartFailed');
    }
  };
  return { section, draw };
}

/** Takes the input's terms; `commit` settles them (submit), otherwise typing goes on. */
function take(commit: boolean): void {
  const next = splitTerms(input.value);
  if (!same(next, labels)) {
    labels = next;
    write(settled);
    settled = commit;
    void update();
  } else if (commit) {
    settled = true;
  }
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  clearTimeout(typing);
  take(true);
});

let typing: ReturnType<typeof setTimeout> | undefined;
const later = () => {
  clearTimeout(typing);
  typing = setTimeout(() => take(false), 400);
};
input.addEventListener('input', (ev) => {
  if (!(ev as InputEvent).isComposing) later();
});
input.addEventListener('compositionend', later);
// The files start loading as soon as the reader shows an interest (no progress shown for that).
input.addEventListener('focus', () => void ready(-1).catch(() => {}), { once: true });

// Suggested comparisons: links that work without JS; with it, they update in place.
document.querySelector('.cmp-suggest')?.addEventListener('click', (ev) => {
  const a = (ev.target as Element).closest('a');
  const me = ev as MouseEvent;
  if (!a || me.button !== 0 || me.metaKey || me.ctrlKey || me.shiftKey || me.altKey) return;
  ev.preventDefault();
  labels = readTerms(new URL(a.href).searchParams);
  fill();
  write(true);
  settled = true;
  void update();
});

addEventListener('popstate', () => {
  labels = readTerms(new URLSearchParams(location.search));
  settled = true;
  fill();
  write(false);
  void update();
});

keepPlace();
fill();
write(false);
void update();
