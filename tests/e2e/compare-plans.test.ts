/**
 * The pair view /zh-han{s,t}/compare-plans/?a=&b= (issue 19), in the browser: a precomputed pair
 * drawn from its open data, every section of b in order with its class, the shared wording
 * marked the same on both sides, both sections linked, the class counts acting as filters, the
 * phone toggle between the two texts, a pair computed in the browser, the plan page's picker
 * two clicks from the view, axe clean; and /data/pairs/ as documented.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PairFile } from '../../src/lib/related/plan-align.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { page as distPage, planData } from '../helpers/dist.ts';
import { useSite } from '../helpers/site.ts';

const env = useSite();
const PAIR = 'taizhou-14-proposal--linhai-14-outline';

describe('/data/pairs/', () => {
  it('holds the precomputed pair linhai-14-outline after taizhou-14-proposal, in the documented shape', () => {
    const file = JSON.parse(readFileSync(`dist/data/pairs/${PAIR}.json`, 'utf8')) as PairFile;
    expect(Object.keys(file)).toEqual(['a', 'b', 'pairs']);
    expect([file.a, file.b]).toEqual(['taizhou-14-proposal', 'linhai-14-outline']);
    const walk = (nodes: ReturnType<typeof planData>['outline']): { id: string; kind: string }[] => nodes.flatMap((n) => [n, ...walk(n.children)]);
    const sections = walk(planData('linhai-14-outline').outline)
      .filter((n) => n.kind === 'section')
      .map((n) => n.id);
    expect(file.pairs.filter((p) => p.b !== null).map((p) => p.b)).toEqual(sections);
    for (const p of file.pairs) {
      expect(Object.keys(p)).toEqual(['a', 'b', 'class', 'similarity', 'shared']);
      expect(['taken', 'rewritten', 'new', 'dropped']).toContain(p.class);
      expect(typeof p.similarity).toBe('number');
      if (p.class === 'dropped') expect(p.b).toBeNull();
      if (p.class === 'new') expect(p.a).toBeNull();
      for (const s of p.shared) expect(s.length).toBe(4);
    }
    expect(new Set(file.pairs.map((p) => p.class))).toEqual(new Set(['taken', 'rewritten', 'new', 'dropped']));
  });

  it('is linked from the pair view index and the related index', () => {
    const hrefs = distPage('zh-hans/related')
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`/data/pairs/${PAIR}.json`);
  });
});

describe('the pair view in the browser', () => {
  it.each(['hans', 'hant'] as const)('draws 台州建议 → 临海纲要 in %s: rows, marks, links, filters', async (script) => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${env.site.origin}/zh-${script}/compare-plans/?a=taizhou-14-proposal&b=linhai-14-outline`);
    await page.waitForSelector('.pairs-page[data-state="done"]');
    const file = JSON.parse(readFileSync(`dist/data/pairs/${PAIR}.json`, 'utf8')) as PairFile;
    await expect(page.locator('.pair-row').count()).resolves.toBe(file.pairs.length);
    // The data file is linked from the page.
    await expect(page.locator(`.pairs-note a[href="/data/pairs/${PAIR}.json"]`).count()).resolves.toBe(1);
    // A row names both sections and links each into its plan and to its own page.
    const row = page.locator('#b-c13-s1');
    await expect(row.locator('.pair-class').textContent()).resolves.toBe('沿用');
    const hrefs = await row.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        `/zh-${script}/plans/taizhou-14-proposal/#a20`,
        `/zh-${script}/plans/taizhou-14-proposal/a20/`,
        `/zh-${script}/plans/linhai-14-outline/#c13-s1`,
        `/zh-${script}/plans/linhai-14-outline/c13-s1/`,
      ]),
    );
    // Shared wording: the same strings marked on both sides, in this script.
    const marks = async (side: string) => (await row.locator(`${side} mark`).allTextContents()).sort();
    const [ma, mb] = [await marks('.pair-side-a'), await marks('.pair-side-b')];
    expect(ma.length).toBeGreaterThan(0);
    expect(ma).toEqual(mb);
    // Filters: the counts are buttons; switching 改写 off hides its rows.
    const rewritten = page.locator('.pair-filter[data-class="rewritten"]');
    await expect(rewritten.getAttribute('aria-pressed')).resolves.toBe('true');
    const n = file.pairs.filter((p) => p.class === 'rewritten').length;
    await expect(rewritten.locator('.pair-count').textContent()).resolves.toBe(String(n));
    await rewritten.click();
    await expect(rewritten.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.locator('.pair-row-rewritten:visible').count()).resolves.toBe(0);
    await expect(page.locator('.pair-row:visible').count()).resolves.toBe(file.pairs.length - n);
    await rewritten.press('Enter');
    await expect(page.locator('.pair-row:visible').count()).resolves.toBe(file.pairs.length);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone shows one text at a time, the toggle choosing which; axe clean', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hant/compare-plans/?a=taizhou-14-proposal&b=linhai-14-outline&at=b-c1-s3`);
    await page.waitForSelector('.pairs-page[data-state="done"]');
    const row = page.locator('#b-c1-s3');
    await expect(row.getAttribute('class')).resolves.toContain('pair-target');
    await expect(row.locator('.pair-side-b').isVisible()).resolves.toBe(true);
    await expect(row.locator('.pair-side-a').isVisible()).resolves.toBe(false);
    await page.locator('.pair-toggle button[data-side="a"]').click();
    await expect(row.locator('.pair-side-a').isVisible()).resolves.toBe(true);
    await expect(row.locator('.pair-side-b').isVisible()).resolves.toBe(false);
    await expect(page.locator('.pair-toggle button[data-side="a"]').getAttribute('aria-pressed')).resolves.toBe('true');
    // A dropped section of a still shows its text with 乙 chosen.
    await page.locator('.pair-toggle button[data-side="b"]').click();
    await expect(page.locator('.pair-row-dropped .pair-side-a').first().isVisible()).resolves.toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("computes a pair the build did not, from the two plans' open data, with progress and the same rows shape", async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${env.site.origin}/zh-hans/compare-plans/?a=quzhou-14-outline&b=jiaxing-15-proposal`);
    await page.waitForSelector('.pairs-page[data-state="done"]');
    expect(requests.filter((r) => r.startsWith('/data/'))).toEqual(['/data/plans/quzhou-14-outline.json', '/data/plans/jiaxing-15-proposal.json']);
    const articles = planData('jiaxing-15-proposal').outline.flatMap((c) => c.children.filter((n) => n.kind === 'article')).length;
    await expect(page.locator('.pair-row[id^="b-"]').count()).resolves.toBe(articles);
    await expect(page.locator('.pairs-note').textContent()).resolves.toContain('浏览器中');
    await context.close();
  });

  it('says so for an unknown plan or the same plan twice, and keeps the picker', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hans/compare-plans/?a=nowhere-14-plan&b=linhai-14-outline`);
    await expect(page.locator('[data-pairs-status]').textContent()).resolves.toContain('nowhere-14-plan');
    await page.goto(`${env.site.origin}/zh-hans/compare-plans/?a=linhai-14-outline&b=linhai-14-outline`);
    await expect(page.locator('[data-pairs-status]').textContent()).resolves.toBe('请选择两份不同的规划。');
    await expect(page.locator('#pairs-a').inputValue()).resolves.toBe('linhai-14-outline');
    await context.close();
  });

  it('is reached from a plan page in one click (its suggested pair) and from the header', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hans/plans/linhai-14-outline/`);
    await page.locator('.compare-picker a', { hasText: '台州建议 → 临海纲要' }).click();
    await page.waitForSelector('.pairs-page[data-state="done"]');
    expect(new URL(page.url()).search).toBe('?a=taizhou-14-proposal&b=linhai-14-outline');
    await expect(page.locator('.site-header nav a[href="/zh-hans/compare-plans/"]').count()).resolves.toBe(1);
    await page.goto(`${env.site.origin}/zh-hant/`);
    await page.locator('#home-pair-a').selectOption('quzhou-14-outline');
    await page.locator('#home-pair-b').selectOption('linhai-14-outline');
    await page.locator('.compare-picker button[type="submit"]').click();
    await page.waitForSelector('.pairs-page[data-state="done"]');
    expect(new URL(page.url()).pathname).toBe('/zh-hant/compare-plans/');
    await context.close();
  });
});
