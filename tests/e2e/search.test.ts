/**
 * Search on the built site, in real Chromium: type in the header box and see marked results;
 * open one and land on the passage with the terms marked; the results page with its filters
 * in the URL; a shared URL; hostile input; both scripts; the index loaded only on demand,
 * from the site itself, with a retry when it fails.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe.ts';
import { type Opened as SiteOpened, useSite, watch } from '../helpers/site.ts';
import { SLUGS, distNormaliser, planData } from '../helpers/dist.ts';
import { parseQuery } from '../../src/lib/search/tokens.ts';
import { bruteHits, bruteMatch } from '../helpers/search-brute.ts';

const env = useSite();

const normaliser = distNormaliser();
const plans = SLUGS.map(planData);

/** By brute force: slug → hits, for the plans with a passage holding every term of `q` and no excluded one. */
function expected(q: string): Record<string, number> {
  const parsed = parseQuery(q, (s) => normaliser.text(s));
  const [include, exclude] = [parsed.include.map((t) => t.norm), parsed.exclude.map((t) => t.norm)];
  const out: Record<string, number> = {};
  for (const p of plans) {
    let hits = 0;
    for (const r of p.records) {
      const t = normaliser.text(r.text.hans);
      if (bruteMatch(t, include, exclude)) hits += bruteHits(t, include);
    }
    if (hits) out[p.entry.slug] = hits;
  }
  return out;
}

interface Opened extends SiteOpened {
  dialogs: string[];
}

async function open(path: string, options: { width?: number } = {}): Promise<Opened> {
  const context = await env.browser.newContext({ locale: 'zh-CN', viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  const o: Opened = { page, context, ...watch(page, env.site.origin), dialogs: [] };
  page.on('dialog', (d) => {
    o.dialogs.push(d.message());
    void d.dismiss();
  });
  if (path) await page.goto(env.site.origin + path, { waitUntil: 'load' });
  return o;
}

async function close(o: Opened): Promise<void> {
  expect(o.errors).toEqual([]);
  expect(o.outside).toEqual([]);
  expect(o.dialogs).toEqual([]);
  await o.context.close();
}

/** Types into the focused header box and waits until the panel echoes every term typed (not a prefix of it). */
async function typeQuery(page: Page, q: string): Promise<void> {
  await page.keyboard.type(q, { delay: 20 });
  // What the box holds (the caret may not have been at its end), as the panel echoes it.
  const value = await page.inputValue('#site-search');
  const parsed = parseQuery(value, (s) => normaliser.text(s));
  const labels = [...parsed.include, ...parsed.exclude].map((t) => t.label);
  await page.waitForFunction(
    (want) => want.every((l) => document.querySelector('.search-panel .sp-status')?.textContent?.includes(l)),
    labels.length ? labels : [value.trim()],
  );
}

const searchFetches = (o: Opened) => o.requests.filter((u) => new URL(u).pathname.startsWith('/search/'));
/** Plan groups on the results page, once all are painted (the first ones come a frame earlier): slug → hits. */
const groups = async (page: Page) => {
  await page.waitForSelector('.sr-results:not([data-painting])', { state: 'attached' });
  return page
    .locator('.sr-plan')
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.slug, Number((e as HTMLElement).dataset.hits)])));
};

