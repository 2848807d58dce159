/**
 * The compare page's DOM (browser): the data table, the chapter strips and the KWIC lines.
 * Text only (textContent through el(), never HTML strings); colours and sizes are set through
 * element.style (CSSOM), never as style attributes, so the Content Security Policy holds.
 */
import type { PlanCompare, PlanText } from '../../lib/compare/count.ts';
import { formatCount, formatRate } from '../../lib/compare/format.ts';
import { kwicLine } from '../../lib/compare/kwic.ts';
import { termColour } from '../../lib/compare/palette.ts';
import { compareText as t, quote } from '../i18n.ts';
import type { Term } from '../../lib/compare/terms.ts';
import type { Script } from '../../lib/plan-types.ts';
import type { Normaliser } from '../../lib/search/normalise.ts';
import { formatPeriod as periodName } from '../../lib/numerals.ts';
import type { PlanMeta } from '../../lib/search/types.ts';
import { el, passageHref } from '../search/render.ts';

export interface Row {
  /** The plan's position in the manifest. */
  plan: number;
  meta: PlanMeta;
  /** The plan's passages, once loaded (View.load). */
  text?: PlanText;
  cmp: PlanCompare;
}

/** A term with the spelling shown for it (its most frequent form in the page's script, else as typed). */
export interface Shown extends Term {
  shown: string;
}

export interface View {
  script: Script;
  /** The plans' base URL (…/zh-hans/plans/). */
  plans: string;
  terms: Shown[];
  rows: Row[];
  normaliser: Normaliser;
  /** Loads a row's passages (for its keyword-in-context lines). */
  load: (r: Row) => Promise<void>;
}

/** KWIC groups start open when all the lines together are at most this many. */
export const OPEN_UP_TO = 60;

const planHref = (v: View, slug: string) => `${v.plans}${encodeURIComponent(slug)}/`;

/** 临海·纲要·“十四五”: short enough for the chart's axis and the strips. */
export const shortName = (m: PlanMeta, script: Script): string => `${m.city[script].replace(/市$/, '')}·${m.kindLabel[script]}·${periodName(m.period)}`;

export function swatch(i: number): HTMLElement {
  const s = el('span', { class: 'cmp-swatch', 'aria-hidden': 'true' });
  s.style.setProperty('--term', termColour(i));
  return s;
}

const termHead = (term: Shown, i: number) => el('span', { class: 'cmp-term' }, swatch(i), term.shown);

export function legend(v: View): HTMLElement {
  return el('ul', { class: 'cmp-legend' }, ...v.terms.map((term, i) => el('li', {}, termHead(term, i))));
}

