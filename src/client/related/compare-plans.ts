/**
 * The pair view (/zh-hans/compare-plans/?a=<slug>&b=<slug>): reads the two slugs from the URL,
 * loads both plans' open data (/data/plans/<slug>.json), takes the precomputed alignment
 * (/data/pairs/<a>--<b>.json) when the build made one, else computes it here with the build's
 * own function (src/lib/related/plan-align.ts), yielding to the page between sections so the
 * progress shows; then draws the filters, the phone toggle and the rows. No worker: the
 * alignment of two 40,000-character plans is well under the 2 s budget (docs/PERFORMANCE.md).
 */
import { type AlignedPair, alignSteps, type PairFile } from '../../lib/related/plan-align.ts';
import { planUnits, type TreeBlock } from '../../lib/related/plan-units.ts';
import type { Script } from '../../lib/plan-types.ts';
import type { CompareConfig } from '../../lib/related/pair-view.ts';
import { pairsText } from '../i18n.ts';
import { appendRows, filtersElement, rowsList, type Side } from './pair-rows.ts';

const config = JSON.parse(document.querySelector('[data-pairs-config]')?.textContent ?? '{}') as CompareConfig;
const script: Script = config.script;
const status = document.querySelector<HTMLElement>('[data-pairs-status]');
const progress = document.querySelector<HTMLProgressElement>('[data-pairs-progress]');
const results = document.querySelector<HTMLElement>('[data-pairs-results]');
const root = document.querySelector<HTMLElement>('.pairs-page');

const say = (text: string) => {
  if (status) status.textContent = text;
};

/** Rows drawn before the page is given back, then per chunk. */
const FIRST_ROWS = 8;
const CHUNK_ROWS = 16;

async function json<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return (await r.json()) as T;
}

/** The alignment, computed here a section at a time, painting the progress between sections. */
async function computeRows(a: ReturnType<typeof planUnits>, b: ReturnType<typeof planUnits>): Promise<AlignedPair[]> {
  const steps = alignSteps(a, b);
  let last = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    // Yield only every ~50 ms: each yield costs a frame, and the work is short.
    if (performance.now() - last > 50) {
      say(pairsText(script, 'computing', r.value.done, r.value.total));
      if (progress) {
        progress.max = r.value.total;
        progress.value = r.value.done;
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      last = performance.now();
    }
  }
}

function note(a: string, b: string, precomputed: boolean, ms: number): HTMLElement {
  const p = document.createElement('p');
  p.className = 'pairs-note';
  if (precomputed) {
    const link = document.createElement('a');
    link.href = `${config.dataPairs}${a}--${b}.json`;
    link.textContent = pairsText(script, 'dataLink', `/data/pairs/${a}--${b}.json`);
    p.append(pairsText(script, 'precomputed'), ' ', link);
  } else p.append(pairsText(script, 'computed', Math.round(ms)));
  return p;
}

/** On a phone the two texts take turns: a toggle between 甲 and 乙 (hidden on a wide screen by CSS). */
function sideToggle(a: Side, b: Side, view: HTMLElement): HTMLElement {
  const box = document.createElement('div');
  box.className = 'pair-toggle';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', pairsText(script, 'showSide'));
  box.append(pairsText(script, 'showSide'));
  const buttons = (['a', 'b'] as const).map((which) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.side = which;
    button.textContent = `${pairsText(script, which === 'a' ? 'openA' : 'openB')} ${(which === 'a' ? a : b).name}`;
    button.setAttribute('aria-pressed', String(which === 'b'));
    button.addEventListener('click', () => {
      view.dataset.side = which;
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
    });
    box.append(button);
    return button;
  });
  view.dataset.side = 'b';
  return box;
}

