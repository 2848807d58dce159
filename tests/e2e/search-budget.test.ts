/**
 * The search's download budget, on measured sizes (wall time is in `npm run bench:scale`): what
 * a browser fetches for the first results — the search code, the manifest, the fold table, the
 * chunks of the query's grams (at most two for a term of up to five characters: here the two
 * largest), the best plan's passage table and the fragments holding its first three passages
 * (here the largest table and the three largest fragments) — is at most 0.3× the gzipped plan
 * text: passages are fetched as painted, never a whole plan.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, SLUGS, planData } from '../helpers/dist.ts';
import { chunkFile, fragmentFile, type Manifest, tableFile } from '../../src/lib/search/types.ts';

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

  it('is at most 0.3× the gzipped plan text, and no file is plan-sized', () => {
    const code = [...closure(boxScript)].reduce((n, m) => n + gz(read(m)), 0);
    const at = (file: string) => new URL(file, `http://x${manifestUrl}`).pathname;
    // Chunks are gzipped by the build (a host serves binary files as they are).
    const chunks = manifest.grams.first.map((_, c) => read(at(chunkFile(manifest, c))).length).sort((a, b) => b - a);
    const tables = manifest.plans.map((p) => gz(read(at(tableFile(manifest, p.slug))))).sort((a, b) => b - a);
    const fragments: number[] = [];
    for (let n = 0; existsSync(join(DIST, at(fragmentFile(manifest, n, 'hans')).slice(1))); n++)
      fragments.push(gz(read(at(fragmentFile(manifest, n, 'hans')))));
    fragments.sort((a, b) => b - a);
    const data = gz(read(manifestUrl)) + gz(read(foldUrl)) + chunks[0] + chunks[1] + tables[0] + fragments[0] + fragments[1] + fragments[2];
    expect(code).toBeGreaterThan(5_000); // the closure found the panel and the engine
    expect(code).toBeLessThan(25 * 1024);
    expect(code + data).toBeLessThan(0.3 * gz(text));
    // Small files: a fragment or a chunk is a few KB gzipped at five plans, a table under 1 KB.
    expect(fragments.length).toBeGreaterThan(50);
    expect(fragments[0]).toBeLessThan(4 * 1024);
    expect(chunks[0]).toBeLessThan(8 * 1024);
    expect(tables[0]).toBeLessThan(1024);
  });

  it('ships a character table, never OpenCC’s dictionaries', () => {
    const fold = read(foldUrl);
    expect(fold.length).toBeLessThan(20 * 1024);
    for (const m of closure(boxScript)) expect(read(m).toString('utf8')).not.toMatch(/TSPhrases|STPhrases|㑯 㑔/);
  });
});