/** The data table: one row per plan, count and rate per term; the chart's accessible text. */
export function table(v: View, id: string): HTMLElement {
  const { script, terms, rows } = v;
  const head1 = el(
    'tr',
    {},
    el('th', { scope: 'col', rowspan: '2' }, t(script, 'plan')),
    el('th', { scope: 'col', rowspan: '2', class: 'num' }, t(script, 'chars')),
  );
  const head2 = el('tr', {});
  const cols = el('colgroup', {}, el('col', {}), el('col', {}));
  const groups = terms.map(() => el('colgroup', { span: '2' }));
  terms.forEach((term, i) => {
    head1.append(el('th', { scope: 'colgroup', colspan: '2', class: 'cmp-th-term' }, termHead(term, i)));
    head2.append(el('th', { scope: 'col', class: 'num' }, t(script, 'count')), el('th', { scope: 'col', class: 'num' }, t(script, 'rate')));
  });
  // On a phone the rows become cards (compare.css): each cell names what it holds (data-label),
  // since the two header rows are out of sight there.
  const unit = t(script, 'times').replace('{0}', '').trim();
  const termCells = (i: number, count: number, rate: number): HTMLElement[] => {
    const cells = [
      el(
        'td',
        { class: count ? 'num' : 'num zero', 'data-term': String(i), 'data-count': String(count), 'data-label': terms[i].shown, 'data-unit': unit },
        formatCount(count),
      ),
      el('td', { class: count ? 'num' : 'num zero', 'data-term': String(i), 'data-rate': formatRate(rate), 'data-label': t(script, 'rate') }, formatRate(rate)),
    ];
    cells[0].style.setProperty('--term', termColour(i));
    return cells;
  };
  const charsCell = (n: number, attrs: Record<string, string>) => el('td', { class: 'num', 'data-label': t(script, 'chars'), ...attrs }, formatCount(n));
  const body = el(
    'tbody',
    {},
    ...rows.map((r) =>
      el(
        'tr',
        { 'data-slug': r.meta.slug },
        el(
          'th',
          { scope: 'row' },
          el('a', { href: planHref(v, r.meta.slug) }, r.meta.title[script]),
          el('span', { class: 'cmp-plan-meta' }, `${r.meta.city[script]} · ${r.meta.kindLabel[script]} · ${periodName(r.meta.period)}`),
        ),
        charsCell(r.cmp.chars, { 'data-chars': String(r.cmp.chars) }),
        ...r.cmp.terms.flatMap((x, i) => termCells(i, x.count, x.rate)),
      ),
    ),
  );
  const chars = rows.reduce((n, r) => n + r.cmp.chars, 0);
  const foot = el(
    'tr',
    {},
    el('th', { scope: 'row' }, t(script, 'total')),
    charsCell(chars, {}),
    ...terms.flatMap((_, i) => {
      const n = rows.reduce((k, r) => k + r.cmp.terms[i].count, 0);
      return termCells(i, n, chars ? (n * 10_000) / chars : 0);
    }),
  );
  const tableEl = el(
    'table',
    { class: 'cmp-table', id },
    el('caption', {}, t(script, 'tableCaption'), el('span', { class: 'cmp-caption-note' }, t(script, 'formula'))),
    cols,
    ...groups,
    el('thead', {}, head1, head2),
    body,
    el('tfoot', {}, foot),
  );
  // The table scrolls inside its own frame on a phone; the frame can take focus to scroll by keyboard.
  return el('div', { class: 'cmp-table-wrap', role: 'region', tabindex: '0', 'aria-label': t(script, 'tableScroll') }, tableEl);
}

function chapterTitle(v: View, r: Row, c: number): { label: string; title: string } {
  const ch = r.cmp.chapters[c];
  if (ch.kind === 'preamble') return { label: t(v.script, 'preambleShort'), title: t(v.script, 'preamble') };
  // The heading's own text once the plan's passages are loaded (the outline carries no text).
  const heading = r.text?.text[ch.rec] ?? '';
  if (ch.kind === 'annex') return { label: t(v.script, 'annexShort'), title: heading };
  const n = ch.n || String(c + 1);
  return { label: n, title: `${t(v.script, 'chapterN', n)} ${heading}`.trim() };
}

/**
 * Strips drawn at first, per term. A strip is a cell per chapter: at 1,000 plans every strip of
 * every plan was ~100,000 elements and seconds of layout before anything showed; the rest of
 * the plans' strips come on request, in catalog order.
 */
export const STRIPS_FIRST = 20;

