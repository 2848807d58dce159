/**
 * The filters of the targets pages (progressive: without JavaScript the tables are complete).
 * An indicator page hides the rows of other plans, cities, periods or kinds; the overview keeps
 * the indicators that a chosen plan, city or period gives a figure of the chosen kind for, and
 * counts those plans again (each row carries its plans as bit sets, src/lib/targets/bits.ts).
 * The choice is kept in the URL (?plan=&city=&period=&kind=&theme=), so it can be shared.
 */
import { countAnd, decodeBits, encodeBits } from '../../lib/targets/bits.ts';
import { writeSearch } from '../page-query.ts';
import { pageScript, targetsText as t } from '../i18n.ts';

const NAMES = ['plan', 'city', 'period', 'kind', 'theme'] as const;
type Name = (typeof NAMES)[number];
const KINDS = ['target', 'baseline', 'actual'] as const;

const root = document.querySelector<HTMLElement>('[data-tg-page]');
const form = root?.querySelector<HTMLElement>('[data-tg-filters]');
const script = pageScript();

if (root && form) {
  const select = (n: Name) => form.querySelector<HTMLSelectElement>(`select[name="${n}"]`);
  const count = form.querySelector<HTMLElement>('.tg-count')!;
  const overview = root.dataset.tgPage === 'overview';
  const totalPlans = form.querySelectorAll('select[name="plan"] option[value]:not([value=""])').length;
  const bits = new WeakMap<Element, Uint8Array>();
  const bitsOf = (el: Element, attr: string): Uint8Array => {
    if (!bits.has(el)) bits.set(el, decodeBits(el.getAttribute(attr) ?? ''));
    return bits.get(el)!;
  };
  const kindBits = new Map<string, Uint8Array>();
  const rowKinds = (row: HTMLElement, kind: string): Uint8Array => {
    const id = `${row.dataset.key}|${kind}`;
    let b = kindBits.get(id);
    if (!b) {
      const parts = (kind ? [kind] : KINDS).map((k) => decodeBits(row.dataset[k] ?? ''));
      b = parts[0].map((_, i) => parts.reduce((x, p) => x | (p[i] ?? 0), 0));
      kindBits.set(id, b);
    }
    return b;
  };

  const values = () => Object.fromEntries(NAMES.map((n) => [n, select(n)?.value ?? ''])) as Record<Name, string>;

  function apply(): void {
    const v = values();
    let shown = 0;
    let all = 0;
    if (overview) {
      const chosen = (['plan', 'city', 'period'] as const).flatMap((n) => {
        const o = select(n)?.selectedOptions[0];
        if (!o?.value) return [];
        // A plan is one bit, made from its index; a city or period carries its set.
        return [o.dataset.i === undefined ? bitsOf(o, 'data-bits') : decodeBits(encodeBits([Number(o.dataset.i)], totalPlans))];
      });
      for (const section of root!.querySelectorAll<HTMLElement>('.tg-theme')) {
        let visible = 0;
        for (const row of section.querySelectorAll<HTMLElement>('tbody tr')) {
          all++;
          const n = countAnd(rowKinds(row, v.kind), ...chosen);
          const on = n > 0 && (!v.theme || section.dataset.theme === v.theme);
          row.hidden = !on;
          const cell = row.querySelector<HTMLElement>('[data-tg-plans]');
          if (cell) cell.textContent = t(script, 'ofPlans', n, totalPlans);
          if (on) visible++;
        }
        section.hidden = visible === 0;
        shown += visible;
      }
      count.textContent = shown ? t(script, 'showingIndicators', shown, all) : t(script, 'noMatch');
    } else {
      for (const row of root!.querySelectorAll<HTMLElement>('.tg-table tbody tr')) {
        all++;
        const d = row.dataset;
        const on = (!v.plan || d.plan === v.plan) && (!v.city || d.city === v.city) && (!v.period || d.period === v.period) && (!v.kind || d.kind === v.kind);
        row.hidden = !on;
        if (on) shown++;
      }
      count.textContent = shown ? t(script, 'showing', shown, all) : t(script, 'noMatch');
    }
    const params = new URLSearchParams();
    for (const n of NAMES) if (v[n]) params.set(n, v[n]);
    const search = params.size ? `?${params}` : '';
    writeSearch(search, false);
  }

  const params = new URLSearchParams(location.search);
  for (const n of NAMES) {
    const s = select(n);
    const value = params.get(n);
    if (s && value && [...s.options].some((o) => o.value === value)) s.value = value;
  }
  form.hidden = false;
  form.addEventListener('change', apply);
  form.querySelector('.tg-clear')?.addEventListener('click', () => {
    for (const n of NAMES) {
      const s = select(n);
      if (s) s.value = '';
    }
    apply();
  });
  apply();
}