describe('the header box', () => {
  it.each([
    ['hans', '数字经济', '数字经济'],
    ['hant', '数字经济', '數字經濟'],
    ['hant', '數字經濟', '數字經濟'],
    ['hans', '數字經濟', '数字经济'],
  ] as const)('on a %s page, typing %s shows results marked in the page script (%s)', async (script, q, mark) => {
    const o = await open(`/zh-${script}/`);
    expect(searchFetches(o)).toEqual([]); // nothing loaded before the box is used
    await o.page.locator('#site-search').click();
    await typeQuery(o.page, q);
    await o.page.waitForSelector('.search-panel [role="option"] mark');
    const marks = await o.page.locator('.search-panel [role="option"] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toBe(mark);
    // Every plan that contains the query is listed with its count.
    const chips = await o.page
      .locator('.sp-plans a')
      .evaluateAll((els) => Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.slug, Number((e as HTMLElement).dataset.hits)])));
    expect(chips).toEqual(expected(q));
    expect(searchFetches(o).length).toBeGreaterThan(0);
    await close(o);
  });

  it('opens a result with the keyboard and lands on the passage with the terms marked', async () => {
    const o = await open('/zh-hans/plans/jiaxing-15-proposal/');
    await o.page.keyboard.press('/');
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await typeQuery(o.page, '低空经济');
    await o.page.waitForSelector('.search-panel [role="option"]');
    await o.page.keyboard.press('ArrowDown');
    const input = o.page.locator('#site-search');
    const active = await input.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await o.page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    const href = await o.page.locator(`[id="${active}"]`).getAttribute('href');
    expect(href).toMatch(/^\/zh-hans\/plans\/jiaxing-15-proposal\/\?hl=.+#.+$/);
    await Promise.all([o.page.waitForURL(/hl=/), o.page.keyboard.press('Enter')]);
    await o.page.waitForSelector('mark.search-hit');
    const id = decodeURIComponent(new URL(o.page.url()).hash.slice(1));
    const marks = o.page.locator(`[id="${id}"] mark.search-hit`);
    expect(await marks.allTextContents()).toEqual(['低空经济']);
    const box = await marks.first().boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    await expect(o.page.locator('.search-arrival').isVisible()).resolves.toBe(true);
    await close(o);
  });

  it('Ctrl+K focuses the box from anywhere, Escape closes the panel', async () => {
    const o = await open('/zh-hant/about/');
    await o.page.locator('h1').click();
    await o.page.keyboard.press('Control+k');
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await typeQuery(o.page, '共同富裕');
    await o.page.waitForSelector('.search-panel:not([hidden])');
    expect(await o.page.locator('#site-search').getAttribute('aria-expanded')).toBe('true');
    await o.page.keyboard.press('Escape');
    expect(await o.page.locator('.search-panel').isHidden()).toBe(true);
    expect(await o.page.locator('#site-search').getAttribute('aria-expanded')).toBe('false');
    await close(o);
  });

  it('without a chosen result, Enter goes to the results page for the query', async () => {
    const o = await open('/zh-hans/');
    await o.page.locator('#site-search').click();
    await typeQuery(o.page, '共同富裕');
    await o.page.waitForSelector('.search-panel [role="option"]');
    await Promise.all([o.page.waitForURL(/\/zh-hans\/search\/\?q=/), o.page.keyboard.press('Enter')]);
    await o.page.waitForSelector('.sr-plan');
    expect(await groups(o.page)).toEqual(expected('共同富裕'));
    await close(o);
  });
});