/** Where each term appears: per term, a strip per plan, one cell per chapter, bar height = count. */
export function strips(v: View): HTMLElement {
  const { script } = v;
  const section = el(
    'section',
    { class: 'cmp-chapters', 'aria-labelledby': 'cmp-chapters-h' },
    el('h2', { id: 'cmp-chapters-h' }, t(script, 'byChapter')),
    el('p', { class: 'cmp-note' }, t(script, 'byChapterIntro')),
  );
  // One cell width for every plan: the strips line up, and a short plan's strip ends early.
  const columns = Math.max(1, ...v.rows.map((r) => r.cmp.chapters.length));
  v.terms.forEach((term, k) => {
    const max = Math.max(1, ...v.rows.flatMap((r) => r.cmp.terms[k].byChapter));
    const total = v.rows.reduce((n, r) => n + r.cmp.terms[k].count, 0);
    const list = el('ul', { class: 'cmp-strips' });
    const strip = (r: Row): HTMLElement => {
      const x = r.cmp.terms[k];
      const cells = el('ol', { class: 'cmp-strip' });
      cells.style.setProperty('--n', String(columns));
      cells.style.setProperty('--term', termColour(k));
      r.cmp.chapters.forEach((_, c) => {
        const n = x.byChapter[c];
        const { label, title } = chapterTitle(v, r, c);
        const bar = el('span', { class: 'cmp-bar' });
        bar.style.height = n ? `${Math.max(8, (n / max) * 100)}%` : '0';
        const visual = el(
          'span',
          { class: 'cmp-cell-visual', 'aria-hidden': 'true' },
          el('span', { class: 'cmp-cell-n' }, n ? String(n) : ''),
          el('span', { class: 'cmp-bar-box' }, bar),
          el('span', { class: 'cmp-cell-label' }, label),
        );
        const spoken = t(script, 'chapterCell', title, n) + (n ? t(script, 'chapterFirst') : '');
        const first = n ? x.occurrences.find((o) => r.cmp.chapterOf[o.rec] === c) : undefined;
        // To the first occurrence's passage when the plan's text is loaded, else to the chapter.
        const target = first && (r.text ? r.text.ids[first.rec] : r.cmp.chapters[c].key);
        const cell = target
          ? el(
              'a',
              { class: 'cmp-cell', href: passageHref(v.plans, r.meta.slug, target, term.shown), title },
              visual,
              el('span', { class: 'visually-hidden' }, spoken),
            )
          : el('span', { class: 'cmp-cell', title }, visual, el('span', { class: 'visually-hidden' }, spoken));
        cells.append(el('li', { 'data-chapter': r.cmp.chapters[c].key, 'data-count': String(n) }, cell));
      });
      return el(
        'li',
        { 'data-slug': r.meta.slug },
        el(
          'span',
          { class: 'cmp-strip-name' },
          el('a', { href: planHref(v, r.meta.slug) }, shortName(r.meta, script)),
          ' ',
          el('span', { class: 'cmp-strip-total' }, t(script, 'times', x.count)),
        ),
        cells,
      );
    };
    list.append(...v.rows.slice(0, STRIPS_FIRST).map(strip));
    const group = el('div', { 'data-place-key': `strips-${k}` }, list);
    if (v.rows.length > STRIPS_FIRST) {
      const more = el('button', { type: 'button', class: 'cmp-toggle', 'data-expand': '' }, t(script, 'stripsMore', v.rows.length - STRIPS_FIRST));
      more.addEventListener('click', () => {
        const first = strip(v.rows[STRIPS_FIRST]);
        list.append(first, ...v.rows.slice(STRIPS_FIRST + 1).map(strip));
        group.dataset.expanded = '';
        more.remove();
        first.querySelector('a')?.focus();
      });
      group.append(more);
    }
    section.append(el('h3', {}, termHead(term, k), ' ', el('span', { class: 'cmp-strip-total' }, t(script, 'times', total))), group);
  });
  return section;
}

/** Code points of left context a phone shows before the term (the rest is for wide screens). */
const NEAR = 12;

/**
 * The left context: on a wide screen right-aligned and cut at the frame; on a phone only its
 * last NEAR characters, so that the line flows and wraps after the term (snippet.css).
 */
function kwicLeft(left: string, more: boolean): HTMLElement {
  const cps = Array.from(left);
  const far = cps.slice(0, Math.max(0, cps.length - NEAR)).join('');
  const near = cps.slice(Math.max(0, cps.length - NEAR)).join('');
  return el(
    'span',
    { class: 'cmp-left' },
    el(
      'span',
      {},
      more ? el('span', { class: 'cmp-cut' }, '…') : null,
      far ? el('span', { class: 'cmp-far' }, far) : null,
      far && !more ? el('span', { class: 'cmp-cut cmp-cut-narrow' }, '…') : null,
      near,
    ),
  );
}

