/**
 * Phone details, measured at 390 px in real Chromium: one search box on the search page and
 * its first result above the fold; the contents drawer's backdrop, closed by a tap on it or by
 * Esc with focus back on 目录; every target on a plan page at least 24 × 24 px (WCAG 2.2 AA);
 * the "copied" toast clear of the 已标出 bar; the home page's filters never scrolling inside
 * themselves at 812 px; a section page opened with ?hl= marking the query.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Opened, openPage, useSite } from '../helpers/site.ts';

const env = useSite();
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  permissions: ['clipboard-read', 'clipboard-write'],
};

async function close(o: Opened): Promise<void> {
  expect(o.errors).toEqual([]);
  await o.context.close();
}

/**
 * Every visible control smaller than 24 × 24 px that WCAG 2.2's spacing exception (2.5.8) does not
 * cover either: a 24 px circle centred on an undersized target may not meet another target, nor
 * the circle of another undersized one (a lone figure marked as a link in a sentence passes).
 */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const targets: { where: string; r: DOMRect; small: boolean }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, [role="option"]')) {
      const r = el.getBoundingClientRect();
      if ((r.width === 0 && r.height === 0) || getComputedStyle(el).visibility === 'hidden' || getComputedStyle(el).pointerEvents === 'none') continue;
      const where = `${el.tagName.toLowerCase()}${el.className ? `.${[...el.classList].join('.')}` : ''} in ${el.parentElement?.tagName.toLowerCase()}.${[...(el.parentElement?.classList ?? [])].join('.')}`;
      targets.push({ where, r, small: r.width < 24 || r.height < 24 });
    }
    const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2] as const;
    const reach = (r: DOMRect, x: number, y: number) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    const out = new Set<string>();
    for (const t of targets) {
      if (!t.small) continue;
      const [x, y] = centre(t.r);
      const crowded = targets.some((o) => {
        if (o === t) return false;
        if (reach(o.r, x, y) < 12) return true;
        const [ox, oy] = centre(o.r);
        return o.small && Math.hypot(ox - x, oy - y) < 24;
      });
      if (crowded) out.add(`${t.where} (${t.r.width.toFixed(1)}×${t.r.height.toFixed(1)})`);
    }
    return [...out];
  });

describe('the search page on a phone', () => {
  it.each(['hans', 'hant'])('has one search box and its first result above the fold (%s)', async (script) => {
    const o = await openPage(env, `/zh-${script}/search/?q=${encodeURIComponent('发展')}`, PHONE);
    await o.page.waitForSelector('.sr-link');
    const boxes = await o.page.$$eval('input[type="search"]', (els) => els.filter((e) => e.getBoundingClientRect().height > 0).length);
    expect(boxes).toBe(1);
    const first = await o.page.locator('.sr-link').first().boundingBox();
    expect(first && first.y + first.height).toBeLessThanOrEqual(844);
    // "/" still finds the box.
    await o.page.keyboard.press('/');
    await expect(o.page.evaluate(() => document.activeElement?.id)).resolves.toBe('sr-q');
    await close(o);
  });
});

describe('the contents drawer on a phone', () => {
  it('has a backdrop; a tap on it or Esc closes the drawer and returns focus to 目录', async () => {
    const o = await openPage(env, '/zh-hans/plans/quzhou-14-outline/#c5', PHONE);
    const summary = o.page.locator('.toc-drawer > summary');
    await summary.tap();
    await o.page.waitForSelector('.toc-backdrop:not([hidden])');
    await expect(o.page.locator('.toc-drawer').getAttribute('open')).resolves.toBe('');
    // A tap below the list lands on the backdrop, not the text under it.
    const list = await o.page.locator('.toc-list').boundingBox();
    const y = Math.min(840, (list?.y ?? 0) + (list?.height ?? 0) + 40);
    await expect(o.page.evaluate((at) => document.elementFromPoint(195, at)?.className, y)).resolves.toBe('toc-backdrop');
    await o.page.touchscreen.tap(195, y);
    await o.page.waitForFunction(() => !(document.querySelector('.toc-drawer') as HTMLDetailsElement).open);
    await expect(o.page.locator('.toc-backdrop').isHidden()).resolves.toBe(true);
    await expect(o.page.evaluate(() => document.activeElement?.matches('.toc-drawer > summary'))).resolves.toBe(true);
    // Esc, from inside the list.
    await summary.tap();
    await o.page.locator('.toc-list a').nth(3).focus();
    await o.page.keyboard.press('Escape');
    await o.page.waitForFunction(() => !(document.querySelector('.toc-drawer') as HTMLDetailsElement).open);
    await expect(o.page.evaluate(() => document.activeElement?.matches('.toc-drawer > summary'))).resolves.toBe(true);
    await close(o);
  });
});

