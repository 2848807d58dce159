/** Charts draw where a plan has indicator tables, only there, only when near; tables stand alone without JS. */
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/lib/chart-spec.ts';
import { useSite } from '../helpers/site.ts';

const env = useSite();

/** Whether a canvas has any non-transparent pixel. */
const painted = (selector: string) => `(() => {
  const c = document.querySelector('${selector}');
  if (!c || !c.width) return false;
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true;
  return false;
})()`;

describe('indicator charts', () => {
  it('fetch Chart.js only when a chart comes near, then draw both charts', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${env.site.origin}/zh-hans/plans/linhai-14-outline/`);
    await page.waitForTimeout(300);
    expect(scripts.some((u) => /draw\./.test(u))).toBe(false);
    await page.locator('#table1').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-chart-for="table1"] canvas')?.getAttribute('data-drawn') === 'true');
    expect(scripts.some((u) => /draw\./.test(u))).toBe(true);
    expect(await page.evaluate(painted('[data-chart-for="table1"] canvas'))).toBe(true);
    await page.locator('#table2').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-chart-for="table2"] canvas')?.getAttribute('data-drawn') === 'true');
    expect(await page.evaluate(painted('[data-chart-for="table2"] canvas'))).toBe(true);
    await expect(page.locator('[data-chart-for="table1"] figcaption').textContent()).resolves.toBe('表一 图示：2020年目标完成情况');
    await expect(page.locator('[data-chart-for="table1"] canvas').getAttribute('aria-label')).resolves.toContain('表一');
    await context.close();
  });

  it.each(['hans', 'hant'])('%s: account for every indicator of both tables, and print their flags', async (script) => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-${script}/plans/linhai-14-outline/`);
    const specs = JSON.parse((await page.locator('#chart-specs').textContent()) ?? '[]') as ChartSpec[];
    for (const spec of specs) {
      const slot = page.locator(`[data-chart-for="${spec.tableId}"]`);
      const drawn = spec.kind === 'attainment' ? spec.bars.map((b) => b.label) : spec.groups.flatMap((g) => g.points.map((p) => p.label));
      const listed = await slot.locator('.chart-excluded li').allTextContents();
      expect(listed).toEqual(spec.excluded.map((e) => `${e.label}：${e.reason}`));
      // Every row of the table, by its name without the unit, is drawn or listed.
      const names = await page
        .locator(`#${spec.tableId} tbody th[scope="row"]`)
        .evaluateAll((ths) => ths.map((th) => (th.lastChild?.textContent ?? '').replace(/[(（][^()（）]*[)）]$/, '')));
      const stems = [...drawn, ...spec.excluded.map((e) => e.label)].map((l) => l.split('：')[0]);
      const missing = names.filter((n) => !stems.some((s) => n === s || n.startsWith(s) || s.startsWith(n)));
      expect(missing, spec.tableId).toEqual([]);
    }
    const flags = await page.locator('.chart-caveats').allTextContents();
    expect(flags.join('')).toContain('2019');
    expect(await page.locator('[data-chart-for="table2"] .chart-legend').textContent()).toMatch(/底[线線]目[标標]/);
    await context.close();
  });

  it('are not loaded on pages without tables', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${env.site.origin}/zh-hant/plans/jiaxing-15-proposal/`);
    await page.mouse.wheel(0, 20000);
    await page.waitForTimeout(300);
    expect(scripts.filter((u) => /TableCharts|draw\./.test(u))).toEqual([]);
    await context.close();
  });

  it('leave the tables alone without JavaScript', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hans/plans/linhai-14-outline/#table2`);
    await expect(page.locator('#table2 table').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-chart-for="table2"]').isVisible()).resolves.toBe(false);
    const row = await page.locator('#table2 tr', { hasText: '实际使用外资额' }).locator('td').allTextContents();
    expect(row).toEqual(['10', '万美元', '4801', '13000', '', '预期性']);
    await context.close();
  });
});
