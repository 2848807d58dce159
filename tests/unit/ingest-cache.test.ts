/** An unchanged plan is not ingested again; any change to its inputs or the code is. */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planKey } from '../../ingest/cache.ts';
import { runIngest } from '../../ingest/run.ts';
import { loadCatalog } from '../../ingest/catalog.ts';

const dir = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seeds = join(dir, 'seeds');
cpSync('seeds', seeds, { recursive: true });
const options = { seedsDir: seeds, outDir: join(dir, 'generated'), cacheDir: join(dir, 'cache') };
/** Every generated file, by path, to compare runs byte for byte. */
const output = () =>
  Object.fromEntries(
    readdirSync(options.outDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => [join(d.parentPath, d.name), readFileSync(join(d.parentPath, d.name), 'utf8')]),
  );

describe('the ingestion cache', () => {
  it('takes every unchanged plan from the cache, with the same output as a cold run', () => {
    expect(runIngest(options).cached).toBe(0);
    const cold = output();
    expect(runIngest(options).cached).toBe(5);
    expect(output()).toEqual(cold);
    // Without a cache folder nothing is read from it, and the output is the same.
    expect(runIngest({ ...options, cacheDir: undefined }).cached).toBe(0);
    expect(output()).toEqual(cold);
  });

  it('ingests again a plan whose seed, catalog entry or curated table changed, and only it', () => {
    appendFileSync(join(seeds, 'jiaxing-15-proposal.txt'), '\n');
    expect(runIngest(options).cached).toBe(4);
    const catalog = join(seeds, 'catalog.yaml');
    writeFileSync(catalog, readFileSync(catalog, 'utf8').replace('publisher: { name: 嘉兴日报 }', 'publisher: { name: 嘉兴日报社 }'));
    expect(runIngest(options).cached).toBe(4);
    appendFileSync(join(seeds, 'tables', 'linhai-14-outline', 'table1.yaml'), '\n# reviewed again\n');
    expect(runIngest(options).cached).toBe(4);
    expect(runIngest(options).cached).toBe(5);
  });

  it('keeps a cached plan when the catalog order changes, with its new position', () => {
    const catalog = join(seeds, 'catalog.yaml');
    const text = readFileSync(catalog, 'utf8');
    const [head, ...entries] = text.split(/\n(?= {2}- slug:)/);
    writeFileSync(catalog, [head, ...entries.reverse()].join('\n').replace(/\n*$/, '\n'));
    expect(runIngest(options).cached).toBe(5);
    const summaries = JSON.parse(readFileSync(join(options.outDir, 'summaries.json'), 'utf8')).plans;
    expect(summaries.map((s: { entry: { slug: string } }) => s.entry.slug)).toEqual(loadCatalog(seeds).catalog.plans.map((p) => p.slug));
    for (const [i, s] of summaries.entries()) {
      expect(s.catalogIndex).toBe(i);
      expect(JSON.parse(readFileSync(join(options.outDir, 'data', `${s.entry.slug}.json`), 'utf8')).catalogIndex).toBe(i);
    }
  });

  it('keys on the ingestion code too', () => {
    const entry = loadCatalog('seeds').catalog.plans[0];
    const seed = readFileSync(join('seeds', entry.file));
    expect(planKey(entry, seed, [], 'code v1')).not.toBe(planKey(entry, seed, [], 'code v2'));
    expect(planKey(entry, seed, [], 'code v1')).toBe(planKey(entry, seed, [], 'code v1'));
    // The report names the seed's path: the same plan in another folder is another entry.
    expect(planKey(entry, seed, [], 'code v1', 'seeds/a.txt')).not.toBe(planKey(entry, seed, [], 'code v1', '/tmp/seeds/a.txt'));
  });
});
