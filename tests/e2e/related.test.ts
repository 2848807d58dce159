/**
 * Related passages on the built site: every pair drawn side by side on a section page marks the
 * same strings on both sides, and every link to a pair lands on one drawn in full; the
 * plan-pair pages list the child's passages in order; the open-data files hold every passage
 * with scores; the plan-page marker fetches its plan's file only when opened, and only
 * that file; no serious axe findings at desktop and phone width.
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
    const planPairs = htmlFiles('dist', /index\.html$/).filter((f) => /^zh-han[st]\/related\//.test(f));
    const links = [...docs.map((d) => d.doc), ...planPairs.map((f) => page(f))].flatMap((doc) =>
      doc.querySelectorAll('a.related-shared, .shared-rest a').map((a) => a.getAttribute('href') ?? ''),
    );
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((h) => !drawn.has(h))).toEqual([]);
  });
});

describe('plan pairs and open data', () => {
  it('lists every passage of the child plan in its order, Taizhou → Linhai', () => {
    const doc = page('zh-hans/related/taizhou-14-proposal/linhai-14-outline');
    const ids = doc.querySelectorAll('.carry-child').map((a) => a.getAttribute('href')?.split('#')[1]);
    const outline = planData('linhai-14-outline').outline;
    const walk = (nodes: typeof outline): string[] =>
      nodes.flatMap((n) => [
        ...(['section', 'article', 'box'].includes(n.kind) && !n.children.some((c) => c.kind === 'article') ? [n.id] : []),
        ...walk(n.children),
      ]);
    expect(ids).toEqual(walk(outline));
    expect(doc.querySelectorAll('.carry-row-taken').length).toBeGreaterThan(0);
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
    ['zh-hans/related/taizhou-14-proposal/linhai-14-outline/', 390],
    ['zh-hant/related/taizhou-14-proposal/linhai-common-prosperity/', 1280],
    ['zh-hans/related/', 1280],
  ])('%s at %i px: no serious axe findings', async (path, width) => {
    const context = await env.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/${path}`);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
