/**
 * Results to take away, as a researcher gets them: the search page's CSV and JSON hold every
 * matching passage of the query under its filters (checked against brute force, not only the
 * groups painted), one field per column, counts as numbers, UTF-8 with a BOM, and a link per
 * row that opens the passage; compare's counts CSV has one field per column, plain numbers and
 * a URL column, and its keyword-in-context CSV every line.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SLUGS, distNormaliser, planData } from '../helpers/dist.ts';
import { bruteHits, bruteMatch } from '../helpers/search-brute.ts';
import { openPage, useSite } from '../helpers/site.ts';
import { parseQuery } from '../../src/lib/search/tokens.ts';

const env = useSite();
const normaliser = distNormaliser();
const plans = SLUGS.map(planData);

/** RFC 4180: quoted fields with "" for a quote, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** By brute force: "slug#id" → hits, for passages holding every term (plans limited to `cities`). */
function expected(q: string, cities?: string[]): Map<string, number> {
  const parsed = parseQuery(q, (s) => normaliser.text(s));
  const include = parsed.include.map((t) => t.norm);
  const out = new Map<string, number>();
  for (const p of plans) {
    if (cities && !cities.includes(p.entry.city.zh)) continue;
    for (const r of p.records) {
      const t = normaliser.text(r.text.hans);
      if (bruteMatch(t, include)) out.set(`${p.entry.slug}#${r.id}`, bruteHits(t, include));
    }
  }
  return out;
}

async function downloaded(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

/** Every link opens a page that has the id. */
async function linksWork(links: string[]): Promise<string[]> {
  const pages = new Map<string, string>();
  const broken: string[] = [];
  for (const link of links) {
    const url = new URL(link, env.site.origin);
    const id = decodeURIComponent(url.hash.slice(1));
    if (!pages.has(url.pathname)) {
      const r = await fetch(`${env.site.origin}${url.pathname}`);
      pages.set(url.pathname, r.ok ? await r.text() : '');
    }
    if (!pages.get(url.pathname)?.includes(` id="${id}"`)) broken.push(link);
  }
  return broken;
}

describe('the search results export', () => {
  it.each([
    ['hans', '发展', undefined],
    ['hant', '數字經濟', ['临海市']],
  ] as const)('CSV: every hit of %s %s under the filters, one field per column, a working link per row', async (script, q, cities) => {
    const city = cities ? `&city=${encodeURIComponent(cities[0])}` : '';
    const o = await openPage(env, `/zh-${script}/search/?q=${encodeURIComponent(q)}${city}`, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await o.page.waitForSelector('.sr-export-csv');
    const { name, text } = await downloaded(o.page, '.sr-export-csv');
    expect(name).toMatch(/\.csv$/);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [head, ...rows] = parseCsv(text.slice(1));
    expect(head).toEqual(
      script === 'hans'
        ? ['规划', '规划代号', '地区', '类型', '规划期', '位置', '链接', '标题路径', '含词语的句子', '次数']
        : ['規劃', '規劃代號', '地區', '類型', '規劃期', '位置', '連結', '標題路徑', '含詞語的句子', '次數'],
    );
    for (const r of rows) expect(r.length).toBe(head.length);
    const want = expected(q, cities ? [...cities] : undefined);
    const got = new Map(rows.map((r) => [`${r[1]}#${r[5]}`, r[9]]));
    expect(got.size).toBe(rows.length);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [k, n] of want) expect(got.get(k), k).toBe(String(n));
    // Counts are plain numbers; the sentence holds the term; links are site-relative without SITE_URL.
    for (const r of rows) {
      expect(r[9]).toMatch(/^\d+$/);
      expect(r[4]).toMatch(/^“十[一二三四五六七八九]五”$/);
      expect(normaliser.text(r[8])).toContain(normaliser.text(q));
      expect(r[6].startsWith(`/zh-${script}/plans/${r[1]}/#`)).toBe(true);
    }
    expect(await linksWork(rows.map((r) => r[6]))).toEqual([]);
    // More rows than the page painted: the export is not the page.
    if (!cities) expect(rows.length).toBeGreaterThan(await o.page.locator('.sr-link').count());
    expect(o.errors).toEqual([]);
    await o.context.close();
  });

  it('JSON: the same hits, with the query, filters and the page they came from', async () => {
    const q = '共同富裕';
    const o = await openPage(env, `/zh-hans/search/?q=${encodeURIComponent(q)}&city=${encodeURIComponent('临海市')}`, { acceptDownloads: true });
    await o.page.waitForSelector('.sr-export-json');
    const { text } = await downloaded(o.page, '.sr-export-json');
    const data = JSON.parse(text);
    expect(data.query).toBe(q);
    expect(data.filters.city).toEqual(['临海市']);
    expect(data.page).toContain('/zh-hans/search/?q=');
    const want = expected(q, ['临海市']);
    expect(data.rows.map((r: { slug: string; id: string }) => `${r.slug}#${r.id}`).sort()).toEqual([...want.keys()].sort());
    for (const r of data.rows) {
      expect(typeof r.count).toBe('number');
      expect(typeof r.period).toBe('number');
      expect(Array.isArray(r.path)).toBe(true);
    }
    expect(data.passages).toBe(want.size);
    await o.context.close();
  });
});

describe('the compare exports', () => {
  it('counts: title and metadata apart, numbers as numbers, a URL column; lines: every occurrence', async () => {
    const o = await openPage(env, `/zh-hans/compare/?terms=${encodeURIComponent('数字经济,共同富裕')}`, { acceptDownloads: true });
    await o.page.waitForSelector('a.cmp-csv');
    const counts = await downloaded(o.page, 'a.cmp-csv');
    expect(counts.text.startsWith('\uFEFF')).toBe(true);
    const [head, ...rows] = parseCsv(counts.text.slice(1));
    expect(head.slice(0, 7)).toEqual(['规划', '规划代号', '地区', '类型', '规划期', '链接', '正文字数']);
    expect(head.slice(7)).toEqual(['数字经济 次数', '数字经济 每万字', '共同富裕 次数', '共同富裕 每万字']);
    const total = rows.at(-1)!;
    const plansRows = rows.slice(0, -1);
    expect(plansRows.map((r) => r[1]).sort()).toEqual([...SLUGS].sort());
    for (const r of rows) {
      expect(r.length).toBe(head.length);
      for (const n of r.slice(6)) expect(n, r.join(',')).toMatch(/^\d+(\.\d+)?$/);
    }
    for (const r of plansRows) {
      expect(r[0]).not.toContain('·');
      expect(r[5]).toBe(`/zh-hans/plans/${r[1]}/`);
    }
    expect(Number(total[6])).toBe(plansRows.reduce((n, r) => n + Number(r[6]), 0));
    const occurrences = plansRows.reduce((n, r) => n + Number(r[7]) + Number(r[9]), 0);
    // The keyword-in-context lines, every group's, open or not.
    const lines = await downloaded(o.page, '.cmp-kwic-csv');
    const [kHead, ...kRows] = parseCsv(lines.text.slice(1));
    expect(kHead).toEqual(['规划', '规划代号', '位置', '链接', '词语', '前文', '原文中的词', '后文']);
    expect(kRows.length).toBe(occurrences);
    for (const r of kRows) expect(['数字经济', '共同富裕']).toContain(r[4]);
    expect(await linksWork(kRows.map((r) => r[3]))).toEqual([]);
    expect(o.errors).toEqual([]);
    await o.context.close();
  });
});
