/**
 * Quality gates on the built site: valid HTML (html-validate, recommended rules), and no
 * serious or critical accessibility finding (axe-core) on any kind of page in either script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe.ts';
import { useSite } from '../helpers/site.ts';
import { DIST, htmlFiles, pagesToCheck } from '../helpers/dist.ts';

describe('HTML validity', () => {
  it('every built page passes html-validate', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const f of pagesToCheck()) {
      const report = await validator.validateFile(join(DIST, f));
      for (const r of report.results) for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});

/** One page of every kind (the 404 is added below). */
const PAGES = [
  '',
  'plans/linhai-14-outline/',
  'plans/linhai-common-prosperity/',
  'plans/taizhou-14-proposal/',
  'plans/linhai-14-outline/c2-s1/',
  'plans/taizhou-14-proposal/a7/',
  'data/',
  'about/',
  'search/?q=数字经济',
  'compare/?terms=数字经济,共同富裕',
  'related/',
  'related/taizhou-14-proposal/linhai-14-outline/',
  'plans/linhai-14-outline/c11-s4/#shared-linhai-common-prosperity-a16',
];

const env = useSite();

describe('accessibility (axe-core)', () => {
  const paths = [...['zh-hans', 'zh-hant'].flatMap((s) => PAGES.map((p) => `/${s}/${p}`)), '/', '/no-such-page/'];
  it.each(paths)('%s has no serious or critical finding', async (path) => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(env.site.origin + path, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const violations = await seriousViolations(page);
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('accessibility (axe-core) in the dark scheme on a phone, and in the states a reader opens', () => {
  const states: [string, string, ((page: import('playwright-core').Page) => Promise<void>)?][] = [
    ...PAGES.map((p): [string, string] => [p || 'home', `/zh-hant/${p}`]),
    ['compare cards', '/zh-hans/compare/?terms=数字经济,共同富裕,碳达峰', (page) => page.waitForSelector('.cmp-table').then(() => {})],
    ['404', '/no-such-page/'],
    [
      'the cite popover open',
      '/zh-hans/plans/linhai-14-outline/',
      async (page) => {
        await page.locator('#c3-s2-p1').click({ position: { x: 4, y: 4 } });
        await page.locator('#c3-s2-p1 > a.permalink').click();
        await page.waitForSelector('.cite-pop:not([hidden])');
      },
    ],
    ['a missing fragment', '/zh-hans/plans/linhai-14-outline/#c5-s9-p4', (page) => page.waitForSelector('.fragment-notice').then(() => {})],
    [
      'the contents drawer open over its backdrop',
      '/zh-hant/plans/quzhou-14-outline/#c5',
      async (page) => {
        await page.locator('.toc-drawer > summary').tap();
        await page.waitForSelector('.toc-backdrop:not([hidden])');
      },
    ],
    [
      'a section page marked from a search',
      '/zh-hant/plans/linhai-14-outline/c2-s1/?hl=人才',
      (page) => page.waitForSelector('.search-arrival:not([hidden])').then(() => {}),
    ],
  ];
  it.each(states)('%s has no serious or critical finding', async (_, path, setup) => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark', hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(env.site.origin + path, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    await setup?.(page);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('Content Security Policy', () => {
  it('every page carries a strict policy', () => {
    for (const f of htmlFiles()) {
      const html = readFileSync(join(DIST, f), 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(policy, f).toContain("default-src 'self'");
      expect(policy, f).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
      expect(policy, f).not.toContain('unsafe-inline');
      expect(policy, f).not.toContain('unsafe-eval');
    }
  });

  it('the site runs under it without a single violation, in use', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const violations: string[] = [];
    const collect = async () => violations.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
    for (const path of ['/', '/zh-hans/', '/zh-hant/about/', '/zh-hans/search/?q=共同富裕', '/zh-hant/compare/?terms=数字经济', '/no-such-page/']) {
      await page.goto(env.site.origin + path);
      await page.waitForTimeout(300);
      await collect();
    }
    await page.goto(`${env.site.origin}/zh-hans/plans/linhai-14-outline/#table1-note`);
    await page.waitForFunction(() => document.querySelector('[data-chart-for="table1"] canvas')?.getAttribute('data-drawn') === 'true');
    await page.locator('#site-search').click();
    await page.keyboard.type('数字经济');
    await page.waitForSelector('.search-panel [role="option"]');
    await page.locator('#c2-s1-p1 > a.permalink').click();
    await collect();
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('self-contained', () => {
  it('no page, in either script, requests anything outside the site', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(env.site.origin) && !r.url().startsWith('data:')) outside.push(`${page.url()} → ${r.url()}`);
    });
    // Every page (a plan's section pages, one template, sampled by pagesToCheck).
    const files = pagesToCheck();
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const f of files) {
      const path = `/${f.replace(/index\.html$/, '')}`;
      // An old pair URL forwards at once (meta refresh): followed to where it goes, which is checked on its own too.
      if (/http-equiv="refresh"/.test(readFileSync(join(DIST, f), 'utf8'))) {
        await page.goto(env.site.origin + path, { waitUntil: 'commit' });
        await page.waitForURL((u) => u.pathname !== path);
        await page.waitForLoadState('load');
        continue;
      }
      await page.goto(env.site.origin + path, { waitUntil: 'load' });
      // Use the page: focus the search box (loads the index) and scroll to the end (charts).
      if (await page.locator('#site-search').count()) await page.locator('#site-search').focus();
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(150);
    }
    expect(outside).toEqual([]);
    await context.close();
  });
});
