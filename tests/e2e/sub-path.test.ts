/**
 * The site built under a sub-path with a space in it (SITE_BASE="/sub plans/"), once for all
 * of these checks: every internal link, asset and fragment resolves inside it, every URL the
 * pages write is percent-encoded, and search and compare keep every request and link inside
 * it. The root build's links are checked here too.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useSite, watch } from '../helpers/site.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';

const OUT = 'build/dist-sub';
const BASE = '/sub plans/';
/** The base as every URL on the pages must write it. */
const URL_BASE = '/sub%20plans/';
// One build under /sub/ for every check in this file.
const env = useSite(OUT, BASE, () => {
  rmSync(OUT, { recursive: true, force: true });
  // Vitest exports BASE_URL=/ into the environment, and Vite would take it over SITE_BASE.
  const { BASE_URL: _ignored, ...vars } = process.env;
  execFileSync('node', ['tools/build.ts'], { env: { ...vars, SITE_BASE: BASE, SITE_OUT_DIR: OUT, SITE_URL: 'https://example.org' }, stdio: 'pipe' });
});
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('links and anchors', () => {
  it('all resolve in the build at the root', () => {
    expect(htmlFiles('dist').length).toBeGreaterThanOrEqual(15);
    expect(brokenLinks('dist', '/')).toEqual([]);
  });

  it(`all resolve inside ${URL_BASE} in a build under SITE_BASE="${BASE}"`, () => {
    expect(htmlFiles(OUT).length).toBeGreaterThanOrEqual(15);
    expect(brokenLinks(OUT, URL_BASE)).toEqual([]);
  });

  it('every href, src, action and data URL is percent-encoded', () => {
    const raw = htmlFiles(OUT).flatMap((f) =>
      [...readFileSync(join(OUT, f), 'utf8').matchAll(/\s(?:href|src|action|data-search-[a-z]+)="([^"]*)"/g)]
        .filter((m) => m[1].includes(' '))
        .map((m) => `${f}: ${m[1]}`),
    );
    expect(raw).toEqual([]);
  });
});

