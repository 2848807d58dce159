/**
 * The one loader of the search's files (browser), for the header panel, the results page and
 * the compare page: the header form carries the URLs of the manifest and the fold table; every
 * other file is named by the manifest, relative to it. Nothing is fetched before first use;
 * files are fetched from the site itself and cached by the browser (their names carry content
 * hashes). A failed fetch is forgotten, so asking again retries exactly what failed; failure()
 * is the one message-and-retry-button the three pages show.
 */
import { Engine, type Fetcher } from '../../lib/search/engine.ts';
import { parseFoldTable } from '../../lib/search/normalise.ts';
import { searchText as t } from '../i18n.ts';
import type { Manifest, Outline } from '../../lib/search/types.ts';
import type { Script } from '../../lib/plan-types.ts';
import { el } from './render.ts';

export interface SearchConfig {
  manifest: string;
  fold: string;
  script: Script;
  /** The search page, the plans' base and the compare page, under the site's base. */
  page: string;
  plans: string;
  compare: string;
}

export function config(): SearchConfig {
  const form = document.querySelector<HTMLFormElement>('form[data-search-manifest]');
  if (!form) throw new Error('no search form on this page');
  const d = form.dataset;
  return {
    manifest: new URL(d.searchManifest!, location.href).href,
    fold: new URL(d.searchFold!, location.href).href,
    script: document.documentElement.lang === 'zh-Hant' ? 'hant' : 'hans',
    page: d.searchPage!,
    plans: d.searchPlans!,
    compare: d.searchCompare!,
  };
}

async function get(url: string): Promise<Response> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response;
}

/** Fetches files relative to the manifest (what the engine asks for). */
const fetcher = (cfg: SearchConfig): Fetcher => ({
  json: async <T>(file: string) => (await (await get(new URL(file, cfg.manifest).href)).json()) as T,
  bytes: async (file: string) => new Uint8Array(await (await get(new URL(file, cfg.manifest).href)).arrayBuffer()),
});

/** A promise kept on success and dropped on failure, so that the next call retries. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => {
    p ??= make();
    p.catch(() => (p = undefined));
    return p;
  };
}

/** The fold table alone (for arrival highlighting), shared with the engine. */
let foldOnce: (() => Promise<Map<string, string>>) | undefined;
export function loadFold(cfg = config()): Promise<Map<string, string>> {
  foldOnce ??= once(async () => parseFoldTable((await (await get(cfg.fold)).json()) as string));
  return foldOnce();
}

let engineOnce: (() => Promise<Engine>) | undefined;
/** The engine with its manifest and fold table (a few KB: no index or text yet). */
export function loadEngine(cfg = config()): Promise<Engine> {
  engineOnce ??= once(async () => {
    const [manifest, fold] = await Promise.all([get(cfg.manifest).then((r) => r.json() as Promise<Manifest>), loadFold(cfg)]);
    return new Engine(manifest, fold, cfg.script, fetcher(cfg));
  });
  return engineOnce();
}

let outlineOnce: (() => Promise<Outline>) | undefined;
/** Every plan's chapters (the compare page's strips). */
export function loadOutline(cfg = config()): Promise<Outline> {
  outlineOnce ??= once(async () => {
    const e = await loadEngine(cfg);
    return fetcher(cfg).json<Outline>(e.manifest.outline);
  });
  return outlineOnce();
}

/** "n/N plans (… KB)" while fragments load. */
export const progressText = (script: Script, p: { done: number; total: number; bytesTotal: number }): string =>
  t(script, 'loadingProgress', p.done, p.total, Math.round(p.bytesTotal / 1024));

/** The failure message and a retry button (retrying fetches only what failed). */
export function failure(script: Script, className: string, retry: () => void): (Node | string)[] {
  const button = el('button', { type: 'button', class: className }, t(script, 'retry'));
  button.addEventListener('click', retry);
  return [t(script, 'failed'), ' ', button];
}
