/** The built site in real Chromium: pages load clean, deep links land, the root picks a script. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';

const env = useSite();

async function open(path: string, options: { locale?: string; width?: number } = {}) {
  const context = await env.browser.newContext({ locale: options.locale ?? 'zh-CN', viewport: { width: options.width ?? 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => !r.url().startsWith(env.site.origin) && !r.url().startsWith('data:') && outside.push(r.url()));
  await page.goto(env.site.origin + path, { waitUntil: 'load' });
  return { page, context, errors, outside };
}

describe('a plan page', () => {
  it('loads without errors or requests outside the site, in both scripts', async () => {
    for (const path of ['/zh-hans/plans/linhai-14-outline/', '/zh-hant/plans/linhai-14-outline/']) {
      const { page, context, errors, outside } = await open(path);
      await expect(page.locator('h1').first().textContent()).resolves.toMatch(/临海市国民经济|臨海市國民經濟/);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      await context.close();
    }
  });

  it('lands on a deep link with the target in view', async () => {
    const { page, context } = await open('/zh-hans/plans/linhai-14-outline/#c5-s2');
    const box = await page.locator('#c5-s2').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(400);
    await context.close();
  });

  it('survives a fragment that does not exist', async () => {
    const { page, context, errors } = await open('/zh-hans/plans/linhai-14-outline/#c99-s9');
    await expect(page.locator('#c1').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the root', () => {
  it('sends a zh-TW browser to traditional and others to simplified', async () => {
    const tw = await open('/', { locale: 'zh-TW' });
    await tw.page.waitForURL(/\/zh-hant\/$/);
    await tw.context.close();
    const cn = await open('/', { locale: 'zh-CN' });
    await cn.page.waitForURL(/\/zh-hans\/$/);
    await cn.context.close();
  });

  it('offers plain links to both scripts without JavaScript', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/`);
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/zh-hans/', '/zh-hant/']);
    await context.close();
  });
});
