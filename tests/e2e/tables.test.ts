/**
 * Indicator tables read on a phone and on paper: the names keep a readable width and stay in
 * view when the values are scrolled sideways, the header row stays at the top of the frame,
 * and printing lays the table out whole.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';

const env = useSite();

interface Box {
  left: number;
  top: number;
  width: number;
  right: number;
}
const box = (sel: string) =>
  `(() => { const r = document.querySelector(${JSON.stringify(sel)}).getBoundingClientRect(); return { left: r.left, top: r.top, width: r.width, right: r.right }; })()`;

describe('tables at 390 px', () => {
  it.each(['hans', 'hant'])('%s: names readable and sticky, header sticky, values reachable', async (script) => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-${script}/plans/linhai-14-outline/#table2`);
    const frame = '#table2 .table-scroll';
    const name = '#table2 tbody tr:nth-child(2) th[scope="row"]';
    const at = async (sel: string) => (await page.evaluate(box(sel))) as Box;
    // At least seven characters of a name on a line (13 px each), and the 2020 value on screen.
    expect((await at(name)).width).toBeGreaterThanOrEqual(7 * 13);
    expect((await at('#table2 tbody tr:nth-child(2) td.value')).right).toBeLessThanOrEqual(390);
    // Scrolled sideways, the name stays at the frame's left edge and the 2025 targets come in.
    await page.locator(frame).evaluate((el) => {
      el.scrollLeft = 300;
    });
    expect(Math.abs((await at(name)).left - ((await at(frame)).left + 1))).toBeLessThan(2);
    const target = await at('#table2 tbody tr:nth-child(2) td.value:nth-of-type(4)');
    expect(target.left).toBeGreaterThan((await at(name)).right - 1);
    expect(target.right).toBeLessThanOrEqual(390);
    // Scrolled down inside the frame, the header row stays at its top.
    await page.locator(frame).evaluate((el) => {
      el.scrollTop = 600;
    });
    expect(Math.abs((await at('#table2 thead')).top - ((await at(frame)).top + 1))).toBeLessThan(2);
    await context.close();
  });
});

describe('tables and charts on paper', () => {
  it('print lays tables out whole and prints the drawn charts', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hans/plans/linhai-14-outline/`);
    await page.locator('[data-chart-for="table1"]').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-chart-for="table1"] canvas')?.dataset.drawn === 'true');
    // Once Chart.js is loaded, printing draws the charts not yet scrolled to, at once.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('[data-chart-for="table2"] canvas')?.dataset.drawn)).toBe('true');
    await page.emulateMedia({ media: 'print' });
    const style = await page.evaluate(() => {
      const frame = getComputedStyle(document.querySelector('#table2 .table-scroll')!);
      return { overflow: frame.overflowX, maxHeight: frame.maxHeight, thead: getComputedStyle(document.querySelector('#table2 thead')!).position };
    });
    expect(style).toEqual({ overflow: 'visible', maxHeight: 'none', thead: 'static' });
    for (const id of ['table1', 'table2']) {
      await expect(page.locator(`[data-chart-for="${id}"] canvas`).isVisible()).resolves.toBe(true);
      await expect(page.locator(`[data-chart-for="${id}"] .chart-print-note`).isVisible()).resolves.toBe(false);
    }
    await context.close();
  });

  it('a chart not yet drawn is left out of print with a note', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hant/plans/linhai-14-outline/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-chart-for="table2"] .chart-canvas').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-chart-for="table2"] .chart-print-note').textContent()).resolves.toContain('此圖未列印');
    await context.close();
  });
});
