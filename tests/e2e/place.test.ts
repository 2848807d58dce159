/**
 * Never lose your place, in real Chromium at phone and desktop sizes, in both scripts: the
 * context bar, a fragment that names nothing, hostile URLs, arriving from a search, going back
 * to the results or the comparison, quiet permalinks on phones, and paper.
 */
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Opened, openPage, useSite } from '../helpers/site.ts';

const env = useSite();

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

const open = (path: string, options: BrowserContextOptions = DESKTOP): Promise<Opened> => openPage(env, path, { locale: 'zh-CN', ...options });

async function close(o: Opened): Promise<void> {
  expect(o.errors).toEqual([]);
  await o.context.close();
}

const contextText = (o: Opened) => o.page.evaluate(() => [...document.querySelectorAll('.context-bar li')].map((li) => li.textContent));

describe('the context bar', () => {
  it.each([
    ['hans', PHONE, ['临海市“十四五”纲要', '五、', '（二）']],
    ['hant', DESKTOP, ['臨海市“十四五”綱要', '五、', '（二）']],
  ] as const)('names the plan, chapter and section of a deep link opened cold, and follows the reading (%s)', async (script, options, want) => {
    const o = await open(`/zh-${script}/plans/linhai-14-outline/#c5-s2-p1`, options);
    await o.page.waitForFunction(() => document.querySelectorAll('.context-bar li').length === 3);
    const steps = await contextText(o);
    expect(steps[0]).toBe(want[0]);
    expect(steps[1]).toMatch(new RegExp(`^${want[1]}`));
    expect(steps[2]).toMatch(new RegExp(`^${want[2]}`));
    await expect(o.page.locator('.context-bar').isVisible()).resolves.toBe(true);
    await expect(o.page.locator('.context-bar [aria-current="location"]').getAttribute('href')).resolves.toBe('#c5-s2');
    const label = await o.page.locator('.context-bar').getAttribute('aria-label');
    expect(label).toBe(script === 'hans' ? '当前位置' : '目前位置');
    await o.page.evaluate(() => document.getElementById('c12')?.scrollIntoView());
    await o.page.waitForFunction(() => document.querySelector('.context-bar [aria-current]')?.getAttribute('href') === '#c12');
    await o.page.evaluate(() => scrollTo(0, 0));
    await o.page.waitForFunction(() => document.querySelectorAll('.context-bar li').length === 1);
    await close(o);
  });

  it('stays on the contents bar line on a phone, without sideways scrolling', async () => {
    const o = await open('/zh-hans/plans/quzhou-14-outline/#c9-s2-p2', PHONE);
    await o.page.waitForSelector('.context-bar li:nth-child(2)');
    const [bar, summary] = await Promise.all(['.context-bar', '.toc-drawer > summary'].map((s) => o.page.locator(s).boundingBox()));
    expect(bar && summary && Math.abs(bar.y - summary.y) < 4 && bar.height <= summary.height + 1).toBe(true);
    const [sw, cw] = await o.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(sw).toBeLessThanOrEqual(cw);
    await close(o);
  });
});

describe('a fragment that names nothing', () => {
  it.each([
    ['hans', '本页没有“#c5-s9-p4”这个位置', '查看目录'],
    ['hant', '本頁沒有「#c5-s9-p4」這個位置', '查看目錄'],
  ] as const)('says so, offers the nearest place and the contents, and can be dismissed (%s)', async (script, says, contents) => {
    const o = await open(`/zh-${script}/plans/linhai-14-outline/#c5-s9-p4`, PHONE);
    const notice = o.page.locator('.fragment-notice');
    await expect(notice.textContent()).resolves.toContain(says);
    await expect(notice.locator('a').getAttribute('href')).resolves.toBe('#c5');
    await notice.getByRole('button', { name: contents }).click();
    await expect(o.page.locator('.toc-list').isVisible()).resolves.toBe(true);
    await expect(o.page.evaluate(() => document.activeElement?.closest('.toc-list') !== null)).resolves.toBe(true);
    await o.page.locator('.fragment-notice button').last().click();
    await expect(notice.count()).resolves.toBe(0);
    await close(o);
  });

  it('is not shown for a place that exists, nor for the top', async () => {
    for (const hash of ['#c5-s2', '#top', '']) {
      const o = await open(`/zh-hans/plans/linhai-14-outline/${hash}`);
      await expect(o.page.locator('.fragment-notice').count(), hash).resolves.toBe(0);
      await close(o);
    }
  });
});