describe('the results page', () => {
  it('groups results by plan with counts, in both scripts, with the state from a shared URL', async () => {
    for (const [script, q, mark] of [
      ['hans', '共同富裕', '共同富裕'],
      ['hant', '实体经济', '實體經濟'],
    ] as const) {
      const o = await open(`/zh-${script}/search/?q=${encodeURIComponent(q)}`);
      await o.page.waitForSelector('.sr-plan');
      expect(await groups(o.page)).toEqual(expected(q));
      expect(await o.page.inputValue('#sr-q')).toBe(q);
      await o.page.waitForSelector('.sr-snippet mark'); // passages follow the counts
      const marks = await o.page.locator('.sr-snippet mark').allTextContents();
      expect(new Set(marks)).toEqual(new Set([mark]));
      await expect(o.page.locator('.sr-status').textContent()).resolves.toContain(`${Object.keys(expected(q)).length} 份`);
      // The script switch keeps the query.
      const other = script === 'hans' ? 'hant' : 'hans';
      expect(await o.page.locator('a.script-switch').getAttribute('href')).toBe(`/zh-${other}/search/?q=${encodeURIComponent(q)}`);
      await close(o);
    }
  });

  it('reflects filters in the URL, and a shared filtered URL reproduces the page', async () => {
    const o = await open('/zh-hans/search/?q=%E5%85%B1%E5%90%8C%E5%AF%8C%E8%A3%95');
    await o.page.waitForSelector('.sr-plan');
    await o.page.selectOption('select[name="city"]', '临海市');
    await o.page.waitForURL(/city=/);
    await o.page.selectOption('select[name="type"]', '纲要');
    await o.page.waitForURL(/type=/);
    await o.page.selectOption('select[name="sort"]', 'doc');
    await o.page.waitForURL(/sort=doc/);
    const url = new URL(o.page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: '共同富裕', city: '临海市', type: '纲要', sort: 'doc' });
    await o.page.waitForFunction(() => document.querySelectorAll('.sr-plan').length === 1);
    const shown = await groups(o.page);
    expect(shown).toEqual({ 'linhai-14-outline': expected('共同富裕')['linhai-14-outline'] });
    // The same URL opened elsewhere (in the other script, with traditional filter values) shows the same.
    const shared = await open(
      `/zh-hant/search/?q=${encodeURIComponent('共同富裕')}&city=${encodeURIComponent('臨海市')}&type=${encodeURIComponent('綱要')}&sort=doc`,
    );
    await shared.page.waitForSelector('.sr-plan');
    expect(await groups(shared.page)).toEqual(shown);
    expect(await shared.page.inputValue('select[name="city"]')).toBe('临海市');
    expect(await shared.page.inputValue('select[name="type"]')).toBe('纲要');
    expect(await shared.page.inputValue('select[name="sort"]')).toBe('doc');
    // Back restores the previous state.
    await o.page.goBack();
    await o.page.waitForFunction(() => !location.search.includes('sort='));
    expect(await o.page.inputValue('select[name="sort"]')).toBe('');
    await close(shared);
    await close(o);
  });

  it('filters by period, says what the filters leave out, and clears them', async () => {
    const o = await open(`/zh-hans/search/?q=${encodeURIComponent('低空经济')}&period=14`);
    await o.page.waitForSelector('.sr-status button');
    await expect(o.page.locator('.sr-status').textContent()).resolves.toMatch(/没有找到.*筛选条件之外还有 1 份规划/);
    await o.page.locator('.sr-status button').click();
    await o.page.waitForSelector('.sr-plan');
    expect(await groups(o.page)).toEqual(expected('低空经济'));
    expect(new URL(o.page.url()).searchParams.get('period')).toBeNull();
    await close(o);
  });

  it('shows an empty state with examples, and a no-result state', async () => {
    const o = await open('/zh-hant/search/');
    await expect(o.page.locator('.sr-empty').isVisible()).resolves.toBe(true);
    await o.page.locator('.sr-examples a').first().click();
    await o.page.waitForSelector('.sr-plan');
    await o.page.fill('#sr-q', '量子引力波');
    await o.page.press('#sr-q', 'Enter');
    await o.page.waitForFunction(() => document.querySelector('.sr-status')?.textContent?.includes('沒有找到'));
    expect(await o.page.locator('.sr-plan').count()).toBe(0);
    await close(o);
  });

  it('expands a plan’s collapsed passages; the count covers them all', async () => {
    const o = await open(`/zh-hans/search/?q=${encodeURIComponent('数字经济')}`);
    await o.page.waitForSelector('.sr-plan .sr-more');
    const slug = await o.page
      .locator('.sr-plan')
      .filter({ has: o.page.locator('.sr-more') })
      .first()
      .getAttribute('data-slug');
    const group = o.page.locator(`.sr-plan[data-slug="${slug}"]`);
    const passages = Number(await group.getAttribute('data-passages'));
    expect(await group.locator('.sr-passages > li').count()).toBe(3);
    // The other passages' text is fetched on the click (only the first three came with the page).
    await group.locator('.sr-more').click();
    await expect.poll(() => group.locator('.sr-passages > li').count()).toBe(passages);
    expect(await group.locator('.sr-more').count()).toBe(0);
    expect(await group.locator('.sr-passages mark').count()).toBeGreaterThanOrEqual(passages);
    await close(o);
  });

  it('links to the compare page with the terms', async () => {
    const o = await open(`/zh-hans/search/?q=${encodeURIComponent('数字经济 共同富裕')}`);
    await o.page.waitForSelector('.sr-compare a');
    expect(await o.page.locator('.sr-compare a').getAttribute('href')).toBe(
      `/zh-hans/compare/?terms=${encodeURIComponent('数字经济')},${encodeURIComponent('共同富裕')}`,
    );
    await close(o);
  });

  it('says when the index fails to load, and retries', async () => {
    const o = await open('');
    let fail = true;
    await o.page.route('**/search/*.json', (route) => (fail ? route.abort() : route.continue()));
    o.page.removeAllListeners('console');
    await o.page.goto(`${env.site.origin}/zh-hans/search/?q=${encodeURIComponent('共同富裕')}`);
    await o.page.waitForSelector('.sr-status .sr-retry');
    await expect(o.page.locator('.sr-status').textContent()).resolves.toContain('失败');
    fail = false;
    await o.page.locator('.sr-retry').click();
    await o.page.waitForSelector('.sr-plan');
    expect(await groups(o.page)).toEqual(expected('共同富裕'));
    o.errors.length = 0; // the aborted requests themselves are logged as errors
    await close(o);
  });
});

