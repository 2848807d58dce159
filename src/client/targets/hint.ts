/**
 * The targets beside search and compare: for a term that names a canonical indicator, a link
 * "查看各规划的目标：研发经费投入强度" (and on compare the table itself), and for a query that
 * is another wording of one, "也搜索：R&D经费（2 份规划 3 处）…" — offered, never applied: the
 * reader's query is never changed. The small index of names (/targets/keys.json) is fetched
 * once, on first use; the header form names it (src/components/SearchBox.astro).
 */
import type { KeysFile, KeyEntry } from '../../lib/targets/match.ts';
import { indicatorsNamed, otherWordings } from '../../lib/targets/match.ts';
import type { Script } from '../../lib/plan-types.ts';
import { targetsHintText as t } from '../i18n.ts';
import { el } from '../search/render.ts';

export interface HintConfig {
  keys: string;
  /** The targets overview, under the site's base and the page's script. */
  targets: string;
}

export function hintConfig(): HintConfig | undefined {
  const d = document.querySelector<HTMLFormElement>('form[data-targets-keys]')?.dataset;
  return d?.targetsKeys && d.targets ? { keys: d.targetsKeys, targets: d.targets } : undefined;
}

let file: Promise<KeysFile> | undefined;
let loaded: KeysFile | undefined;
/** The index of names; a failed fetch is forgotten, so the next use retries. */
export function loadKeys(cfg: HintConfig): Promise<KeysFile> {
  file ??= fetch(cfg.keys, { credentials: 'same-origin' })
    .then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${cfg.keys}`);
      return r.json() as Promise<KeysFile>;
    })
    .then((f) => (loaded = f));
  file.catch(() => (file = undefined));
  return file;
}

/** The index if it has arrived (the header panel paints synchronously). */
export const keysNow = (): KeysFile | undefined => loaded;

export const indicatorHref = (cfg: HintConfig, key: string): string => `${cfg.targets}${encodeURIComponent(key)}/`;

/** "查看各规划的目标：A、B" for the indicators the terms name; null where they name none. */
export function targetLinks(script: Script, cfg: HintConfig, terms: readonly string[], keys: KeysFile, className = 'tg-hint'): HTMLElement | null {
  const found = new Map<string, KeyEntry>();
  for (const term of terms) for (const e of indicatorsNamed(term, keys)) found.set(e.key, e);
  if (!found.size) return null;
  return el(
    'p',
    { class: className, 'data-targets-hint': '' },
    t(script, 'see'),
    ...[...found.values()].slice(0, 3).flatMap((e, i) => [i ? '、' : '', el('a', { href: indicatorHref(cfg, e.key) }, e.names[script])]),
  );
}

/** The other wordings of a query with their counts, as links; null where there are none with hits. */
export async function alsoSearch(
  script: Script,
  query: string,
  keys: KeysFile,
  count: (q: string) => Promise<{ plans: number; hits: number }>,
  href: (q: string) => string,
): Promise<HTMLElement | null> {
  const alts = otherWordings(query, keys);
  if (!alts.length) return null;
  const counted = await Promise.all(alts.map(async (q) => ({ q, ...(await count(q)) })));
  const useful = counted.filter((c) => c.hits > 0);
  if (!useful.length) return null;
  const p = el('p', { class: 'tg-also', 'data-also-search': '' }, t(script, 'also'));
  useful.forEach((c, i) => {
    if (i > 0) p.append('、');
    p.append(el('a', { href: href(c.q) }, c.q), `（${t(script, 'alsoCount', c.plans, c.hits)}）`);
  });
  return p;
}

/** Runs `f` once typing in `input` has paused for `ms` (the hints follow the words, not each key). */
export function whenTypingPauses(input: HTMLInputElement | null, ms: number, f: () => void): void {
  let typed: ReturnType<typeof setTimeout> | undefined;
  input?.addEventListener('input', () => {
    clearTimeout(typed);
    typed = setTimeout(f, ms);
  });
}
