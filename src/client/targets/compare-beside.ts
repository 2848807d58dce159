/**
 * The compare page's targets: where a compared term names a canonical indicator (R&D, 研发,
 * 城镇化率), its targets table beside the counts — the target rows of the indicator's own page,
 * fetched and parsed (no second copy of the data) — with a link to the whole page, and links to
 * compare the term's other wordings alongside it (研发经费 → 研发经费、R&D经费).
 */
import { readTerms, splitTerms, termsSearch } from '../../lib/compare/terms.ts';
import { indicatorsNamed, otherWordings } from '../../lib/targets/match.ts';
import { pageScript, targetsHintText as t } from '../i18n.ts';
import { el } from '../search/render.ts';
import { hintConfig, indicatorHref, loadKeys, targetLinks, whenTypingPauses } from './hint.ts';

/** Target rows shown beside the counts; the rest are on the indicator's page. */
const ROWS = 12;
const host = document.querySelector<HTMLElement>('[data-targets-beside]');
const input = document.querySelector<HTMLInputElement>('.cmp-form input[name="terms"]');
const cfg = hintConfig();
const script = pageScript();
const pages = new Map<string, Promise<Document>>();
let generation = 0;
let shown = '';

function page(href: string): Promise<Document> {
  let p = pages.get(href);
  if (!p) {
    p = fetch(href, { credentials: 'same-origin' }).then(async (r) => {
      if (!r.ok) throw new Error(`${r.status} ${href}`);
      return new DOMParser().parseFromString(await r.text(), 'text/html');
    });
    p.catch(() => pages.delete(href));
    pages.set(href, p);
  }
  return p;
}

/** The indicator's target rows as a table of their own, links kept. */
function targetsTable(doc: Document, name: string, href: string, headingId: string): HTMLElement | null {
  const source = doc.querySelector<HTMLTableElement>('.tg-table');
  if (!source) return null;
  const table = source.cloneNode(true) as HTMLTableElement;
  table.caption?.remove();
  const rows = [...table.tBodies[0].rows];
  const targets = rows.filter((r) => r.dataset.kind === 'target');
  for (const r of rows) if (!targets.slice(0, ROWS).includes(r)) r.remove();
  for (const r of table.querySelectorAll('[id]')) r.removeAttribute('id');
  table.setAttribute('aria-labelledby', headingId);
  return el(
    'section',
    { class: 'tg-beside', 'aria-labelledby': headingId },
    el('h2', { id: headingId }, t(script, 'tableOf', name)),
    el('div', { class: 'tg-scroll' }, table),
    el('p', { class: 'tg-note' }, el('a', { href }, t(script, 'more', rows.length)), t(script, 'targetsOnly')),
  );
}

async function update(): Promise<void> {
  if (!host || !cfg) return;
  const terms = input?.value.trim() ? splitTerms(input.value) : readTerms(new URLSearchParams(location.search));
  const now = terms.join('\n');
  if (now === shown) return;
  shown = now;
  const mine = ++generation;
  if (!terms.length) return host.replaceChildren();
  try {
    const keys = await loadKeys(cfg);
    const named = [...new Map(terms.flatMap((x) => indicatorsNamed(x, keys, 2)).map((e) => [e.key, e])).values()].slice(0, 2);
    const tables = await Promise.all(
      named.map(async (e, i) => targetsTable(await page(indicatorHref(cfg, e.key)), e.names[script], indicatorHref(cfg, e.key), `tg-beside-${i}`)),
    );
    const alts = [...new Set(terms.flatMap((x) => otherWordings(x, keys)))].filter((a) => !terms.includes(a));
    const also = alts.length
      ? el(
          'p',
          { class: 'tg-also', 'data-also-search': '' },
          t(script, 'alsoCompare'),
          ...alts.flatMap((a, i) => [i ? '、' : '', el('a', { href: `${location.pathname}${termsSearch([...terms, a])}` }, a)]),
        )
      : null;
    if (mine !== generation) return;
    host.replaceChildren(...[targetLinks(script, cfg, terms, keys), also, ...tables].filter((n): n is HTMLElement => n !== null));
    host.hidden = !host.childElementCount;
  } catch {
    if (mine === generation) host.replaceChildren();
  }
}

whenTypingPauses(input, 300, () => void update());
input?.form?.addEventListener('submit', () => setTimeout(() => void update()));
addEventListener('popstate', () => setTimeout(() => void update()));
void update();
