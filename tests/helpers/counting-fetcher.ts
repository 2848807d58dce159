/** The search engine's memory fetcher, each JSON read taking `ms`, counting the most reads in flight at once. */
import { memoryFetcher, type SearchFiles } from '../../src/build/search-index.ts';
import type { Fetcher } from '../../src/lib/search/engine.ts';

export function countingFetcher(files: SearchFiles['files'], ms: number): { fetcher: Fetcher; most: () => number } {
  const mem = memoryFetcher(files);
  let inFlight = 0;
  let most = 0;
  const fetcher: Fetcher = {
    ...mem,
    json: async (f) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, ms));
      inFlight--;
      return mem.json(f);
    },
  };
  return { fetcher, most: () => most };
}
