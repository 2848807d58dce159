/**
 * The pair view's rows as DOM: for each row of the alignment, the class and numbers, then the
 * two sections side by side (甲 left, 乙 right), the shared wording marked character by character
 * in both, each side linked into its plan and to its own section page. Pure DOM building, no
 * fetching: compare-plans.ts gives it the rows and units.
 */
import { align } from '../../lib/related/align.ts';
import { markedParagraphs } from '../../lib/related/marks.ts';
import { type AlignedPair, PAIR_ALIGN, type PairClass } from '../../lib/related/plan-align.ts';
import type { PlanUnit } from '../../lib/related/plan-units.ts';
import type { Script } from '../../lib/plan-types.ts';
import { pairsText } from '../i18n.ts';

export interface Side {
  slug: string;
  name: string;
  units: Map<string, PlanUnit>;
}

export interface RowsInput {
  script: Script;
  rows: readonly AlignedPair[];
  a: Side;
  b: Side;
  /** The plan pages' prefix, /zh-hans/plans/. */
  planPages: string;
}

export const CLASSES: readonly PairClass[] = ['taken', 'rewritten', 'new', 'dropped'];

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

/** The anchor of a row: b-<id>, or a-<id> for a section of a that b dropped (as src/build/related/stored.ts). */
export const rowId = (row: AlignedPair): string => (row.b ? `b-${row.b}` : `a-${row.a}`);

/** Spans as [start, length] on one side, in the page's script: the file's simplified offsets, or aligned again in traditional. */
function spansOf(
  row: AlignedPair,
  ua: PlanUnit,
  ub: PlanUnit,
  script: Script,
): { a: { start: number; length: number }[]; b: { start: number; length: number }[] } {
  if (script === 'hans') {
    return {
      a: row.shared.map(([s, e]) => ({ start: s, length: e - s })),
      b: row.shared.map(([, , s, e]) => ({ start: s, length: e - s })),
    };
  }
  // Each script is aligned on its own text (as the section pages do): the marks are exact in it.
  const spans = align(ua.text.hant, ub.text.hant, PAIR_ALIGN);
  return { a: spans.map((m) => ({ start: m.a, length: m.length })), b: spans.map((m) => ({ start: m.b, length: m.length })) };
}

function sideHtml(input: RowsInput, which: 'a' | 'b', unit: PlanUnit | undefined, spans: { start: number; length: number }[]): HTMLElement {
  const side = input[which];
  const { script } = input;
  const box = el('section', `pair-side pair-side-${which}`);
  const tag = el('span', 'pair-tag', pairsText(script, which === 'a' ? 'openA' : 'openB'));
  tag.setAttribute('aria-hidden', 'true');
  if (!unit) {
    box.classList.add('pair-empty');
    box.setAttribute('aria-label', `${pairsText(script, which === 'a' ? 'openA' : 'openB')} ${side.name}`);
    box.append(tag, el('p', 'pair-none', pairsText(script, 'none')));
    return box;
  }
  const h = el('h3');
  const planUrl = `${input.planPages}${encodeURIComponent(side.slug)}/`;
  const main = el('a');
  main.href = `${planUrl}#${unit.id}`;
  main.append(el('span', 'pair-plan', side.name), ' ', el('span', 'pair-label', unit.label[script]), ' ', unit.title[script]);
  h.append(tag, main);
  const own = el('a', 'pair-own', pairsText(script, 'ownPage'));
  own.href = `${planUrl}${encodeURIComponent(unit.id)}/`;
  box.setAttribute('aria-label', `${pairsText(script, which === 'a' ? 'openA' : 'openB')} ${side.name} ${unit.label[script]}`);
  const text = el('div', 'pair-text');
  for (const pieces of markedParagraphs(unit.text[script], spans)) {
    const p = el('p');
    for (const piece of pieces) p.append(piece.shared ? el('mark', undefined, piece.text) : piece.text);
    text.append(p);
  }
  const links = el('p', 'pair-links');
  links.append(own);
  box.append(h, links, text);
  return box;
}

/** One row: its class and numbers, then 甲 and 乙. */
function rowElement(input: RowsInput, row: AlignedPair): HTMLLIElement {
  const { script } = input;
  const ua = row.a ? input.a.units.get(row.a) : undefined;
  const ub = row.b ? input.b.units.get(row.b) : undefined;
  const li = el('li', `pair-row pair-row-${row.class}`);
  li.id = rowId(row);
  li.dataset.class = row.class;
  const head = el('p', 'pair-head');
  head.append(el('span', `pair-class pair-class-${row.class}`, pairsText(script, row.class)));
  const shared = row.shared.reduce((n, [s, e]) => n + e - s, 0);
  if (row.class !== 'dropped') {
    const nums = [`${pairsText(script, 'similarity')} ${row.similarity.toFixed(2)}`];
    if (shared > 0) nums.push(pairsText(script, 'sharedChars', shared));
    head.append(el('span', 'pair-nums', nums.join(' · ')));
  }
  const spans = ua && ub ? spansOf(row, ua, ub, script) : { a: [], b: [] };
  const cols = el('div', 'pair-cols');
  cols.append(sideHtml(input, 'a', ua, spans.a), sideHtml(input, 'b', ub, spans.b));
  li.append(head, cols);
  return li;
}

/** The list the rows go into (appendRows fills it, a few at a time). */
export const rowsList = (): HTMLOListElement => el('ol', 'pair-rows');

/** Rows [from, to) of the alignment, appended in order. */
export function appendRows(input: RowsInput, list: HTMLOListElement, from: number, to: number): void {
  const part = document.createDocumentFragment();
  for (const row of input.rows.slice(from, to)) part.append(rowElement(input, row));
  list.append(part);
}

/**
 * The class filters: a button per class with its count (aria-pressed: shown). The classes switched
 * off are named on the list (data-hide), and CSS hides their rows, so rows drawn later obey too.
 */
export function filtersElement(script: Script, rows: readonly AlignedPair[], list: HTMLOListElement, onChange: (shown: number) => void): HTMLElement {
  const box = el('div', 'pair-filters');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', pairsText(script, 'filters'));
  const shown = new Set<PairClass>(CLASSES);
  const apply = () => {
    list.dataset.hide = CLASSES.filter((c) => !shown.has(c)).join(' ');
    onChange(rows.filter((r) => shown.has(r.class)).length);
  };
  for (const c of CLASSES) {
    const count = rows.filter((r) => r.class === c).length;
    const button = el('button', `pair-filter pair-class-${c}`);
    button.type = 'button';
    button.dataset.class = c;
    button.setAttribute('aria-pressed', 'true');
    button.append(pairsText(script, c), ' ', el('span', 'pair-count', String(count)));
    button.addEventListener('click', () => {
      if (shown.has(c)) shown.delete(c);
      else shown.add(c);
      button.setAttribute('aria-pressed', String(shown.has(c)));
      apply();
    });
    box.append(button);
  }
  return box;
}
