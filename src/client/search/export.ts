/**
 * "Export every hit" on the results page: CSV and JSON of all matching passages of the query
 * under the active filters — not only the groups painted: on the click every result plan's hits
 * are ranked from the index in the page's sort order, then the fragments holding them fetched. The rows themselves: src/lib/hit-export.ts.
 */
import { firstMark, type HitColumns, type HitRow, exportName, hitsCsv, hitsJson, sentenceAround } from '../../lib/hit-export.ts';
import type { Engine, Results, Sort } from '../../lib/search/engine.ts';
import type { SearchState } from '../../lib/search/url-state.ts';
import { formatPeriod } from '../../lib/numerals.ts';
import { shareText as s } from '../i18n.ts';
import type { SearchConfig } from './load.ts';
import { el } from './render.ts';
import { downloadText } from '../download.ts';
import { shareColumns } from '../share-columns.ts';
import { siteOrigin } from '../site-origin.ts';

/** Every hit of `r` as rows (fetches the passages' text still missing). */
export async function hitRows(e: Engine, r: Results, cfg: SearchConfig, sort: Sort): Promise<HitRow[]> {
  const ranked = await Promise.all(r.plans.map((p) => e.ranked(p, sort)));
  await e.fetchText(ranked.flat());
  const origin = siteOrigin() ?? '';
  const { script } = cfg;
  return r.plans.flatMap((p, i) =>
    ranked[i].map((hit) => {
      const id = e.id(hit);
      const whole = firstMark(e.snippet(hit, r.terms, { whole: Number.MAX_SAFE_INTEGER }));
      return {
        slug: p.meta.slug,
        plan: p.meta.title[script],
        city: p.meta.city[script],
        kind: p.meta.kindLabel[script],
        period: p.meta.period,
        periodLabel: formatPeriod(p.meta.period),
        id,
        link: `${origin}${cfg.plans}${encodeURIComponent(p.meta.slug)}/#${encodeURIComponent(id)}`,
        path: e.path(hit),
        sentence: sentenceAround(whole.text, whole.start, whole.end),
        count: hit.m.hits,
      };
    }),
  );
}

/** The export buttons for these results: CSV and JSON, made when pressed. */
export function exportControls(e: Engine, r: Results, cfg: SearchConfig, state: SearchState): HTMLElement {
  const { script } = cfg;
  const cols: HitColumns = shareColumns(script, ['plan', 'slug', 'city', 'kind', 'period', 'id', 'link', 'path', 'sentence', 'count']);
  const csv = el('button', { type: 'button', class: 'button sr-export-csv' }, s(script, 'exportCsv'));
  const json = el('button', { type: 'button', class: 'button sr-export-json' }, s(script, 'exportJson'));
  const run = async (button: HTMLButtonElement, write: (rows: HitRow[]) => void) => {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      write(await hitRows(e, r, cfg, state.sort === 'doc' ? 'doc' : 'relevance'));
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  };
  csv.addEventListener('click', () => void run(csv, (rows) => downloadText(exportName(r.query, 'csv'), 'text/csv;charset=utf-8', hitsCsv(rows, cols))));
  json.addEventListener(
    'click',
    () =>
      void run(json, (rows) =>
        downloadText(
          exportName(r.query, 'json'),
          'application/json;charset=utf-8',
          hitsJson({
            query: r.query,
            filters: { city: state.city, type: state.type, period: state.period },
            page: `${siteOrigin() ?? ''}${location.pathname}${location.search}`,
            hits: r.hits,
            passages: r.passages,
            rows,
          }),
        ),
      ),
  );
  csv.title = json.title = s(script, 'exportNote');
  return el(
    'div',
    { class: 'sr-export', role: 'group', 'aria-label': s(script, 'export', r.passages) },
    el('span', { class: 'sr-export-label' }, s(script, 'export', r.passages)),
    ' ',
    csv,
    ' ',
    json,
  );
}
