/**
 * The reader's place, measured: back to a results page, a comparison or a plan page puts the
 * same result at the same height (within one line), at phone and desktop widths in both
 * scripts, however late the page paints; the script switch keeps the paragraph being read on a
 * phone, where the header has scrolled away.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Opened, openPage, useSite } from '../helpers/site.ts';

const env = useSite();

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const WIDTHS = [
  ['390', PHONE],
  ['1280', DESKTOP],
] as const;
/** One line of body text, the tolerance of "the same place". */
const LINE = 30;

const open = (path: string, options: BrowserContextOptions): Promise<Opened> => openPage(env, path, { locale: 'zh-CN', ...options });

async function close(o: Opened): Promise<void> {
  expect(o.errors).toEqual([]);
  await o.context.close();
}

/** The top of the `n`th element matching `selector`, relative to the view. */
const topOf = (page: Page, selector: string, n: number) =>
  page.evaluate(([s, i]) => document.querySelectorAll(s)[Number(i)]?.getBoundingClientRect().top ?? Number.NaN, [selector, String(n)] as const);

/** Scrolls the `n`th match to `y` px below the view's top. */
const bringTo = (page: Page, selector: string, n: number, y: number) =>
  page.evaluate(
    ([s, i, at]) => {
      const el = document.querySelectorAll(s)[Number(i)];
      scrollBy({ top: el.getBoundingClientRect().top - Number(at), behavior: 'instant' });
    },
    [selector, String(n), String(y)] as const,
  );

/** Leaves as a link in the text would, and comes back with the browser's Back. */
async function awayAndBack(page: Page, away: string): Promise<void> {
  await Promise.all([page.waitForURL((u) => u.href.includes(away)), page.evaluate((href) => location.assign(href), away)]);
  await page.goBack({ waitUntil: 'load' });
}

describe('back to a page drawn after load', () => {
  for (const [width, options] of WIDTHS)
    for (const script of ['hans', 'hant'] as const) {
      it(`the results page puts the same result at the same height (${width} px, ${script})`, async () => {
        const o = await open(`/zh-${script}/search/?q=${encodeURIComponent('发展')}`, options);
        // Groups fill as they come near the view: scroll on until the 13th result is there.
        await o.page.waitForFunction(
          () => {
            if (document.querySelectorAll('.sr-link').length > 12 && !document.querySelector('[data-painting]')) return true;
            window.scrollBy(0, 400);
            return false;
          },
          null,
          { polling: 250 },
        );
        await bringTo(o.page, '.sr-link', 12, 300);
        const before = await topOf(o.page, '.sr-link', 12);
        expect(await o.page.evaluate(() => scrollY)).toBeGreaterThan(1000);
        await awayAndBack(o.page, `/zh-${script}/about/`);
        await o.page.waitForSelector('.sr-link');
        await o.page.waitForTimeout(600);
        const after = await topOf(o.page, '.sr-link', 12);
        expect(Math.abs(after - before)).toBeLessThanOrEqual(LINE);
        await close(o);
      });
    }

  for (const [width, options] of WIDTHS)
    it(`the comparison puts the same line at the same height (${width} px)`, async () => {
      const o = await open(`/zh-hant/compare/?terms=${encodeURIComponent('数字经济')}`, options);
      await o.page.waitForSelector('.cmp-kwic-plan[open] a.cmp-line');
      const n = (await o.page.locator('main a[href], main summary').count()) - 8;
      await bringTo(o.page, 'main a[href], main summary', n, 260);
      const before = await topOf(o.page, 'main a[href], main summary', n);
      await awayAndBack(o.page, '/zh-hant/about/');
      await o.page.waitForSelector('.cmp-kwic-plan');
      await o.page.waitForTimeout(600);
      expect(Math.abs((await topOf(o.page, 'main a[href], main summary', n)) - before)).toBeLessThanOrEqual(LINE);
      await close(o);
    });

  for (const [width, options] of WIDTHS)
    it(`a plan page puts the same paragraph at the same height (${width} px)`, async () => {
      const o = await open('/zh-hans/plans/quzhou-14-outline/', options);
      await bringTo(o.page, '#c7-s2-p2', 0, 240);
      const before = await topOf(o.page, '#c7-s2-p2', 0);
      await awayAndBack(o.page, '/zh-hans/about/');
      await o.page.waitForTimeout(600);
      expect(Math.abs((await topOf(o.page, '#c7-s2-p2', 0)) - before)).toBeLessThanOrEqual(LINE);
      await close(o);
    });
});

describe('the script switch on a phone', () => {
  for (const [from, to] of [
    ['hant', 'hans'],
    ['hans', 'hant'],
  ] as const)
    for (const width of [390, 900])
      it(`keeps the paragraph being read, after going up to the header to tap it (${from} → ${to}, ${width} px)`, async () => {
        const o = await open(`/zh-${from}/plans/quzhou-14-outline/#c7-s2`, { ...PHONE, viewport: { width, height: 844 } });
        await o.page.waitForTimeout(300);
        await bringTo(o.page, '#c7-s3-p1', 0, 300);
        await o.page.waitForTimeout(300); // the place is noted when scrolling pauses
        // A real tap: the header is scrolled back into view first.
        await Promise.all([o.page.waitForURL(new RegExp(`/zh-${to}/`)), o.page.locator('a.script-switch').click()]);
        await o.page.waitForLoadState('load');
        await o.page.waitForTimeout(400);
        const top = await topOf(o.page, '#c7-s3-p1', 0);
        expect(Math.abs(top - 300)).toBeLessThanOrEqual(LINE);
        expect(new URL(o.page.url()).hash).toBe('#c7-s2');
        await close(o);
      });

  it('keeps it when the switch is reached without scrolling (a keyboard or a script), never a hidden element’s top', async () => {
    const o = await open('/zh-hant/plans/quzhou-14-outline/#c7-s2', PHONE);
    await o.page.waitForTimeout(300);
    await bringTo(o.page, '#c7-s3-p1', 0, 280);
    await Promise.all([o.page.waitForURL(/\/zh-hans\//), o.page.evaluate(() => document.querySelector<HTMLAnchorElement>('a.script-switch')?.click())]);
    await o.page.waitForLoadState('load');
    await o.page.waitForTimeout(400);
    expect(Math.abs((await topOf(o.page, '#c7-s3-p1', 0)) - 280)).toBeLessThanOrEqual(LINE);
    await close(o);
  });
});
