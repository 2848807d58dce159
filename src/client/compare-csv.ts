/**
 * The compare page's counts as CSV: a download link under the counts table, one field per
 * column (title, code, city, kind, period, URL, length, then count and rate per term), numbers
 * as numbers, read from the table's data attributes (src/lib/compare-export.ts writes it). The
 * table is redrawn with every query, so the link is (re)made whenever the table appears.
 */
import { type CountsColumns, type CountsRow, countsCsv, plainNumber } from '../lib/compare-export.ts';
import { pageScript, shareText as s } from './i18n.ts';
import { siteOrigin } from './site-origin.ts';

const script = pageScript();

function rows(table: HTMLTableElement): CountsRow[] {
  const origin = siteOrigin() ?? '';
  return [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-slug]')].map((tr) => {
    const a = tr.querySelector('th a');
    const [city = '', kind = '', period = ''] = (tr.querySelector('.cmp-plan-meta')?.textContent ?? '').split(' · ');
    const counts = [...tr.querySelectorAll<HTMLElement>('td[data-count]')].map((td) => ({
      count: Number(td.dataset.count),
      rate: plainNumber(tr.querySelector<HTMLElement>(`td[data-rate][data-term="${td.dataset.term}"]`)?.dataset.rate ?? '0'),
    }));
    return {
      plan: a?.textContent ?? '',
      slug: tr.dataset.slug ?? '',
      city,
      kind,
      period,
      link: `${origin}${a?.getAttribute('href') ?? ''}`,
      chars: Number(tr.querySelector<HTMLElement>('td[data-chars]')?.dataset.chars ?? 0),
      counts,
    };
  });
}

function offer(table: HTMLTableElement): void {
  const wrap = table.closest('.cmp-table-wrap') ?? table;
  let link = wrap.nextElementSibling as HTMLAnchorElement | null;
  if (!link?.matches('a.cmp-csv')) {
    link = document.createElement('a');
    link.className = 'button cmp-csv';
    link.textContent = s(script, 'countsCsv');
    wrap.after(link);
  }
  const terms = [...table.querySelectorAll('thead .cmp-th-term')].map((th) => (th.textContent ?? '').trim());
  const cols: CountsColumns = {
    plan: s(script, 'colPlan'),
    slug: s(script, 'colSlug'),
    city: s(script, 'colCity'),
    kind: s(script, 'colKind'),
    period: s(script, 'colPeriod'),
    link: s(script, 'colLink'),
    chars: table.querySelector('thead th.num')?.textContent ?? '',
    count: s(script, 'colCount'),
    rate: table.querySelector('thead tr:nth-child(2) th:nth-child(2)')?.textContent ?? '',
    total: table.querySelector('tfoot th')?.textContent ?? '',
  };
  const query = new URLSearchParams(location.search).get('terms') ?? 'compare';
  link.download = `compare-${query.replace(/[\\/:*?"<>|,\s]+/g, '_').slice(0, 60)}.csv`;
  if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([countsCsv(terms, rows(table), cols)], { type: 'text/csv;charset=utf-8' }));
}

const seen = new WeakSet<HTMLTableElement>();
const scan = () => {
  for (const table of document.querySelectorAll<HTMLTableElement>('table.cmp-table'))
    if (!seen.has(table)) {
      seen.add(table);
      offer(table);
    }
};
new MutationObserver(scan).observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true });
scan();
