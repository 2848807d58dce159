/**
 * The search page's state, always in its URL (browser-safe):
 * `?q=<query>&city=<city>&type=<kind>&period=<n>&sort=doc`, every parameter but q optional.
 *
 * Written values are the catalog's own (city=临海市, type=纲要, period=14); read values also
 * accept the other script (臨海市, 綱要), the city without 市, the slug's city (linhai),
 * English kinds (proposal, outline, implementation) and several values separated by commas.
 */
import { parsePeriod } from '../numerals.ts';
import { capCodePoints } from '../url-text.ts';
import type { Sort } from './engine.ts';

export interface SearchState {
  q: string;
  city: string[];
  type: string[];
  period: number[];
  sort: Sort;
}

export interface FacetOption {
  value: string;
  aliases: string[];
}

/** Lower-cased, spaces and punctuation dropped: for comparing a URL value with aliases. */
const key = (s: string) => s.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

export function resolveValues(raw: string[], options: readonly FacetOption[]): string[] {
  const out: string[] = [];
  for (const value of raw.flatMap((v) => v.split(/[,，、]/))) {
    const k = key(value);
    if (!k) continue;
    const hit = options.find((o) => key(o.value) === k || o.aliases.some((a) => key(a) === k));
    if (hit && !out.includes(hit.value)) out.push(hit.value);
  }
  return out;
}

export function parseState(params: URLSearchParams, facets: { city: readonly FacetOption[]; type: readonly FacetOption[] }): SearchState {
  const all = (name: string) => params.getAll(name).filter(Boolean);
  const period = all('period')
    .flatMap((v) => v.split(/[,，、]/))
    .map(parsePeriod)
    .filter((n): n is number => n !== undefined);
  return {
    q: capCodePoints(params.get('q') ?? ''),
    city: resolveValues(all('city'), facets.city),
    type: resolveValues(all('type'), facets.type),
    period: [...new Set(period)],
    sort: params.get('sort') === 'doc' ? 'doc' : 'relevance',
  };
}

/** The canonical query string for a state ('' when empty), parameters in contract order. */
export function stateSearch(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', capCodePoints(state.q));
  if (state.city.length) p.set('city', state.city.join(','));
  if (state.type.length) p.set('type', state.type.join(','));
  if (state.period.length) p.set('period', state.period.join(','));
  if (state.sort === 'doc') p.set('sort', 'doc');
  const s = p.toString();
  return s ? `?${s}` : '';
}
