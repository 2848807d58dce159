/** The compare page on a build served under a sub-path (SITE_BASE=/plans/): texts, links and Chart.js all inside it. */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';

const OUT = 'build/dist-compare-sub';
const BASE = '/plans/';
let browser: Browser;
let site: Served;
beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  // Vitest exports BASE_URL=/ into the environment, and Vite would take it over SITE_BASE.
  const { BASE_URL: _ignored, ...env } = process.env;
  execFileSync('npx', ['astro', 'build'], { env: { ...env, SITE_BASE: BASE, SITE_OUT_DIR: OUT }, stdio: 'pipe' });
  [browser, site] = await Promise.all([launch(), serve(OUT, BASE)]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(OUT, { recursive: true, force: true });
});

describe(`compare under ${BASE}`, () => {
  it('counts, draws and links inside the sub-path', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.origin}${BASE}zh-hans/compare/?terms=${encodeURIComponent('共同富裕')}`);
    await page.waitForSelector('.cmp-chart canvas[data-drawn="true"]');
    expect(await page.locator('.cmp-table tbody tr').count()).toBe(5);
    expect(await page.locator('.cmp-table tbody th a').first().getAttribute('href')).toMatch(new RegExp(`^${BASE}zh-hans/plans/[a-z0-9-]+/$`));
    expect(await page.locator('.cmp-suggest a').first().getAttribute('href')).toMatch(new RegExp(`^${BASE}zh-hans/compare/\\?terms=`));
    const line = page.locator('a.cmp-line').first();
    await line.waitFor({ state: 'attached' });
    if (!(await line.isVisible())) await page.locator('.cmp-kwic-plan summary').first().click();
    const href = (await line.getAttribute('href'))!;
    expect(href.startsWith(`${BASE}zh-hans/plans/`)).toBe(true);
    await Promise.all([page.waitForURL(/hl=/), line.click()]);
    await page.waitForSelector('mark.search-hit');
    expect(requests.filter((p) => /\/_astro\/chart\./.test(p)).length).toBeGreaterThan(0);
    expect(requests.filter((p) => !p.startsWith(BASE))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