async function show(a: string, b: string): Promise<void> {
  const name = (slug: string) => config.plans.find((p) => p.slug === slug)?.name;
  for (const s of [a, b]) if (!name(s)) return say(pairsText(script, 'unknown', s));
  if (a === b) return say(pairsText(script, 'same'));
  say(pairsText(script, 'loading'));
  root?.setAttribute('aria-busy', 'true');
  const started = performance.now();
  const precomputed = config.precomputed.includes(`${a}--${b}`);
  const [ta, tb, file] = await Promise.all([
    json<{ blocks: TreeBlock[] }>(`${config.dataPlans}${a}.json`),
    json<{ blocks: TreeBlock[] }>(`${config.dataPlans}${b}.json`),
    precomputed ? json<PairFile>(`${config.dataPairs}${a}--${b}.json`) : Promise.resolve(undefined),
  ]);
  const [ua, ub] = [planUnits(ta.blocks), planUnits(tb.blocks)];
  const loadMs = performance.now() - started;
  if (progress) progress.hidden = false;
  const computeStart = performance.now();
  const rows = file ? file.pairs : await computeRows(ua, ub);
  const computeMs = performance.now() - computeStart;
  const sideA: Side = { slug: a, name: name(a) as string, units: new Map(ua.map((u) => [u.id, u])) };
  const sideB: Side = { slug: b, name: name(b) as string, units: new Map(ub.map((u) => [u.id, u])) };
  const view = document.createElement('div');
  view.className = 'pair-view';
  const input = { script, rows, a: sideA, b: sideB, planPages: config.planPages };
  const list = rowsList();
  const count = document.createElement('p');
  count.className = 'pair-shown';
  count.id = 'pair-shown';
  const shownText = (n: number) => `${pairsText(script, 'shownOf', n, rows.length)}　${pairsText(script, 'filterHint')}`;
  const filters = filtersElement(script, rows, list, (n) => {
    count.textContent = shownText(n);
  });
  filters.setAttribute('aria-describedby', count.id);
  count.textContent = shownText(rows.length);
  const heading = document.createElement('h2');
  heading.textContent = `${pairsText(script, 'openA')} ${sideA.name} → ${pairsText(script, 'openB')} ${sideB.name}`;
  view.append(heading, note(a, b, precomputed, computeMs), filters, count, sideToggle(sideA, sideB, view), list);
  results?.replaceChildren(view);
  if (results) results.hidden = false;
  // The first screenful at once, the rest a chunk at a time, so the page answers while it draws.
  appendRows(input, list, 0, FIRST_ROWS);
  const firstMs = performance.now() - started;
  for (let from = FIRST_ROWS; from < rows.length; from += CHUNK_ROWS) {
    say(pairsText(script, 'drawing', from, rows.length));
    await new Promise((resolve) => setTimeout(resolve, 0));
    appendRows(input, list, from, from + CHUNK_ROWS);
  }
  if (progress) progress.hidden = true;
  say('');
  root?.removeAttribute('aria-busy');
  // For the benchmark (tools/bench/compare-plans.ts) and tests: when the view was ready.
  if (root) {
    root.dataset.state = 'done';
    root.dataset.ms = String(Math.round(performance.now() - started));
    root.dataset.computeMs = String(Math.round(computeMs));
    root.dataset.loadMs = String(Math.round(loadMs));
    root.dataset.firstMs = String(Math.round(firstMs));
    // Since the page began loading (navigation start), not since this script ran.
    root.dataset.sinceStart = String(Math.round(performance.now()));
  }
  // The row to show: ?at=b-c1-s3 (as section pages link), or a #fragment typed by hand.
  const at = new URLSearchParams(location.search).get('at') ?? decodeURIComponent(location.hash.slice(1));
  const target = at && document.getElementById(at);
  if (target) {
    target.classList.add('pair-target');
    target.scrollIntoView();
  }
}

function init(): void {
  const params = new URLSearchParams(location.search);
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const selects = ['a', 'b'].map((k) => document.querySelector<HTMLSelectElement>(`#pairs-${k}`));
  if (selects[0] && a) selects[0].value = a;
  if (selects[1] && b) selects[1].value = b;
  const swap = document.querySelector<HTMLButtonElement>('[data-pairs-swap]');
  if (swap && selects[0] && selects[1]) {
    swap.hidden = false;
    swap.addEventListener('click', () => {
      const [x, y] = selects as HTMLSelectElement[];
      [x.value, y.value] = [y.value, x.value];
    });
  }
  if (!a || !b) return;
  show(a, b).catch((e: unknown) => {
    say(pairsText(script, 'failed', e instanceof Error ? e.message : String(e)));
    root?.removeAttribute('aria-busy');
    if (root) root.dataset.state = 'failed';
  });
}

init();
