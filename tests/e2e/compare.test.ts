/**
 * The compare page on the built site, in real Chromium: the chart draws; the table holds the
 * counts of held-out terms; the URL is the state (open, change, back); both scripts give the
 * same numbers; the chapter strips and KWIC lines land on their passages with the term marked;
 * empty, no-result, failure and retry states; JS off; a phone's width. No console errors and no
 * request outside the site throughout.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe.ts';
import { type Opened, useSite, watch } from '../helpers/site.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, SLUGS, distNormaliser, planData } from '../helpers/dist.ts';

const env = useSite();

const normaliser = distNormaliser();
const plans = SLUGS.map(planData);

/** Independently of the page: slug → non-overlapping occurrences in the plan's records. */
function expected(term: string): Record<string, number> {
  const t = normaliser.text(term);
  return Object.fromEntries(
    plans.map((p) => [
      p.entry.slug,
      p.records
        .map((r) => normaliser.text(r.text.hant))
        .join('|')
        .split(t).length - 1,
    ]),
  );
}

async function open(path: string, options: { width?: number; js?: boolean } = {}): Promise<Opened> {
  const context = await env.browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, javaScriptEnabled: options.js ?? true });
  const page = await context.newPage();
  const o: Opened = { page, context, ...watch(page, env.site.origin) };
  if (path) await page.goto(env.site.origin + path, { waitUntil: 'load' });
  return o;
}

async function close(o: Opened): Promise<void> {
  expect(o.errors).toEqual([]);
  expect(o.outside).toEqual([]);
  await o.context.close();
}

const url = (script: string, terms: string) => `/${script}/compare/?terms=${terms.split(',').map(encodeURIComponent).join(',')}`;
const drawn = (page: Page) => page.waitForSelector('.cmp-chart canvas[data-drawn="true"]');

/** Whether the chart's canvas has any non-transparent pixel. */
const painted = (page: Page) =>
  page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('.cmp-chart canvas');
    if (!c?.width) return false;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true;
    return false;
  });

/** The table: slug → counts per term (from the cells' text, not their data attributes). */
const tableCounts = (page: Page, term = 0) =>
  page.$$eval(
    '.cmp-table tbody tr',
    (rows, k) =>
      Object.fromEntries(rows.map((r) => [(r as HTMLElement).dataset.slug, Number(r.querySelectorAll(`td[data-count]`)[k].textContent!.replace(/,/g, ''))])),
    term,
  );

