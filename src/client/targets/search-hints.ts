/**
 * The search results page's hints, under its status line: "查看各规划的目标：…" where the query
 * names an indicator, and "也搜索：…" with the counts of its other wordings (./hint.ts). They
 * follow the query as it is typed, submitted or restored (back/forward); the query itself is
 * left as the reader wrote it.
 */
import { queryPieces } from '../../lib/search/tokens.ts';
import { stateSearch } from '../../lib/search/url-state.ts';
import { pageScript } from '../i18n.ts';
import { config, loadEngine } from '../search/load.ts';
import { alsoSearch, hintConfig, loadKeys, targetLinks, whenTypingPauses } from './hint.ts';

const host = document.querySelector<HTMLElement>('[data-targets-search]');
const input = document.querySelector<HTMLInputElement>('.sr-form input[name="q"]');
const cfg = hintConfig();
const script = pageScript();
let generation = 0;
let shown: string | undefined;

async function update(): Promise<void> {
  if (!host || !input || !cfg) return;
  const q = input.value.trim();
  if (q === shown) return;
  shown = q;
  const mine = ++generation;
  if (!q) return host.replaceChildren();
  try {
    const keys = await loadKeys(cfg);
    const included = queryPieces(q)
      .filter((p) => !p.exclude)
      .map((p) => p.text);
    const links = targetLinks(script, cfg, included, keys);
    const search = config();
    const also = await alsoSearch(
      script,
      q,
      keys,
      async (alt) => {
        const r = await (await loadEngine(search)).search(alt);
        return { plans: r.plans.length, hits: r.hits };
      },
      (alt) => search.page + stateSearch({ q: alt, city: [], type: [], period: [], sort: 'relevance' }),
    );
    if (mine === generation) host.replaceChildren(...[links, also].filter((n): n is HTMLElement => n !== null));
  } catch {
    // The hints are an aid: without the index the results page is whole.
    if (mine === generation) host.replaceChildren();
  }
}

whenTypingPauses(input, 250, () => void update());
input?.form?.addEventListener('submit', () => void update());
addEventListener('popstate', () => setTimeout(() => void update()));
void update();
