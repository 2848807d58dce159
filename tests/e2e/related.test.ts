/**
 * Related passages on the built site: every pair drawn side by side on a section page marks the
 * same strings on both sides, and every link to a pair lands on one drawn in full; every
 * chapter and table page lists related passages; the old plan-pair URLs redirect to the pair
 * view; the open-data files hold every passage with scores; the plan-page marker fetches its
 * plan's file only when opened, and only that file; no serious axe findings at desktop and
 * phone width. The pair view itself: compare-plans.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RelatedPlanFile } from '../../src/lib/related/types.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { htmlFiles, page, planData, SLUGS } from '../helpers/dist.ts';
import { useSite } from '../helpers/site.ts';

const env = useSite();

const counts = (xs: string[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort();
};

describe('shared wording on the section pages', () => {
  const sections = htmlFiles('dist', /index\.html$/).filter((f) => /^zh-han[st]\/plans\/[^/]+\/[^/]+\/index\.html$/.test(f));
  const docs = sections.map((f) => ({ file: f, doc: page(f) }));
  const withShared = docs.filter(({ doc }) => doc.querySelector('.shared-view'));

  it('replace the per-pair pages: none is built, and section pages in both scripts draw pairs', () => {
    expect(htmlFiles('dist', /index\.html$/).filter((f) => /^zh-han[st]\/related\/[^/]+\/[^/]+\/[^/]+\/[^/]+\//.test(f))).toEqual([]);
    expect(withShared.length).toBeGreaterThan(100);
    expect(withShared.filter((p) => p.file.startsWith('zh-hans/')).length).toBe(withShared.filter((p) => p.file.startsWith('zh-hant/')).length);
  });

  it('mark the same strings on both sides of every pair drawn, and link each side to its place', () => {
    for (const { file, doc } of withShared) {
      const [prefix, , slug, id] = file.split('/');
      for (const view of doc.querySelectorAll('.shared-view')) {
        const where = `${file}#${view.id}`;
        expect(view.id, where).toMatch(/^shared-[a-z0-9-]+$/);
        const sides = view.querySelectorAll('.shared-side');
        expect(sides.length, where).toBe(2);
        const [a, b] = sides.map((s) => s.querySelectorAll('mark').map((m) => m.text));
        expect(a.length, where).toBeGreaterThan(0);
        expect(counts(a), where).toEqual(counts(b));
        expect(sides[0].querySelector('.shared-link a')?.getAttribute('href'), where).toBe(`/${prefix}/plans/${slug}/#${id}`);
        const other = sides[1].querySelector('.shared-link a')?.getAttribute('href') ?? '';
        expect(view.id, where).toBe(`shared-${other.replace(`/${prefix}/plans/`, '').replace('/#', '-')}`);
      }
    }
  });

  it('every link to a pair (related lists, the rest of the pairs, plan pairs) lands on a pair drawn in full', () => {
    const drawn = new Set(
      withShared.flatMap(({ file, doc }) => doc.querySelectorAll('.shared-view').map((v) => `/${file.replace(/index\.html$/, '')}#${v.id}`)),
    );
    const links = docs.map((d) => d.doc).flatMap((doc) => doc.querySelectorAll('a.related-shared, .shared-rest a').map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((h) => !drawn.has(h))).toEqual([]);
  });
});

describe('every section page lists its related passages', () => {
  it('chapters and tables included, each item naming the other plan, number and title', () => {
    for (const slug of SLUGS) {
      const walk = (nodes: ReturnType<typeof planData>['outline']): { id: string; kind: string }[] => nodes.flatMap((n) => [n, ...walk(n.children)]);
      const nodes = walk(planData(slug).outline).filter((n) => n.kind === 'chapter' || n.kind === 'table');
      expect(nodes.length, slug).toBeGreaterThan(0);
      for (const n of nodes)
        for (const prefix of ['zh-hans', 'zh-hant']) {
          const doc = page(`${prefix}/plans/${slug}/${n.id}`);
          const items = doc.querySelectorAll('.related-plans > li');
          expect(items.length, `${prefix} ${slug}#${n.id}`).toBeGreaterThan(0);
          const first = items[0].querySelector('ul a');
          expect(items[0].querySelector('.related-plan')?.text.length, `${slug}#${n.id}`).toBeGreaterThan(1);
          // "第28条 加快农业农村现代化。": the number and a title, linked into the other plan.
          expect(first?.text ?? '', `${slug}#${n.id}`).toMatch(/^\S+ \S+/);
          expect(first?.getAttribute('href') ?? '', `${slug}#${n.id}`).toMatch(new RegExp(`^/${prefix}/plans/[a-z0-9-]+/#[a-z0-9-]+$`));
        }
    }
  });

  it("quzhou 七、乡村振兴 lists the other plans' rural-revitalisation passages and chapters", () => {
    const hrefs = page('zh-hans/plans/quzhou-14-outline/c7')
      .querySelectorAll('.related-plans a')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/zh-hans/plans/linhai-14-outline/#c5-s3');
    expect(hrefs).toContain('/zh-hans/plans/taizhou-14-proposal/#a28');
    expect(hrefs).toContain('/zh-hans/plans/jiaxing-15-proposal/#c5');
  });

  it("a section in a precomputed plan pair links to its counterpart's row on the pair view", () => {
    const doc = page('zh-hans/plans/linhai-14-outline/c1-s3');
    const link = doc.querySelectorAll('.related-pair a').map((a) => a.getAttribute('href'));
    expect(link).toContain('/zh-hans/compare-plans/?a=taizhou-14-proposal&b=linhai-14-outline&at=b-c1-s3');
    expect(page('zh-hant/plans/taizhou-14-proposal/a3').querySelector('.related-pair')?.text).toContain('臨海綱要');
  });
});

describe('old plan-pair URLs and open data', () => {
  it('/related/<a>/<b>/ redirects to the pair view, in both scripts, with a plain link', () => {
    for (const prefix of ['zh-hans', 'zh-hant']) {
      const doc = page(`${prefix}/related/taizhou-14-proposal/linhai-14-outline`);
      const target = `/${prefix}/compare-plans/?a=taizhou-14-proposal&b=linhai-14-outline`;
      expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${target}`);
      expect(doc.querySelector('main a')?.getAttribute('href')).toBe(target);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(target);
    }
  });

  it('publishes /data/related/<slug>.json for every plan, every passage, with scores', () => {
    for (const slug of SLUGS) {
      const file = `dist/data/related/${slug}.json`;
      expect(existsSync(file), file).toBe(true);
      const data = JSON.parse(readFileSync(file, 'utf8')) as RelatedPlanFile;
      expect(data.plan).toBe(slug);
      expect(data.passages.length).toBeGreaterThan(10);
      for (const p of data.passages) for (const r of p.related) expect(typeof r.score).toBe('number');
      expect(data.passages.filter((p) => p.related.length > 0).length / data.passages.length).toBeGreaterThan(0.9);
    }
  });
});

describe('in the browser', () => {
  it('the plan-page marker loads its plan file on first opening, and only then', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${env.site.origin}/zh-hant/plans/linhai-14-outline/`);
    const toggle = page.locator('#c9-s3 + .related-marker .related-toggle');
    await expect(toggle.textContent()).resolves.toBe('相關');
    expect(requests.filter((r) => r.includes('/data/related/'))).toEqual([]);
    await toggle.click();
    await page.waitForSelector('#related-inline-c9-s3 a');
    expect(requests.filter((r) => r.includes('/data/related/'))).toEqual(['/data/related/linhai-14-outline.json']);
    const links = await page.locator('#related-inline-c9-s3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/zh-hant/plans/taizhou-14-proposal/#a31');
    // A passage sharing wording links to the pair drawn side by side.
    await page.locator('#c11-s4 + .related-marker .related-toggle').click();
    await page.waitForSelector('#related-inline-c11-s4 a');
    const shared = await page.locator('#related-inline-c11-s4 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(shared).toContain('/zh-hant/plans/linhai-14-outline/c11-s4/#shared-linhai-common-prosperity-a16');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await toggle.press('Enter');
    await expect(page.locator('#related-inline-c9-s3').isHidden()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['zh-hans/plans/linhai-14-outline/c11-s4/', 1280],
    ['zh-hant/plans/linhai-14-outline/c11-s4/', 390],
    ['zh-hans/plans/quzhou-14-outline/c7/', 390],
    ['zh-hant/plans/linhai-14-outline/table2/', 1280],
    ['zh-hans/related/', 1280],
  ])('%s at %i px: no serious axe findings', async (path, width) => {
    const context = await env.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/${path}`);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
