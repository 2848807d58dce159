/**
 * The compare page's counts as CSV: a download link under the counts table, made from the
 * table as drawn (header rows kept, spans filled), UTF-8 with BOM. The table is redrawn with
 * every query, so the link is (re)made whenever the table appears.
 */
import { fillSpans, toCsv } from '../lib/table-csv.ts';

const label = document.documentElement.lang === 'zh-Hant' ? '下載計數（CSV）' : '下载计数（CSV）';

function grid(table: HTMLTableElement): string[][] {
  return fillSpans(
    [...table.rows].map((tr) =>
      [...tr.cells].map((cell) => ({ text: (cell.textContent ?? '').replace(/\s+/g, ' ').trim(), colspan: cell.colSpan, rowspan: cell.rowSpan })),
    ),
  );
}

function offer(table: HTMLTableElement): void {
  const wrap = table.closest('.cmp-table-wrap') ?? table;
  let link = wrap.nextElementSibling as HTMLAnchorElement | null;
  if (!link?.matches('a.cmp-csv')) {
    link = document.createElement('a');
    link.className = 'button cmp-csv';
    link.textContent = label;
    wrap.after(link);
  }
  const terms = new URLSearchParams(location.search).get('terms') ?? 'compare';
  link.download = `compare-${terms.replace(/[\\/:*?"<>|,\s]+/g, '_').slice(0, 60)}.csv`;
  if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([toCsv(grid(table))], { type: 'text/csv;charset=utf-8' }));
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
