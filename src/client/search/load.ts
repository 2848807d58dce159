/**
 * Loading the search (browser): the header form carries the URLs of the manifest and the fold
 * table; the manifest names one shard per plan and script. Everything is fetched on first
 * use, from the site itself, and cached by the browser (the file names carry content hashes).
 */
import { Engine, type Progress } from '../../lib/search/engine.ts';
import { parseFoldTable } from '../../lib/search/normalise.ts';
import type { Manifest, Shard } from '../../lib/search/types.ts';
import type { Script } from '../../lib/plan-types.ts';

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

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return (await response.json()) as T;
}

/** The fold table alone (for arrival highlighting), shared with the engine. */
let fold: Promise<Map<string, string>> | undefined;
export function loadFold(cfg = config()): Promise<Map<string, string>> {
  fold ??= json<string>(cfg.fold).then(parseFoldTable);
  fold.catch(() => (fold = undefined));
  return fold;
}

let engine: Promise<Engine> | undefined;
/** The engine with its manifest and fold table (no shards yet); a failure can be retried. */
export function loadEngine(cfg = config()): Promise<Engine> {
  engine ??= Promise.all([json<Manifest>(cfg.manifest), loadFold(cfg)]).then(
    ([manifest, table]) => new Engine(manifest, table, cfg.script, (file) => json<Shard>(new URL(file, cfg.manifest).href)),
  );
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Corpora up to this size (bytes of shards) are fetched whole on first focus. */
export const PREFETCH_ALL = 3_000_000;

/** The engine with the shards of `plans` (all when omitted) loaded. */
export async function ready(plans?: number[], onProgress?: (p: Progress) => void): Promise<Engine> {
  const e = await loadEngine();
  await e.load(plans, onProgress);
  return e;
}

/** On first focus: the whole corpus when it is small, otherwise only the manifest. */
export async function warm(onProgress?: (p: Progress) => void): Promise<Engine> {
  const e = await loadEngine();
  const total = e.manifest.plans.reduce((n, p) => n + p.bytes[e.script], 0);
  if (total <= PREFETCH_ALL) await e.load(undefined, onProgress);
  return e;
}
