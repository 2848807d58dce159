/**
 * The search's download budget, on measured sizes (wall time is in `npm run bench`): what a
 * browser fetches for the first search — the search code and, for this corpus, the manifest,
 * the fold table and every shard — is at most twice the gzipped plan text itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, SLUGS, planData } from '../helpers/dist.ts';
import type { Manifest } from '../../src/lib/search/types.ts';

const gz = (b: string | Buffer) => gzipSync(b, { level: 9 }).length;
const read = (url: string) => readFileSync(join(DIST, decodeURI(url).replace(/^\//, '')));

/** A module with everything it imports, statically or dynamically. */
function closure(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = read(url).toString('utf8');
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.js)["'`]/g)) closure(new URL(m[1], `http://x${url}`).pathname, seen);
  return seen;
}

describe('first-search download', () => {
  const home = readFileSync(join(DIST, 'zh-hans/index.html'), 'utf8');
  const manifestUrl = home.match(/data-search-manifest="([^"]+)"/)![1];
  const foldUrl = home.match(/data-search-fold="([^"]+)"/)![1];
  const boxScript = home.match(/<script type="module" src="([^"]*SearchBox[^"]*)"/)![1];
  const manifest = JSON.parse(read(manifestUrl).toString('utf8')) as Manifest;
  const text = SLUGS.map(planData)
    .flatMap((p) => p.records.map((r) => r.text.hans))
    .join('\n');

  it('is at most twice the gzipped plan text', () => {
    const code = [...closure(boxScript)].reduce((n, m) => n + gz(read(m)), 0);
    const data = [manifestUrl, foldUrl, ...manifest.plans.map((p) => new URL(p.file.hans, `http://x${manifestUrl}`).pathname)].reduce(
      (n, u) => n + gz(read(u)),
      0,
    );
    expect(code).toBeGreaterThan(5_000); // the closure found the panel and the engine
    expect(code).toBeLessThan(25 * 1024);
    expect(code + data).toBeLessThan(2 * gz(text));
  });

  it('ships a character table, never OpenCC’s dictionaries', () => {
    const fold = read(foldUrl);
    expect(fold.length).toBeLessThan(20 * 1024);
    for (const m of closure(boxScript)) expect(read(m).toString('utf8')).not.toMatch(/TSPhrases|STPhrases|㑯 㑔/);
  });
});