describe('compare page', () => {
  it('draws the chart and tables every plan with the counts of held-out terms', async () => {
    const o = await open(url('zh-hans', '海洋,生态文明,山区'));
    await drawn(o.page);
    expect(await painted(o.page)).toBe(true);
    // Chart.js is fetched after the data it charts (in this small corpus every plan's passages
    // are fetched too, for the keyword-in-context lines, and the outline of chapters).
    const chart = o.requests.findIndex((u) => /\/_astro\/chart\./.test(u));
    // Every plan's text: its passage table, then the fragments that hold its passages (all of them here).
    const shards = o.requests.map((u, i) => (/\/search\/f\d+\.hans\.[0-9a-f]+\.json$/.test(u) ? i : -1)).filter((i) => i >= 0);
    const tables = o.requests.filter((u) => /\/search\/[a-z0-9-]+\.[0-9a-f]{10}\.json$/.test(u) && !/\/(manifest|fold|outline)\./.test(u));
    expect(chart).toBeGreaterThan(o.requests.findIndex((u) => /\/search\/outline\./.test(u)));
    expect(tables.length).toBe(SLUGS.length);
    expect(shards.length).toBe(readdirSync(join(DIST, 'search')).filter((f) => /^f\d+\.hans\./.test(f)).length);
    expect(chart).toBeGreaterThan(Math.max(...shards));
    const canvas = o.page.locator('.cmp-chart canvas');
    expect(await canvas.getAttribute('role')).toBe('img');
    expect(await canvas.getAttribute('aria-label')).toMatch(/海洋.*生态文明.*山区.*下表/);
    expect(await o.page.locator('.cmp-table tbody tr').count()).toBe(SLUGS.length);
    expect(await tableCounts(o.page, 0)).toEqual(expected('海洋'));
    expect(await tableCounts(o.page, 1)).toEqual(expected('生态文明'));
    expect(await tableCounts(o.page, 2)).toEqual(expected('山区'));
    // Rates: count ÷ normalised characters × 10,000, two decimals.
    const row = o.page.locator('.cmp-table tr[data-slug="linhai-14-outline"]');
    const chars = Number((await row.locator('td[data-chars]').textContent())!.replace(/,/g, ''));
    const count = expected('海洋')['linhai-14-outline'];
    expect(await row.locator('td[data-rate]').first().textContent()).toBe(((count * 10_000) / chars).toFixed(2));
    // Plan names link to the plans.
    expect(await row.locator('th a').getAttribute('href')).toBe('/zh-hans/plans/linhai-14-outline/');
    // The total row.
    const total = Object.values(expected('海洋')).reduce((a, b) => a + b, 0);
    expect(await o.page.locator('.cmp-table tfoot td[data-count]').first().textContent()).toBe(String(total));
    // Counts or rates on the chart.
    await o.page.locator('.cmp-modes input[value="count"]').check();
    await o.page.waitForSelector('.cmp-chart canvas[data-mode="count"]');
    expect(await painted(o.page)).toBe(true);
    await close(o);
  });

  it('gives the same counts in both scripts, for the term typed in either', async () => {
    const a = await open(url('zh-hans', '数字经济'));
    await a.page.waitForSelector('.cmp-table');
    const b = await open(url('zh-hant', '數字經濟'));
    await b.page.waitForSelector('.cmp-table');
    const c = await open(url('zh-hant', '数字经济'));
    await c.page.waitForSelector('.cmp-table');
    const want = expected('数字经济');
    expect(await tableCounts(a.page)).toEqual(want);
    expect(await tableCounts(b.page)).toEqual(want);
    expect(await tableCounts(c.page)).toEqual(want);
    // Typed in simplified on the traditional page, shown as the page writes it; the input keeps what was typed.
    expect(await c.page.locator('.cmp-th-term').textContent()).toBe('數字經濟');
    expect(await c.page.locator('#cmp-terms').inputValue()).toBe('数字经济');
    const chars = (p: Page) => p.$$eval('.cmp-table td[data-chars]', (tds) => tds.map((td) => td.textContent));
    expect(await chars(b.page)).toEqual(await chars(a.page));
    // The traditional page's KWIC lines are in traditional script.
    const hits = await b.page.$$eval('.cmp-hit', (ms) => ms.map((m) => m.textContent ?? ''));
    expect(hits.length).toBe(Object.values(want).reduce((x, y) => x + y, 0));
    for (const h of hits) expect(normaliser.text(h)).toBe('数字经济');
    expect(hits.filter((h) => h.includes('數字經濟')).length).toBeGreaterThan(0);
    expect(hits.filter((h) => /[数经济]/.test(h))).toEqual([]);
    for (const o of [a, b, c]) await close(o);
  });

  it('keeps its state in the URL: open, change, go back', async () => {
    const o = await open(url('zh-hant', '數字經濟,共同富裕'));
    const input = o.page.locator('#cmp-terms');
    await o.page.waitForSelector('.cmp-table');
    expect(await input.inputValue()).toBe('數字經濟、共同富裕');
    expect(await o.page.locator('.cmp-table thead .cmp-th-term').allTextContents()).toEqual(['數字經濟', '共同富裕']);
    expect(await o.page.locator('a.script-switch').getAttribute('href')).toBe(url('zh-hans', '數字經濟,共同富裕'));
    // Submitting adds a history entry.
    await input.fill('人工智能 碳达峰');
    await input.press('Enter');
    await o.page.waitForURL((u) => u.search === `?terms=${encodeURIComponent('人工智能')},${encodeURIComponent('碳达峰')}`);
    await o.page.waitForFunction(
      () => document.querySelectorAll('.cmp-table thead .cmp-th-term').length === 2 && document.querySelector('.cmp-th-term')?.textContent === '人工智能',
    );
    expect(await tableCounts(o.page, 1)).toEqual(expected('碳达峰'));
    // Typing updates the URL too (after a short pause), replacing the entry it started.
    await input.fill('海洋');
    await o.page.waitForURL((u) => u.search === `?terms=${encodeURIComponent('海洋')}`);
    await input.fill('海洋 山区');
    await o.page.waitForURL((u) => u.search === `?terms=${encodeURIComponent('海洋')},${encodeURIComponent('山区')}`);
    await o.page.waitForFunction(() => document.querySelectorAll('.cmp-table thead .cmp-th-term').length === 2);
    expect(await tableCounts(o.page, 1)).toEqual(expected('山区'));
    // Back: the settled comparison before the typing, then the first one.
    await o.page.goBack();
    await o.page.waitForURL((u) => u.search.includes(encodeURIComponent('碳达峰')));
    // Shown in the page's script, whichever script the term was typed in.
    await o.page.waitForFunction(() => document.querySelectorAll('.cmp-th-term')[1]?.textContent === '碳達峰');
    expect(await input.inputValue()).toBe('人工智能、碳达峰');
    await o.page.goBack();
    await o.page.waitForFunction(() => document.querySelector('.cmp-th-term')?.textContent === '數字經濟');
    expect(await input.inputValue()).toBe('數字經濟、共同富裕');
    expect(await tableCounts(o.page, 1)).toEqual(expected('共同富裕'));
    // A suggestion updates in place and adds an entry.
    await o.page.locator('.cmp-suggest a').first().click();
    await o.page.waitForFunction(() => document.querySelectorAll('.cmp-th-term').length === 1);
    expect(new URL(o.page.url()).search).toBe(`?terms=${encodeURIComponent('數字經濟')}`);
    await close(o);
  });

  it('links every KWIC line to its passage, where the term is marked', async () => {
    const o = await open(url('zh-hant', '共同富裕'));
    await o.page.waitForSelector('.cmp-kwic');
    const want = expected('共同富裕');
    const groups = await o.page.$$eval('.cmp-kwic-plan', (ds) =>
      Object.fromEntries(ds.map((d) => [(d as HTMLElement).dataset.slug, Number((d as HTMLElement).dataset.count)])),
    );
    expect(groups).toEqual(Object.fromEntries(Object.entries(want).filter(([, n]) => n > 0)));
    const group = o.page.locator('.cmp-kwic-plan[data-slug="quzhou-14-outline"]');
    if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
    const lines = group.locator('a.cmp-line');
    expect(await lines.count()).toBe(want['quzhou-14-outline']);
    const line = lines.nth(1);
    const id = (await line.getAttribute('data-id'))!;
    const href = (await line.getAttribute('href'))!;
    expect(href).toBe(`/zh-hant/plans/quzhou-14-outline/?hl=${encodeURIComponent('共同富裕')}#${id}`);
    await Promise.all([o.page.waitForURL((u) => u.pathname === '/zh-hant/plans/quzhou-14-outline/'), line.click()]);
    expect(new URL(o.page.url()).hash).toBe(`#${id}`);
    await o.page.waitForSelector(`[id="${id}"] mark.search-hit`);
    const marked = await o.page.locator(`[id="${id}"] mark.search-hit`).allTextContents();
    expect(marked.map((m) => normaliser.text(m))).toContain('共同富裕');
    const box = await o.page.locator(`[id="${id}"]`).boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    await close(o);
  });

  it('shows where in each plan the term appears, chapter by chapter', async () => {
    const o = await open(url('zh-hans', '数字经济'));
    await o.page.waitForSelector('.cmp-strips');
    const sums = await o.page.$$eval('.cmp-strips > li', (lis) =>
      Object.fromEntries(
        lis.map((li) => [
          (li as HTMLElement).dataset.slug,
          [...li.querySelectorAll<HTMLElement>('.cmp-strip li')].reduce((n, c) => n + Number(c.dataset.count), 0),
        ]),
      ),
    );
    expect(sums).toEqual(expected('数字经济'));
    // The Quzhou outline's chapter 5 holds 14 of its 27; its cell leads to the first of them.
    const cell = o.page.locator('.cmp-strips > li[data-slug="quzhou-14-outline"] .cmp-strip li[data-chapter="c5"]');
    expect(await cell.getAttribute('data-count')).toBe('14');
    const href = (await cell.locator('a').getAttribute('href'))!;
    const id = decodeURIComponent(href.split('#')[1]);
    expect(id === 'c5' || id.startsWith('c5-')).toBe(true);
    await Promise.all([o.page.waitForURL(/quzhou-14-outline/), cell.locator('a').click()]);
    await o.page.waitForSelector(`[id="${id}"] mark.search-hit`);
    await close(o);
  });

  it('has an empty state, loads nothing until asked, and says when nothing is found', async () => {
    const o = await open('/zh-hans/compare/');
    await o.page.waitForFunction(() => document.querySelector('.cmp-status')?.textContent?.includes('输入词语'));
    expect(await o.page.locator('.cmp-results').isHidden()).toBe(true);
    expect(await o.page.locator('.cmp-suggest a').count()).toBeGreaterThanOrEqual(5);
    await o.page.waitForTimeout(200);
    expect(o.requests.filter((u) => /\/search\/.*\.json$/.test(u))).toEqual([]);
    expect(o.requests.filter((u) => /chart\./.test(u))).toEqual([]);
    await o.page.goto(`${env.site.origin}${url('zh-hans', '量子纠缠')}`);
    await o.page.waitForFunction(() => document.querySelector('.cmp-status')?.textContent?.includes('都没有出现'));
    expect(await o.page.locator('.cmp-status').textContent()).toContain('“量子纠缠”');
    expect(await o.page.locator('.cmp-results').isHidden()).toBe(true);
    await o.page.goto(`${env.site.origin}${url('zh-hant', '“”,！')}`);
    await o.page.waitForFunction(() => document.querySelector('.cmp-status')?.textContent?.includes('沒有可比較的文字'));
    // One term found, one not: the results, and a note about the other.
    await o.page.goto(`${env.site.origin}${url('zh-hant', '共同富裕,量子糾纏')}`);
    await drawn(o.page);
    expect(await o.page.locator('.cmp-status').textContent()).toContain('「量子糾纏」在各份規劃中都沒有出現');
    await close(o);
  });

  it('says when the texts fail to load, and retries', async () => {
    const o = await open('');
    let fail = true;
    await o.page.route('**/search/*.json', (route) => (fail && !route.request().url().includes('/search/manifest.') ? route.abort() : route.continue()));
    o.page.removeAllListeners('console');
    await o.page.goto(`${env.site.origin}${url('zh-hans', '共同富裕')}`);
    await o.page.waitForSelector('.cmp-status .cmp-retry');
    expect(await o.page.locator('.cmp-status').textContent()).toContain('失败');
    fail = false;
    await o.page.locator('.cmp-retry').click();
    await drawn(o.page);
    expect(await tableCounts(o.page)).toEqual(expected('共同富裕'));
    o.errors.length = 0; // the aborted requests themselves are logged
    await close(o);
  });

  it('treats hostile input as text', async () => {
    const o = await open(url('zh-hans', '<img src=x onerror=alert(1)>,共同富裕'));
    let dialogs = 0;
    o.page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await drawn(o.page);
    expect(await o.page.locator('.compare-page img').count()).toBe(0);
    expect(await o.page.locator('#cmp-terms').inputValue()).toBe('<img、src=x、onerror=alert(1)>、共同富裕');
    expect(dialogs).toBe(0);
    await close(o);
  });

  it('asks for JavaScript without it, and offers the plans and the search', async () => {
    const o = await open(url('zh-hant', '數字經濟'), { js: false });
    const note = o.page.locator('.cmp-nojs');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('JavaScript');
    const links = await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...links].sort()).toEqual([...SLUGS.map((s) => `/zh-hant/plans/${s}/`), '/zh-hant/search/'].sort());
    expect(await o.page.locator('form.cmp-form').getAttribute('action')).toBe('/zh-hant/compare/');
    await close(o);
  });

  it('is reached from the search results with the same terms', async () => {
    const o = await open(`/zh-hant/search/?q=${encodeURIComponent('數字經濟 共同富裕')}`);
    await o.page.waitForSelector('.sr-compare a');
    await Promise.all([o.page.waitForURL(/\/zh-hant\/compare\//), o.page.locator('.sr-compare a').click()]);
    await drawn(o.page);
    expect(await o.page.locator('#cmp-terms').inputValue()).toBe('數字經濟、共同富裕');
    expect(await tableCounts(o.page, 0)).toEqual(expected('数字经济'));
    expect(await tableCounts(o.page, 1)).toEqual(expected('共同富裕'));
    await close(o);
  });

  it.each([360, 390])('does not scroll sideways at %i px', async (width) => {
    const o = await open(url('zh-hant', '數字經濟,共同富裕,人工智能,碳達峰,鄉村振興'), { width });
    await drawn(o.page);
    await o.page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    await o.page.waitForTimeout(100);
    expect(await o.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await painted(o.page)).toBe(true);
    // The table scrolls inside its own frame, which keyboard users can focus.
    expect(await o.page.locator('.cmp-table-wrap').getAttribute('tabindex')).toBe('0');
    // On a phone each plan is a card: every term's count and rate is on screen, named beside it.
    const cells = await o.page.$$eval('.cmp-table tbody tr:first-child td[data-term]', (tds) =>
      tds.map((td) => ({ right: td.getBoundingClientRect().right, label: getComputedStyle(td, '::before').content })),
    );
    expect(cells).toHaveLength(10);
    for (const c of cells) {
      expect(c.right).toBeLessThanOrEqual(width);
      expect(c.label).not.toBe('none');
    }
    await close(o);
  });

  it.each([
    ['zh-hans', 1280],
    ['zh-hant', 390],
  ])('has no serious or critical accessibility finding once drawn (%s, %i px)', async (script, width) => {
    const context = await env.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}${url(script, '数字经济,共同富裕,量子纠缠')}`);
    await drawn(page);
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    const violations = await seriousViolations(page);
    expect(violations).toEqual([]);
    await context.close();
  });
});
