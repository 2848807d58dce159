/** The reading experience in real Chromium, as a reader would notice it. */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';

const env = useSite();

const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

async function withPage<T>(options: BrowserContextOptions, path: string, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await env.browser.newContext({ locale: 'zh-CN', ...options });
  const page = await context.newPage();
  try {
    await page.goto(env.site.origin + path, { waitUntil: 'load' });
    return await fn(page);
  } finally {
    await context.close();
  }
}

/** Top of the element relative to the bottom of whatever is stuck to the top of the view. */
const clearance = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement;
    // What is stuck across the top of the view: the header, and on phones the contents bar.
    const covers = [...document.querySelectorAll('.site-header, .reader-toc')].filter(
      (e) => getComputedStyle(e).position === 'sticky' && e.getBoundingClientRect().width > innerWidth * 0.6,
    );
    const bottom = Math.max(0, ...covers.map((e) => e.getBoundingClientRect().bottom));
    const r = el.getBoundingClientRect();
    return { top: r.top - bottom, visible: r.top < innerHeight };
  }, selector);

describe('deep links', () => {
  for (const [name, options] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`land in view below the sticky header and are highlighted (${name})`, async () => {
      for (const id of ['c5-s2', 'a7-p1', 'box9-i3', 'table2']) {
        const slug = id.startsWith('a') ? 'taizhou-14-proposal' : 'linhai-14-outline';
        await withPage(options, `/zh-hant/plans/${slug}/#${id}`, async (page) => {
          const c = await clearance(page, `#${id}`);
          expect(c.top, id).toBeGreaterThanOrEqual(0);
          expect(c.visible, id).toBe(true);
          const bg = await page.$eval(`#${id}`, (e) => getComputedStyle(e).backgroundColor);
          expect(bg, id).not.toBe('rgba(0, 0, 0, 0)');
        });
      }
    });
  }
});

describe('permalink controls', () => {
  // The link / cite popover they open: tests/e2e/cite-popover.test.ts.
  it('are visible without hover on touch screens, on headings (paragraphs: tests/e2e/place.test.ts)', async () => {
    await withPage(PHONE, '/zh-hans/plans/jiaxing-15-proposal/', async (page) => {
      const opacity = await page.$eval('#c2 > a.permalink', (e) => Number(getComputedStyle(e).opacity));
      expect(opacity).toBeGreaterThan(0.3);
    });
  });
});

describe('the script switch', () => {
  it('goes to the same place in the other script and is remembered for the root', async () => {
    const context = await env.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hans/plans/quzhou-14-outline/#c9-s2`);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(200);
    const before = await page.evaluate(() => {
      const el = document.getElementById('c9-s2-p2') as HTMLElement;
      return el.getBoundingClientRect().top;
    });
    await page.click('[data-script-switch]');
    await page.waitForURL(/\/zh-hant\/plans\/quzhou-14-outline\//);
    await page.waitForFunction(() => location.hash === '#c9-s2');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hant');
    const after = await page.evaluate(() => (document.getElementById('c9-s2-p2') as HTMLElement).getBoundingClientRect().top);
    expect(Math.abs(after - before)).toBeLessThan(40);
    await page.goto(`${env.site.origin}/`);
    await page.waitForURL(/\/zh-hant\/$/);
    await context.close();
  });
});

describe('table of contents', () => {
  it('marks the current position as the reader scrolls (desktop)', async () => {
    await withPage(DESKTOP, '/zh-hans/plans/linhai-14-outline/#c8-s3', async (page) => {
      await page.waitForTimeout(100);
      await expect(page.locator('.toc [aria-current]').getAttribute('href')).resolves.toBe('#c8-s3');
      await page.evaluate(() => document.getElementById('c12')?.scrollIntoView());
      await page.waitForFunction(() => document.querySelector('.toc [aria-current]')?.getAttribute('href') === '#c12');
    });
  });

  it('is a drawer on phones that opens, navigates and closes', async () => {
    await withPage(PHONE, '/zh-hans/plans/linhai-14-outline/', async (page) => {
      const list = page.locator('.toc-list');
      await expect(list.isVisible()).resolves.toBe(false);
      await page.locator('.toc-drawer > summary').tap();
      await expect(list.isVisible()).resolves.toBe(true);
      await page.locator('.toc-list a[href="#c6"]').tap();
      await page.waitForFunction(() => location.hash === '#c6');
      await expect(list.isVisible()).resolves.toBe(false);
      const c = await clearance(page, '#c6');
      expect(c.top).toBeGreaterThanOrEqual(0);
    });
  });
});

describe('without JavaScript', () => {
  it('the whole plan reads, the contents open and deep links work', async () => {
    await withPage({ ...DESKTOP, javaScriptEnabled: false }, '/zh-hans/plans/linhai-common-prosperity/#a18-p1', async (page) => {
      await expect(page.locator('#a33-p1').textContent()).resolves.toMatch(/^33\.打造平安和谐城市。/);
      await page.locator('.toc-drawer > summary').click();
      await expect(page.locator('.toc-list a[href="#c2-s6"]').isVisible()).resolves.toBe(true);
      const c = await clearance(page, '#a18-p1');
      expect(c.top).toBeGreaterThanOrEqual(0);
    });
  });
});

describe('layout', () => {
  it('never scrolls sideways at 360 px', async () => {
    for (const path of [
      '/zh-hans/',
      '/zh-hant/',
      '/zh-hans/about/',
      '/zh-hans/plans/linhai-14-outline/',
      '/zh-hant/plans/quzhou-14-outline/',
      '/zh-hans/plans/taizhou-14-proposal/',
    ]) {
      await withPage(PHONE, path, async (page) => {
        const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(sw, path).toBeLessThanOrEqual(cw);
      });
    }
  });

  it('follows a dark system theme', async () => {
    await withPage({ ...DESKTOP, colorScheme: 'dark' }, '/zh-hans/plans/jiaxing-15-proposal/', async (page) => {
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = bg.match(/\d+/g)!.map(Number);
      expect(r + g + b).toBeLessThan(150);
    });
  });

  it('prints the text without navigation chrome, chapters running on (no page left two-thirds blank)', async () => {
    await withPage(DESKTOP, '/zh-hans/plans/linhai-14-outline/', async (page) => {
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(() =>
        ['.site-header', '.reader-toc', '.chapter-nav', '.permalink'].map((s) => getComputedStyle(document.querySelector(s) as Element).display),
      );
      expect(hidden).toEqual(['none', 'none', 'none', 'none']);
      await expect(page.$eval('section.chapter', (e) => getComputedStyle(e).breakBefore)).resolves.toBe('auto');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(100_000);
    });
  });
});