/** The KWIC lines of one plan, every term, in document order (its text loaded). */
function lines(v: View, r: Row & { text: PlanText }): HTMLElement[] {
  const all = r.cmp.terms.flatMap((x, k) => x.occurrences.map((o) => ({ ...o, k }))).sort((a, b) => a.rec - b.rec || a.from - b.from || a.k - b.k);
  const mapped = new Map<number, ReturnType<Normaliser['mapped']>>();
  return all.map((o) => {
    let m = mapped.get(o.rec);
    if (!m) {
      m = v.normaliser.mapped(r.text.text[o.rec]);
      mapped.set(o.rec, m);
    }
    const line = kwicLine(r.text.text[o.rec], m, o.from, o.to);
    const id = r.text.ids[o.rec];
    const a = el(
      'a',
      { class: 'cmp-line', href: passageHref(v.plans, r.meta.slug, id, v.terms[o.k].shown), 'data-id': id, 'data-term': String(o.k) },
      kwicLeft(line.left, line.more.left),
      el('mark', { class: 'cmp-hit' }, line.hit),
      el('span', { class: 'cmp-right' }, line.right + (line.more.right ? '…' : '')),
    );
    a.style.setProperty('--term', termColour(o.k));
    return el('li', {}, a);
  });
}

/** Keyword in context: per plan a collapsible group with its counts; lines built when opened. */
export function kwic(v: View): HTMLElement {
  const { script } = v;
  const total = v.rows.reduce((n, r) => n + r.cmp.terms.reduce((k, x) => k + x.count, 0), 0);
  const groups: HTMLDetailsElement[] = [];
  const absent: Row[] = [];
  for (const r of v.rows) {
    const n = r.cmp.terms.reduce((k, x) => k + x.count, 0);
    if (!n) {
      absent.push(r);
      continue;
    }
    const list = el('ol', { class: 'cmp-lines' });
    const counts = el('span', { class: 'cmp-kwic-counts' });
    r.cmp.terms.forEach((x, k) => {
      if (v.terms.length > 1) counts.append(el('span', {}, swatch(k), `${v.terms[k].shown} ${t(script, 'times', x.count)}`));
      else counts.append(el('span', {}, t(script, 'times', x.count)));
    });
    const details = el(
      'details',
      { class: 'cmp-kwic-plan', 'data-slug': r.meta.slug, 'data-count': String(n) },
      el('summary', {}, el('span', { class: 'cmp-kwic-title' }, r.meta.title[script]), ' ', counts),
      list,
    );
    const fill = () => {
      if (!details.open || list.childElementCount) return;
      if (r.text) return void list.append(...lines(v, r as Row & { text: PlanText }));
      list.append(el('li', { class: 'cmp-lines-loading' }, t(script, 'loading')));
      v.load(r).then(
        () => list.replaceChildren(...lines(v, r as Row & { text: PlanText })),
        () => list.replaceChildren(el('li', { class: 'cmp-lines-loading' }, t(script, 'failed'))),
      );
    };
    details.addEventListener('toggle', fill);
    details.open = total <= OPEN_UP_TO;
    fill();
    groups.push(details);
  }
  const toggle = el('button', { type: 'button', class: 'cmp-toggle' });
  const label = () => {
    toggle.textContent = groups.every((d) => d.open) ? t(script, 'collapseAll') : t(script, 'expandAll');
  };
  label();
  toggle.addEventListener('click', () => {
    const open = !groups.every((d) => d.open);
    for (const d of groups) d.open = open;
  });
  for (const d of groups) d.addEventListener('toggle', label);
  const section = el(
    'section',
    { class: 'cmp-kwic', 'aria-labelledby': 'cmp-kwic-h' },
    el('div', { class: 'cmp-kwic-head' }, el('h2', { id: 'cmp-kwic-h' }, t(script, 'kwic')), groups.length > 1 ? toggle : null),
    el('p', { class: 'cmp-note' }, t(script, 'kwicIntro')),
    ...groups,
  );
  if (absent.length) section.append(el('p', { class: 'cmp-absent' }, t(script, 'absent'), absent.map((r) => shortName(r.meta, script)).join('、')));
  return section;
}

/** “数字经济”见于 5 份规划中的 3 份，共 40 次；… */
export function summary(v: View): string {
  return v.terms
    .map((term, k) => {
      const plans = v.rows.filter((r) => r.cmp.terms[k].count > 0).length;
      const hits = v.rows.reduce((n, r) => n + r.cmp.terms[k].count, 0);
      return t(v.script, 'summaryTerm', term.shown, plans, v.rows.length, hits);
    })
    .join('；')
    .concat('。');
}

export const quoted = (script: Script, terms: readonly Shown[]): string => terms.map((x) => quote(script, x.shown)).join('');
