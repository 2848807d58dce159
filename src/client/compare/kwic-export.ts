/**
 * "Download the keyword-in-context lines (CSV)" on the compare page: every occurrence of every
 * term in every plan, not only the groups open — the plans' text is loaded on the click — one
 * line per row, in the page's order (plans as listed, occurrences in document order).
 */
import { KWIC_FIELDS, type KwicColumns, type KwicRow, kwicCsv } from '../../lib/compare-export.ts';
import { kwicLine } from '../../lib/compare/kwic.ts';
import type { PlanText } from '../../lib/compare/count.ts';
import { downloadText } from '../download.ts';
import { shareText as s } from '../i18n.ts';
import { el } from '../search/render.ts';
import { shareColumns } from '../share-columns.ts';
import { siteOrigin } from '../site-origin.ts';
import type { View } from './render.ts';

async function kwicRows(v: View): Promise<KwicRow[]> {
  const present = v.rows.filter((r) => r.cmp.terms.some((x) => x.count > 0));
  await Promise.all(present.map((r) => (r.text ? undefined : v.load(r))));
  const origin = siteOrigin() ?? '';
  return present.flatMap((r) => {
    const text = r.text as PlanText;
    const all = r.cmp.terms.flatMap((x, k) => x.occurrences.map((o) => ({ ...o, k }))).sort((a, b) => a.rec - b.rec || a.from - b.from || a.k - b.k);
    return all.map((o) => {
      const line = kwicLine(text.text[o.rec], v.normaliser.mapped(text.text[o.rec]), o.from, o.to);
      const id = text.ids[o.rec];
      return {
        plan: r.meta.title[v.script],
        slug: r.meta.slug,
        id,
        link: `${origin}${v.plans}${encodeURIComponent(r.meta.slug)}/#${encodeURIComponent(id)}`,
        term: v.terms[o.k].shown,
        before: (line.more.left ? '…' : '') + line.left,
        hit: line.hit,
        after: line.right + (line.more.right ? '…' : ''),
      };
    });
  });
}

/** The download button for the lines of `v`. */
export function kwicExport(v: View): HTMLButtonElement {
  const { script } = v;
  const cols: KwicColumns = shareColumns(script, KWIC_FIELDS);
  const button = el('button', { type: 'button', class: 'button cmp-kwic-csv' }, s(script, 'kwicCsv'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const csv = kwicCsv(await kwicRows(v), cols);
      const name = `kwic-${v.terms
        .map((x) => x.shown)
        .join('_')
        .slice(0, 60)}.csv`;
      downloadText(name, 'text/csv;charset=utf-8', csv);
    } finally {
      button.disabled = false;
    }
  });
  return button;
}
