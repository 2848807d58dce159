/** Keyboard-only journeys: skip link, search, the table of contents and a permalink control. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';

const env = useSite();

const focused = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return { tag: e?.tagName.toLowerCase(), id: e?.id, cls: e?.className, href: e?.getAttribute('href'), outline: e ? getComputedStyle(e).outlineStyle : '' };
  });

describe('keyboard only', () => {
  it('the first Tab reaches a visible skip link that moves focus to the main text', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hans/plans/quzhou-14-outline/`);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first).toMatchObject({ cls: 'skip-link', href: '#main' });
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toMatchObject({ id: 'main' });
    await context.close();
  });

  it('search: / focuses the box, arrows choose a result, Enter opens it', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hant/`);
    await page.keyboard.press('/');
    await expect(focused(page)).resolves.toMatchObject({ id: 'site-search' });
    await page.keyboard.type('碳達峰');
    await page.waitForSelector('.search-panel [role="option"]');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/\/zh-hant\/plans\/[^/]+\/.*#/), page.keyboard.press('Enter')]);
    await expect(page.locator('mark').first().textContent()).resolves.toMatch(/碳達峰|碳达峰/);
    await context.close();
  });

  it('the contents and a permalink control are reachable with Tab and show focus', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hans/plans/jiaxing-15-proposal/`);
    // Tab until the contents entry for chapter 六 has focus.
    let found = false;
    for (let i = 0; i < 80 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await focused(page)).href === '#c6';
    }
    expect(found).toBe(true);
    await expect(focused(page)).resolves.toMatchObject({ outline: 'solid' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#c6');
    // From the chapter heading, Tab goes on into the text: its 相关 marker (issue 19: chapters have one), or the text's permalink controls.
    await page.locator('#c6 > a.permalink').focus();
    await page.keyboard.press('Tab');
    let next = await focused(page);
    if (/related-toggle/.test(next.cls ?? '')) {
      await page.keyboard.press('Tab');
      next = await focused(page);
    }
    expect(next.cls).toMatch(/num-link|permalink/);
    // Enter opens the link / cite popover with "copy share link" focused; Enter again copies the section page's link.
    await page.keyboard.press('Enter');
    await page.waitForSelector('.cite-pop:not([hidden])');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-toast]')?.textContent === '分享链接已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/zh-hans\/plans\/jiaxing-15-proposal\/(a26|c6)\/$/);
    await context.close();
  });

  it('the catalogue: Tab reaches the filter box, the sort, a facet and the plans, each showing focus', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hans/`);
    /** Tabs until the focused element matches `selector`; returns its outline style. */
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((sel) => document.activeElement?.matches(sel), selector)) return (await focused(page)).outline;
      }
      throw new Error(`${selector} is not reached by Tab`);
    };
    const status = () => page.locator('[data-catalogue-status]').textContent();
    expect(await tabTo('#cat-q')).toBe('solid');
    await page.keyboard.type('临海');
    await page.waitForFunction(() => document.querySelector('[data-catalogue-status]')?.textContent?.includes('2'));
    expect(await tabTo('#cat-sort')).toBe('solid');
    expect(await tabTo('[data-facet="kind"] input')).toBe('solid');
    const before = await status();
    await page.keyboard.press('Space');
    await page.waitForFunction((b) => document.querySelector('[data-catalogue-status]')?.textContent !== b, before);
    expect(await tabTo('.cat-clear')).toBe('solid');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-catalogue-groups] li[data-k]:not([hidden])').length === 5);
    expect(await tabTo('[data-catalogue-groups] li[data-k] a')).toBe('solid');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh-hans\/plans\/[a-z0-9-]+\/$/);
    await context.close();
  });
});