describe('targets on a plan page at 390 px', () => {
  it.each([
    ['zh-hans', 'linhai-14-outline'],
    ['zh-hant', 'jiaxing-15-proposal'],
    ['zh-hans', 'taizhou-14-proposal'],
  ])('are all at least 24 × 24 px (/%s/plans/%s/, every paragraph’s # shown, drawer open, arrival bar)', async (prefix, slug) => {
    const o = await openPage(env, `/${prefix}/plans/${slug}/?hl=${encodeURIComponent('发展')}`, PHONE);
    await o.page.waitForSelector('.search-arrival:not([hidden])');
    await o.page.evaluate(() => {
      for (const p of document.querySelectorAll('p[id], .note[id]')) p.classList.add('show-link');
    });
    expect(await smallTargets(o.page)).toEqual([]);
    await o.page.locator('.toc-drawer > summary').tap();
    await o.page.waitForSelector('.toc-backdrop:not([hidden])');
    expect(await smallTargets(o.page)).toEqual([]);
    await close(o);
  });
});

describe('the copied toast', () => {
  it('does not cover the 已标出 bar', async () => {
    const o = await openPage(env, `/zh-hans/plans/quzhou-14-outline/?hl=${encodeURIComponent('数字经济')}#c5-s2-p1`, PHONE);
    await o.page.waitForSelector('.search-arrival:not([hidden])');
    await o.page.locator('#c5-s2-p1 > a.permalink').tap();
    await o.page.locator('.cite-pop [data-act="share"]').tap();
    await o.page.waitForSelector('[data-toast]:not([hidden])');
    const [toast, bar] = await Promise.all(['[data-toast]', '.search-arrival'].map((s) => o.page.locator(s).boundingBox()));
    expect(toast && bar).toBeTruthy();
    if (!toast || !bar) return;
    expect(toast.y + toast.height).toBeLessThanOrEqual(bar.y);
    await close(o);
  });
});

describe('the home page’s filters at 812 px', () => {
  for (const width of [1280, 390])
    it(`never scroll inside themselves and show 「十五五」 and their buttons (${width} px)`, async () => {
      const o = await openPage(env, '/zh-hant/', { viewport: { width, height: 812 } });
      // Every facet shown (on a phone they start folded).
      await o.page.evaluate(() => {
        for (const d of document.querySelectorAll<HTMLDetailsElement>('.cat-filters details')) d.open = true;
      });
      const [inner, outer] = await o.page.$eval('.cat-filters', (e) => [e.scrollHeight, e.clientHeight]);
      expect(inner).toBeLessThanOrEqual(outer + 1);
      for (const target of [o.page.getByText('十五五', { exact: false }).first(), o.page.locator('.cat-clear')]) {
        await target.scrollIntoViewIfNeeded();
        await expect(target.isVisible()).resolves.toBe(true);
        const box = await target.boundingBox();
        expect(box && box.y >= 0 && box.y + box.height <= 812).toBe(true);
      }
      await close(o);
    });
});

describe('a section page opened with ?hl=', () => {
  it.each(['hans', 'hant'])('marks the query in the passage and offers the way back (%s)', async (script) => {
    const o = await openPage(env, `/zh-${script}/plans/linhai-14-outline/c2-s1/?hl=${encodeURIComponent('人才')}`, PHONE);
    await o.page.waitForSelector('main mark.search-hit');
    expect(await o.page.locator('main mark.search-hit').count()).toBeGreaterThan(5);
    await expect(o.page.locator('.search-arrival a').getAttribute('href')).resolves.toMatch(/\/search\/\?q=/);
    // The switch keeps the query.
    await expect(o.page.locator('a.script-switch').getAttribute('href')).resolves.toContain('?hl=');
    await close(o);
  });
});