describe('hostile input', () => {
  const hostile = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "' onmouseover='alert(1)"];

  it.each(hostile)('is shown as text, never as markup: %s', async (q) => {
    const o = await open(`/zh-hans/search/?q=${encodeURIComponent(q)}`);
    await o.page.waitForFunction(() => (document.querySelector('.sr-status')?.textContent ?? '').length > 0);
    expect(await o.page.inputValue('#sr-q')).toBe(q);
    expect(await o.page.locator('main img, main script:not([src]):not([type="module"])').count()).toBe(0);
    await o.page.locator('#site-search').click();
    await typeQuery(o.page, q);
    await o.page.waitForSelector('.search-panel:not([hidden]) .sp-status');
    expect(await o.page.locator('.search-panel img, .search-panel script').count()).toBe(0);
    const status = await o.page.locator('.search-panel .sp-status').textContent();
    expect(status).toMatch(/没有找到|没有可检索/);
    // A result link carrying it lands safely too.
    await o.page.goto(`${env.site.origin}/zh-hans/plans/linhai-14-outline/?hl=${encodeURIComponent(q)}#c1`);
    await o.page.waitForTimeout(300);
    expect(await o.page.locator('main img').count()).toBe(0);
    await close(o);
  });

  it('marks quotes typed around a phrase as part of nothing, and echoes the phrase quoted once', async () => {
    for (const q of ['"十四五"', '“十四五”']) {
      const o = await open(`/zh-hans/search/?q=${encodeURIComponent(q)}`);
      await o.page.waitForSelector('.sr-plan');
      expect(await groups(o.page)).toEqual(expected('十四五'));
      await o.page.waitForSelector('.sr-snippet mark'); // passages follow the counts
      expect(new Set(await o.page.locator('.sr-snippet mark').allTextContents())).toEqual(new Set(['十四五']));
      const status = (await o.page.locator('.sr-status').textContent()) ?? '';
      expect(status).toMatch(/^“十四五”：/);
      expect(await o.page.title()).toMatch(/^“十四五” · /);
      await close(o);
    }
  });
});

describe('query syntax', () => {
  it('leaves out passages with an excluded term, says so, and keeps it out of the marks and the compare link', async () => {
    const q = '头门港 -台州';
    expect(Object.keys(expected(q)).length).toBeGreaterThan(0);
    expect(expected(q)).not.toEqual(expected('头门港'));
    for (const script of ['hans', 'hant'] as const) {
      const o = await open(`/zh-${script}/search/?q=${encodeURIComponent(q)}`);
      await o.page.waitForSelector('.sr-plan');
      expect(await groups(o.page)).toEqual(expected(q));
      const status = (await o.page.locator('.sr-status').textContent()) ?? '';
      expect(status).toContain(script === 'hans' ? '“头门港”（不含“台州”）：' : '「头门港」（不含「台州」）：');
      // Counts paint first; a group's passages once its plan's text has arrived.
      await o.page.waitForSelector('.sr-snippet mark');
      expect(new Set(await o.page.locator('.sr-snippet mark').allTextContents())).toEqual(new Set([script === 'hans' ? '头门港' : '頭門港']));
      expect(await o.page.locator('.sr-compare a').getAttribute('href')).toBe(`/zh-${script}/compare/?terms=${encodeURIComponent('头门港')}`);
      await close(o);
    }
  });

  it('reads a quoted phrase as one term and counts touching terms once, in the panel and on the page', async () => {
    const o = await open('/zh-hans/');
    await o.page.locator('#site-search').click();
    await typeQuery(o.page, '共同 富裕');
    const chips = await o.page
      .locator('.sp-plans a[data-slug]')
      .evaluateAll((as) => Object.fromEntries(as.map((a) => [(a as HTMLElement).dataset.slug, Number((a as HTMLElement).dataset.hits)])));
    expect(chips).toEqual(expected('共同 富裕'));
    await o.page.goto(`${env.site.origin}/zh-hans/search/?q=${encodeURIComponent('"数字 经济" -数字化')}`);
    await o.page.waitForSelector('.sr-plan');
    expect(await groups(o.page)).toEqual(expected('数字经济 -数字化'));
    await expect(o.page.locator('.sr-status').textContent()).resolves.toMatch(/^“数字 经济”（不含“数字化”）：/);
    // Exclusions alone find nothing, and say why.
    await o.page.goto(`${env.site.origin}/zh-hans/search/?q=${encodeURIComponent('-台州')}`);
    await o.page.waitForFunction(() => (document.querySelector('.sr-status')?.textContent ?? '').includes('减号表示排除'));
    await close(o);
  });
});

