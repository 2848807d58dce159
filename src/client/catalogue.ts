/**
 * The home page's catalogue in the browser: shows the filters, and on every change hides the
 * plans that do not match, updates each facet value's count, the status line (a live region)
 * and the order. Sorting by place keeps the grouped list; any other sort moves the same list
 * items into one flat list. The logic is src/lib/catalogue.ts; this file only touches the DOM.
 */
import { type CatalogueData, emptySelection, FACETS, facetCounts, folder, matches, type Selection, type Sort, sorted } from '../lib/catalogue.ts';
import { catalogueText, pageScript } from './i18n.ts';

const form = document.querySelector<HTMLFormElement>('[data-catalogue-filters]');
const dataEl = document.querySelector('script[data-catalogue]');
if (form && dataEl) {
  const data = JSON.parse(dataEl.textContent ?? '{}') as CatalogueData;
  const script = pageScript();
  const fold = folder(data.fold);
  const groups = document.querySelector('[data-catalogue-groups]') as HTMLElement;
  const flat = document.querySelector('[data-catalogue-flat]') as HTMLOListElement;
  const status = document.querySelector('[data-catalogue-status]') as HTMLElement;
  const items = [...groups.querySelectorAll<HTMLLIElement>('li[data-k]')];
  const homes = items.map((li) => li.parentElement as HTMLElement);
  // What a plan is found by: its list item's text and its province and city, folded.
  const haystack = items.map((li, k) => fold(`${li.textContent}${data.values.province[data.plans[k][0]]}${data.values.city[data.plans[k][1]]}`));
  const countEls = FACETS.map((f) => [...form.querySelectorAll<HTMLElement>(`[data-facet="${f}"] .cat-count`)]);
  const query = form.querySelector('#cat-q') as HTMLInputElement;
  const sortEl = form.querySelector('#cat-sort') as HTMLSelectElement;
  let sortNow: Sort = 'place';

  const selection = (): Selection => {
    const s = emptySelection();
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'))
      (s[box.name as keyof Selection] as Set<number>).add(Number(box.value));
    return s;
  };

  function arrange(sort: Sort): void {
    if (sort === sortNow) return;
    sortNow = sort;
    if (sort === 'place') {
      for (const [k, li] of items.entries()) homes[k].append(li);
    } else {
      flat.append(...sorted(data, sort).map((k) => items[k]));
    }
    groups.hidden = sort !== 'place';
    flat.hidden = sort === 'place';
  }

  function update(): void {
    const sel = selection();
    const q = fold(query.value);
    const textOk = haystack.map((h) => h.includes(q));
    let shown = 0;
    data.plans.forEach((plan, k) => {
      const ok = textOk[k] && matches(plan, sel);
      items[k].hidden = !ok;
      if (ok) shown++;
    });
    const counts = facetCounts(data, sel, textOk);
    FACETS.forEach((f, i) => {
      countEls[i].forEach((el, v) => {
        el.textContent = catalogueText(script, 'count', counts[f][v]);
        // A value no plan would match is dimmed, not removed, so the list does not jump.
        (el.parentElement as HTMLElement).classList.toggle('cat-zero', counts[f][v] === 0);
      });
    });
    for (const section of groups.querySelectorAll<HTMLElement>('section')) section.hidden = !section.querySelector('li:not([hidden])');
    arrange(sortEl.value as Sort);
    status.textContent =
      shown === 0
        ? catalogueText(script, 'none')
        : shown === items.length
          ? catalogueText(script, 'all', items.length)
          : catalogueText(script, 'showing', shown, items.length);
  }

  // On a phone the facets start folded, so that the list is in view; on a wide screen they sit beside it.
  const facets = form.querySelector('[data-catalogue-facets]') as HTMLDetailsElement;
  facets.open = matchMedia('(min-width: 64rem)').matches;
  form.hidden = false;
  form.addEventListener('input', update);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  // After a reset the controls hold their default values only once the event has passed.
  form.addEventListener('reset', () => setTimeout(update));
  // Controls restored by the browser (back button) are applied at once.
  update();
}
