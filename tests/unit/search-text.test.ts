/**
 * The search's text files (format 3): fragments cut by size across plans, each plan's passage
 * table, heading paths from any one fragment, and a table's rows and cells kept in its text —
 * snippets and keyword-in-context lines then show the row as cells.
 */
import { describe, expect, it } from 'vitest';
import { realPlans } from '../../tools/bench/synthetic-corpus.ts';
import { buildSearchFiles, memoryFetcher } from '../../src/build/search-index.ts';
import { countingFetcher } from '../helpers/counting-fetcher.ts';
import { FRAGMENT_BYTES, headings } from '../../src/build/search-text.ts';
import { markRows, tableRowsText } from '../../src/build/search-table-text.ts';
import { chunkBytes, MAX_CHUNK_BYTES, MIN_CHUNK_BYTES } from '../../src/build/gram-index.ts';
import { Engine } from '../../src/lib/search/engine.ts';
import { CELL, originalRanges, ROW, snippet } from '../../src/lib/search/highlight.ts';
import { Normaliser, parseFoldTable } from '../../src/lib/search/normalise.ts';
import { kwicLine } from '../../src/lib/compare/kwic.ts';
import { fragmentFile, type PassageTable, type TextFragment, tableFile } from '../../src/lib/search/types.ts';

const plans = realPlans();
const files = buildSearchFiles(plans);
const norm = new Normaliser(parseFoldTable(files.fold));
const m = files.manifest;
const json = <T>(name: string) => JSON.parse(files.files.get(name) as string) as T;

describe('text fragments and passage tables', () => {
  const fragments: TextFragment[] = [];
  for (let n = 0; files.files.has(fragmentFile(m, n, 'hans')); n++) fragments.push(json(fragmentFile(m, n, 'hans')));

  it('hold every passage once, in corpus order, cut near FRAGMENT_BYTES (across plans)', () => {
    const total = plans.reduce((n, p) => n + p.records.length, 0);
    expect(fragments.flatMap((f) => f.ids).length).toBe(total);
    let next = 0;
    for (const f of fragments) {
      expect(f.first).toBe(next);
      next += f.ids.length;
      const bytes = Buffer.byteLength(JSON.stringify(f.text));
      // Over the target only when one passage alone is.
      if (f.ids.length > 1) expect(bytes).toBeLessThan(FRAGMENT_BYTES + 200);
    }
    // Some fragment holds the end of one plan and the start of the next.
    const starts = new Set(plans.map((_, i) => json<PassageTable>(tableFile(m, plans[i].entry.slug)).start));
    expect(fragments.some((f) => [...starts].some((s) => s > f.first && s < f.first + f.ids.length))).toBe(true);
  });

  it('address each passage from its plan’s table, and give its heading path from that fragment alone', async () => {
    const e = new Engine(m, parseFoldTable(files.fold), 'hans', memoryFetcher(files.files));
    let checked = 0;
    for (const [i, p] of plans.entries()) {
      const up = headings(p);
      const r = await e.search(norm.text(p.records[p.records.length - 1].text.hans).slice(0, 6));
      const plan = r.plans.find((x) => x.plan === i);
      if (!plan) continue;
      const hits = await e.ranked(plan);
      await e.fetchText(hits);
      checked += hits.length > 0 ? 1 : 0;
      for (const h of hits) {
        expect(e.id(h)).toBe(p.records[h.rec].id);
        const want: string[] = [];
        for (let k = up[h.rec]; k >= 0 && want.length < 8; k = up[k]) want.unshift(p.records[k].text.hans);
        expect(e.path(h)).toEqual(want);
      }
    }
    // Each plan is found by a piece of its own last passage: the loop above checked every one.
    expect(checked).toBe(plans.length);
  });

  it('size chunks to the corpus: small ones for a small corpus, at most 24 KB', () => {
    expect(chunkBytes(600_000)).toBe(MIN_CHUNK_BYTES);
    expect(chunkBytes(12_000_000)).toBeGreaterThan(MIN_CHUNK_BYTES);
    expect(chunkBytes(126_000_000)).toBe(MAX_CHUNK_BYTES);
  });
});

describe('table rows and cells', () => {
  const linhai = plans.find((p) => p.entry.slug === 'linhai-14-outline')!;
  const texts = tableRowsText(linhai);
  const t2 = linhai.records.findIndex((r) => r.id === 'table2');

  it('mark rows and cells in both scripts, same length and same normalised text as the record', () => {
    for (const [i, r] of linhai.records.entries()) {
      for (const s of ['hans', 'hant'] as const) {
        expect(texts[i][s].length).toBe(r.text[s].length);
        expect(norm.text(texts[i][s])).toBe(norm.text(r.text[s]));
      }
    }
    expect(texts[t2].hans.split(ROW)).toContain(['常住人口城镇化率', '%', '49.5', '60以上', '预期性'].join(CELL));
  });

  it('keep the text as it is when it does not line up with the cells', () => {
    expect(markRows('a b c', [['a', 'b']], 'a b c')).toBeUndefined();
    expect(markRows('a b c', [['a'], ['b', 'c']], 'a b c')).toBe(`a${ROW}b${CELL}c`);
  });

  it('a snippet shows the row that holds the hit, as cells; KWIC keeps to the row', () => {
    const text = texts[t2].hans;
    const mapped = norm.mapped(text);
    const segs = snippet(text, originalRanges(mapped, ['常住人口城镇化率']));
    const shown = segs.map((s) => s.text).join('');
    expect(shown).toContain(['常住人口城镇化率', '%', '49.5', '60以上', '预期性'].join(CELL));
    // The caption, then the one row that holds the hit.
    expect(shown.split(ROW).filter((r) => r !== '…')).toEqual([texts[t2].hans.split(ROW)[0], ['常住人口城镇化率', '%', '49.5', '60以上', '预期性'].join(CELL)]);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['常住人口城镇化率']);
    const at = mapped.text.indexOf('常住人口城镇化率');
    const line = kwicLine(text, mapped, at, at + 8);
    expect(line.right).toBe(' · % · 49.5 · 60以上 · 预期性');
    expect(line.left).toBe('');
    expect(line.more).toEqual({ left: true, right: true });
  });
});

describe('warming a small corpus for typing', () => {
  it('fetches every plan’s text two files at a time, and a passage asked for meanwhile does not wait for it all', async () => {
    const { fetcher, most } = countingFetcher(files.files, 1);
    const e = new Engine(m, parseFoldTable(files.fold), 'hans', fetcher);
    const r = await e.search('低空经济');
    const hit = (await e.ranked(r.plans[0]))[0];
    let warmed = false;
    const warm = e.warm().then(() => (warmed = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(most()).toBeLessThanOrEqual(2);
    await e.fetchText([hit]);
    expect(e.hasText(hit)).toBe(true);
    expect(warmed).toBe(false);
    await warm;
    for (const [i] of plans.entries()) expect(e.isLoaded(i)).toBe(true);
  });
});