describe('hostile URLs never throw, and the reader still starts', () => {
  const emoji = '😀';
  it.each([
    '/zh-hans/plans/linhai-14-outline/#%E4%B8',
    '/zh-hans/plans/linhai-14-outline/#%',
    '/zh-hant/plans/linhai-14-outline/#%25%',
    `/zh-hans/plans/linhai-14-outline/?hl=${'%E4%B8'}#c3`,
    `/zh-hans/plans/linhai-14-outline/?hl=${encodeURIComponent(`${'数'.repeat(499)}${emoji}`)}#%E4%B8`,
  ])('%s', async (path) => {
    const o = await open(path, PHONE);
    await o.page.waitForTimeout(300);
    // Contents and scroll-spy started: the context bar exists and follows the reading.
    await o.page.evaluate(() => document.getElementById('c7')?.scrollIntoView());
    await o.page.waitForFunction(() => document.querySelector('.context-bar [aria-current]')?.getAttribute('href') === '#c7');
    await close(o);
  });

  it('a query cut at the limit keeps whole characters, and the search page does not claim failure', async () => {
    const q = `${'a'.repeat(499)}${emoji}${emoji}`;
    const o = await open(`/zh-hans/search/?q=${encodeURIComponent(q)}`);
    await o.page.waitForFunction(
      () => (document.querySelector('.sr-status')?.textContent ?? '').length > 0 && !/正在/.test(document.querySelector('.sr-status')?.textContent ?? ''),
    );
    await expect(o.page.locator('.sr-status').textContent()).resolves.not.toMatch(/失败/);
    const kept = new URL(o.page.url()).searchParams.get('q') ?? '';
    expect([...kept].length).toBe(500);
    expect(kept.endsWith(emoji)).toBe(true);
    await close(o);
  });

  it('a 10,000-character query never makes a long URL', async () => {
    const o = await open('/zh-hans/search/');
    await o.page.locator('#sr-q').fill('共同富裕'.repeat(2500));
    await o.page.locator('#sr-q').press('Enter');
    await o.page.waitForTimeout(300);
    expect(o.page.url().length).toBeLessThan(6000);
    await close(o);
  });
});

describe('arriving from a search on a phone', () => {
  it('brings the first marked term into view, not only the top of a long passage', async () => {
    const o = await open(`/zh-hans/plans/linhai-14-outline/?hl=${encodeURIComponent('括苍山国家森林公园')}#c1-s1-p2`, PHONE);
    await o.page.waitForSelector('#c1-s1-p2 mark.search-hit');
    await o.page.waitForTimeout(300);
    const r = await o.page.evaluate(() => {
      const m = document.querySelector('mark.search-hit')!.getBoundingClientRect();
      const covered = Math.max(...[...document.querySelectorAll('.site-header, .reader-toc')].map((e) => e.getBoundingClientRect().bottom));
      return { top: m.top, bottom: m.bottom, covered };
    });
    expect(r.top).toBeGreaterThanOrEqual(r.covered);
    expect(r.bottom).toBeLessThanOrEqual(844);
    await close(o);
  });
});