describe('with SITE_URL', () => {
  it('canonical, og:url, the sitemap and robots.txt name absolute URLs under the sub-path, every page in both scripts', () => {
    const html = readFileSync(join(OUT, 'zh-hant/plans/linhai-14-outline/index.html'), 'utf8');
    const page = `https://example.org${URL_BASE}zh-hant/plans/linhai-14-outline/`;
    expect(html).toContain(`<link rel="canonical" href="${page}">`);
    expect(html).toContain(`<meta property="og:url" content="${page}">`);
    const sitemap = readFileSync(join(OUT, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    // Passage pages (plans/<slug>/<id>/) are not listed: their canonical is the plan's #id.
    const pages = htmlFiles(OUT)
      // …nor the old plan-pair URLs, now redirects to the pair view (issue 19).
      .filter((f) => /^zh-han[st]\//.test(f) && !/^zh-han[st]\/plans\/[^/]+\/[^/]+\//.test(f) && !/^zh-han[st]\/related\/[^/]+\/[^/]+\//.test(f))
      .map((f) => `https://example.org${URL_BASE}${f.replace(/index\.html$/, '')}`);
    expect([...locs].sort()).toEqual([...pages].sort());
    expect(readFileSync(join(OUT, 'robots.txt'), 'utf8')).toContain(`Sitemap: https://example.org${URL_BASE}sitemap.xml`);
    expect(readFileSync(join(OUT, '_headers'), 'utf8').startsWith(`${URL_BASE}*\n`)).toBe(true);
    // A passage page shares its preview image.
    const passage = readFileSync(join(OUT, 'zh-hans/plans/taizhou-14-proposal/a7/index.html'), 'utf8');
    expect(passage).toContain(`<meta property="og:image" content="https://example.org${URL_BASE}zh-hans/plans/taizhou-14-proposal/a7/preview.png">`);
    expect(passage).toContain('<meta name="twitter:card" content="summary_large_image">');
  });
});

describe('a shared section link, fetched as a chat crawler would (no JavaScript)', () => {
  const meta = (html: string, property: string) =>
    new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&');

  it.each([
    ['zh-hans', 'linhai-14-outline', 'c2-s1'],
    ['zh-hant', 'linhai-14-outline', 'table2'],
    ['zh-hant', 'taizhou-14-proposal', 'a7'],
  ])('/%s/plans/%s/%s/ has its own og:title, og:description, an absolute og:image that loads, and og:url', async (prefix, slug, id) => {
    const path = `${URL_BASE}${prefix}/plans/${slug}/${id}/`;
    const response = await fetch(`${env.site.origin}${path}`, { headers: { 'user-agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(meta(html, 'og:url')).toBe(`https://example.org${path}`);
    expect(meta(html, 'og:title')).toMatch(/ · .+ · /);
    const description = meta(html, 'og:description') ?? '';
    expect(description.length).toBeGreaterThan(10);
    expect(description).not.toMatch(/^注/);
    const image = meta(html, 'og:image') ?? '';
    expect(image).toBe(`https://example.org${path}preview.png`);
    // The image is there: the same path on the test server.
    const png = await fetch(`${env.site.origin}${new URL(image).pathname}`);
    expect([png.status, png.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  });

  it('the plan page and the feed name absolute URLs too', async () => {
    const plan = await (await fetch(`${env.site.origin}${URL_BASE}zh-hans/plans/quzhou-14-outline/`)).text();
    expect(meta(plan, 'og:url')).toBe(`https://example.org${URL_BASE}zh-hans/plans/quzhou-14-outline/`);
    const feed = await (await fetch(`${env.site.origin}${URL_BASE}zh-hant/feed.xml`)).text();
    expect(feed).toContain(`<id>https://example.org${URL_BASE}zh-hant/plans/quzhou-14-outline/</id>`);
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="https://example.org${URL_BASE}zh-hant/feed.xml"/>`);
  });
});

describe(`search under ${BASE}`, () => {
  it('loads the index, shows results and lands on the passage, all inside the sub-path', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const seen = watch(page, env.site.origin);
    await page.goto(`${env.site.origin}${URL_BASE}zh-hant/`);
    await page.locator('#site-search').click();
    await page.keyboard.type('共同富裕', { delay: 20 });
    await page.waitForSelector('.search-panel [role="option"] mark');
    const href = await page.locator('.search-panel [role="option"]').first().getAttribute('href');
    expect(href?.startsWith(`${URL_BASE}zh-hant/plans/`)).toBe(true);
    expect(await page.locator('.sp-all').getAttribute('href')).toMatch(new RegExp(`^${URL_BASE}zh-hant/search/\\?q=`));
    await Promise.all([page.waitForURL(/hl=/), page.locator('.search-panel [role="option"]').first().click()]);
    await page.waitForSelector('mark.search-hit');
    await page.goto(`${env.site.origin}${URL_BASE}zh-hans/search/?q=${encodeURIComponent('數字經濟')}&city=linhai`);
    await page.waitForSelector('.sr-plan');
    expect(await page.locator('.sr-plan').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slug).sort())).toEqual([
      'linhai-14-outline',
      'linhai-common-prosperity',
    ]);
    expect(seen.requests.filter((p) => p.includes('/search/')).length).toBeGreaterThan(3);
    expect(seen.requests.filter((u) => !new URL(u).pathname.startsWith(URL_BASE))).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});

describe(`compare under ${BASE}`, () => {
  it('counts, draws and links inside the sub-path', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const seen = watch(page, env.site.origin);
    await page.goto(`${env.site.origin}${URL_BASE}zh-hans/compare/?terms=${encodeURIComponent('共同富裕')}`);
    await page.waitForSelector('.cmp-chart canvas[data-drawn="true"]');
    expect(await page.locator('.cmp-table tbody tr').count()).toBe(5);
    expect(await page.locator('.cmp-table tbody th a').first().getAttribute('href')).toMatch(new RegExp(`^${URL_BASE}zh-hans/plans/[a-z0-9-]+/$`));
    expect(await page.locator('.cmp-suggest a').first().getAttribute('href')).toMatch(new RegExp(`^${URL_BASE}zh-hans/compare/\\?terms=`));
    const line = page.locator('a.cmp-line').first();
    await line.waitFor({ state: 'attached' });
    if (!(await line.isVisible())) await page.locator('.cmp-kwic-plan summary').first().click();
    const href = (await line.getAttribute('href'))!;
    expect(href.startsWith(`${URL_BASE}zh-hans/plans/`)).toBe(true);
    await Promise.all([page.waitForURL(/hl=/), line.click()]);
    await page.waitForSelector('mark.search-hit');
    expect(seen.requests.filter((u) => /\/_astro\/chart\./.test(u)).length).toBeGreaterThan(0);
    expect(seen.requests.filter((u) => !new URL(u).pathname.startsWith(URL_BASE))).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