describe('arrival', () => {
  it('marks the terms in the target passage in the page script, whichever script the link carries', async () => {
    const o = await open(`/zh-hant/plans/quzhou-14-outline/?hl=${encodeURIComponent('数字经济')}#c5-s2-p1`);
    await o.page.waitForSelector('#c5-s2-p1 mark.search-hit');
    const marks = await o.page.locator('#c5-s2-p1 mark.search-hit').allTextContents();
    expect(marks.length).toBeGreaterThan(3);
    expect(new Set(marks)).toEqual(new Set(['數字經濟']));
    expect(await o.page.locator('a.script-switch').getAttribute('href')).toMatch(/^\/zh-hans\/plans\/quzhou-14-outline\/\?hl=/);
    // Only the target passage is marked.
    expect(await o.page.locator('mark.search-hit').count()).toBe(marks.length);
    await o.page.locator('.search-arrival button').click();
    expect(await o.page.locator('mark.search-hit').count()).toBe(0);
    expect(new URL(o.page.url()).searchParams.get('hl')).toBeNull();
    expect(await o.page.locator('#c5-s2-p1').textContent()).toContain('數字經濟');
    await close(o);
  });

  it('keeps the marks through the script switch, at the same passage', async () => {
    const o = await open(`/zh-hans/plans/quzhou-14-outline/?hl=${encodeURIComponent('数字经济')}#c5-s2-p1`);
    await o.page.waitForSelector('#c5-s2-p1 mark.search-hit');
    await Promise.all([o.page.waitForURL(/\/zh-hant\//), o.page.locator('a.script-switch').click()]);
    await o.page.waitForSelector('#c5-s2-p1 mark.search-hit');
    expect(new Set(await o.page.locator('mark.search-hit').allTextContents())).toEqual(new Set(['數字經濟']));
    expect(o.page.url()).toMatch(/\?hl=.*#c5-s2-p1$/);
    const box = await o.page.locator('#c5-s2-p1').boundingBox();
    expect(box && box.y + box.height > 0 && box.y < 900).toBe(true);
    await close(o);
  });

  it('without a fragment, marks the whole plan and brings the first mark into view', async () => {
    const o = await open(`/zh-hans/plans/jiaxing-15-proposal/?hl=${encodeURIComponent('低空經濟')}`);
    await o.page.waitForSelector('mark.search-hit');
    expect(await o.page.locator('mark.search-hit').allTextContents()).toEqual(['低空经济']);
    await o.page.waitForTimeout(200);
    const box = await o.page.locator('mark.search-hit').boundingBox();
    expect(box && box.y > 0 && box.y < 900).toBe(true);
    await close(o);
  });

  it('loads nothing for search on a plan page opened without a query', async () => {
    const o = await open('/zh-hans/plans/linhai-14-outline/#c2');
    await o.page.waitForTimeout(200);
    expect(searchFetches(o)).toEqual([]);
    await close(o);
  });
});

describe('at phone width', () => {
  it('the panel fits the screen and results open', async () => {
    const o = await open('/zh-hant/', { width: 390 });
    await o.page.locator('#site-search').click();
    await typeQuery(o.page, '共同富裕');
    await o.page.waitForSelector('.search-panel [role="option"]');
    const box = await o.page.locator('.search-panel').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await o.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await Promise.all([o.page.waitForURL(/hl=/), o.page.locator('.search-panel [role="option"]').first().click()]);
    await o.page.waitForSelector('mark.search-hit');
    await close(o);
  });
});

describe('accessibility in use (axe-core)', () => {
  it.each(['hans', 'hant'])('the open panel with a chosen result, and the arrival bar (%s)', async (script) => {
    const o = await open(`/zh-${script}/about/`);
    await o.page.locator('#site-search').click();
    await typeQuery(o.page, '共同富裕');
    await o.page.waitForSelector('.search-panel [role="option"]');
    await o.page.keyboard.press('ArrowDown');
    expect(await seriousViolations(o.page)).toEqual([]);
    await Promise.all([o.page.waitForURL(/hl=/), o.page.keyboard.press('Enter')]);
    await o.page.waitForSelector('.search-arrival:not([hidden])');
    expect(await seriousViolations(o.page)).toEqual([]);
    await close(o);
  });

  it('the results page with a load failure, and with no result', async () => {
    const o = await open('');
    await o.page.route('**/search/*.json', (route) => route.abort());
    o.page.removeAllListeners('console');
    await o.page.goto(`${env.site.origin}/zh-hans/search/?q=${encodeURIComponent('共同富裕')}`);
    await o.page.waitForSelector('.sr-retry');
    expect(await seriousViolations(o.page)).toEqual([]);
    await o.page.unroute('**/search/*.json');
    await o.page.goto(`${env.site.origin}/zh-hans/search/?q=${encodeURIComponent('量子引力波')}`);
    await o.page.waitForFunction(() => document.querySelector('.sr-status')?.textContent?.includes('没有找到'));
    expect(await seriousViolations(o.page)).toEqual([]);
    o.errors.length = 0;
    await close(o);
  });
});