describe('back to where you were', () => {
  it('the results come back with their filters, expanded groups and scroll position (phone)', async () => {
    const o = await open(`/zh-hans/search/?q=${encodeURIComponent('数字')}&city=${encodeURIComponent('临海市')}`, PHONE);
    await o.page.waitForSelector('.sr-plan');
    await o.page.locator('.sr-more').first().click();
    const link = o.page.locator('.sr-link').nth(5);
    await link.scrollIntoViewIfNeeded();
    expect(await o.page.evaluate(() => scrollY)).toBeGreaterThan(500);
    await Promise.all([o.page.waitForURL(/hl=/), link.click()]);
    await o.page.waitForSelector('.search-arrival:not([hidden])');
    // "返回搜索结果" keeps the filters.
    const back = await o.page.locator('.search-arrival a').getAttribute('href');
    expect(new URL(back ?? '', env.site.origin).searchParams.get('city')).toBe('临海市');
    await o.page.goBack({ waitUntil: 'load' });
    await o.page.waitForSelector('.sr-plan');
    // The passage left from is in view again, in its expanded group.
    await o.page.waitForFunction(() => {
      const r = document.querySelectorAll('.sr-link')[5]?.getBoundingClientRect();
      // scrollIntoViewIfNeeded may leave the link a fraction of a pixel past the edge.
      return r && scrollY > 500 && r.top >= 0 && r.bottom <= innerHeight + 1;
    });
    await expect(o.page.locator('.sr-plan[data-expanded]').count()).resolves.toBe(1);
    await close(o);
  });

  it('the back link follows history when it came from those results, and restores the place', async () => {
    const o = await open(`/zh-hans/search/?q=${encodeURIComponent('数字')}`, PHONE);
    await o.page.waitForSelector('.sr-plan');
    const link = o.page.locator('.sr-link').nth(4);
    await link.scrollIntoViewIfNeeded();
    await Promise.all([o.page.waitForURL(/hl=/), link.click()]);
    await o.page.waitForSelector('.search-arrival:not([hidden])');
    await Promise.all([o.page.waitForURL(/\/search\//), o.page.locator('.search-arrival a').click()]);
    await o.page.waitForSelector('.sr-plan');
    await o.page.waitForFunction(() => {
      const r = document.querySelectorAll('.sr-link')[4]?.getBoundingClientRect();
      return r && scrollY > 300 && r.top >= 0 && r.bottom <= innerHeight;
    });
    await close(o);
  });

  it('the comparison comes back with its open details and scroll position', async () => {
    const o = await open(`/zh-hans/compare/?terms=${encodeURIComponent('数字经济')}`);
    await o.page.waitForSelector('.cmp-kwic-plan');
    const before = await o.page.$$eval('.cmp-kwic-plan', (ds) => ds.map((d) => (d as HTMLDetailsElement).open));
    // Flip the first group, then read down to a line of the last group that is open.
    await o.page.locator('.cmp-kwic-plan > summary').first().click();
    const flipped = [!before[0], ...before.slice(1)];
    const line = o.page.locator('.cmp-kwic-plan[open] a[href*="#"]').last();
    await line.scrollIntoViewIfNeeded();
    const href = await line.getAttribute('href');
    expect(await o.page.evaluate(() => scrollY)).toBeGreaterThan(300);
    await Promise.all([o.page.waitForURL(/\/plans\//), line.click()]);
    await o.page.goBack({ waitUntil: 'load' });
    await o.page.waitForSelector('.cmp-kwic-plan');
    await o.page.waitForFunction((h) => {
      const links = [...document.querySelectorAll('.cmp-kwic-plan[open] a')].filter((a) => a.getAttribute('href') === h);
      const r = links.at(-1)?.getBoundingClientRect();
      return r && scrollY > 300 && r.top >= 0 && r.bottom <= innerHeight;
    }, href);
    await expect(o.page.$$eval('.cmp-kwic-plan', (ds) => ds.map((d) => (d as HTMLDetailsElement).open))).resolves.toEqual(flipped);
    await close(o);
  });
});

describe('permalink controls on a phone', () => {
  it('show on headings, and on a paragraph only when it is tapped; focus still shows them', async () => {
    const o = await open('/zh-hans/plans/jiaxing-15-proposal/', PHONE);
    const opacity = (sel: string) => o.page.$eval(sel, (e) => Number(getComputedStyle(e).opacity));
    await expect(opacity('#c2 > a.permalink')).resolves.toBeGreaterThan(0.3);
    await expect(opacity('#a8-p1 > a.permalink')).resolves.toBe(0);
    await o.page.locator('#a8-p1').tap({ position: { x: 120, y: 40 } });
    await o.page.waitForFunction(() => getComputedStyle(document.querySelector('#a8-p1 > a.permalink')!).opacity === '1');
    // From the keyboard: focus shows a hidden control.
    await o.page.locator('#a10-p1 a.num-link').focus();
    await o.page.keyboard.press('Tab');
    await o.page.waitForFunction(() => document.activeElement?.matches('#a10-p1 > a.permalink'));
    await o.page.waitForFunction(() => getComputedStyle(document.querySelector('#a10-p1 > a.permalink')!).opacity === '1');
    await close(o);
  });
});

describe('the document interface text', () => {
  it.each([
    ['hans', 'linhai-14-outline', '链接到此处（c3）', '回到顶部', '原网页未收录此图'],
    ['hant', 'linhai-14-outline', '連結到此處（c3）', '回到頁首', '原網頁未收錄此圖'],
    ['hans', 'taizhou-14-proposal', '链接到此处（c3）', '回到顶部', ''],
    ['hant', 'taizhou-14-proposal', '連結到此處（c3）', '回到頁首', ''],
  ] as const)('is the hand-written %s dictionary, whatever the script of the document (%s)', async (script, slug, label, top, figure) => {
    const o = await open(`/zh-${script}/plans/${slug}/`);
    await expect(o.page.locator('#c3 > a.permalink').getAttribute('aria-label')).resolves.toBe(label);
    await expect(o.page.locator('.chapter-nav .top').first().textContent()).resolves.toBe(top);
    if (figure) await expect(o.page.locator('.figure-placeholder').first().textContent()).resolves.toContain(figure);
    expect(await o.page.content()).not.toContain('[[doc:');
    await close(o);
  });
});

describe('on paper', () => {
  it('prints the citation with the place, only absolute link targets, and no page break before the first chapter', async () => {
    const o = await open('/zh-hans/plans/linhai-14-outline/#c3-s2-p1');
    await o.page.emulateMedia({ media: 'print' });
    await o.page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(o.page.locator('[data-cite-text]').isVisible()).resolves.toBe(true);
    await expect(o.page.locator('[data-cite-text]').textContent()).resolves.toContain('#c3-s2-p1');
    const printed = await o.page.$$eval('main a[href]', (as) =>
      as.map((a) => getComputedStyle(a, '::after').content).filter((c) => c !== 'none' && c !== 'normal' && !/https?:/.test(c)),
    );
    expect(printed).toEqual([]);
    await expect(o.page.$eval('section.chapter', (e) => getComputedStyle(e).breakBefore)).resolves.toBe('auto');
    await close(o);
  });
});
