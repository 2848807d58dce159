/**
 * The Atom feed of plans added, as a feed reader meets it: /zh-hans/feed.xml, /zh-hant/feed.xml
 * and /feed.xml (simplified) parse as XML in Chromium, carry what RFC 4287 requires of a feed
 * and of each entry, one entry per plan, ids stable (tag: URIs without SITE_URL, never the
 * serving origin), every link a page that exists; the home page names it in <head> and visibly.
 */
import { describe, expect, it } from 'vitest';
import { SLUGS } from '../helpers/dist.ts';
import { openPage, useSite } from '../helpers/site.ts';
import { atomFeed } from '../../src/build/feed.ts';
import { pathsFor } from '../../src/lib/paths.ts';
import type { PlanSummary } from '../../src/lib/plan-data.ts';

const env = useSite();

interface Parsed {
  error: string | null;
  root: string;
  ns: string | null;
  feed: Record<'id' | 'title' | 'updated' | 'author' | 'self', string | null>;
  entries: { id: string | null; title: string | null; updated: string | null; link: string | null; author: boolean }[];
}

async function parsed(path: string): Promise<Parsed> {
  const o = await openPage(env, '');
  const response = await o.page.goto(`${env.site.origin}/zh-hans/`);
  expect(response?.ok()).toBe(true);
  const xml = await (await fetch(`${env.site.origin}${path}`)).text();
  const result = await o.page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const NS = 'http://www.w3.org/2005/Atom';
    const child = (el: Element, name: string) => [...el.children].find((c) => c.localName === name && c.namespaceURI === NS) ?? null;
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      ns: root.namespaceURI,
      feed: {
        id: child(root, 'id')?.textContent ?? null,
        title: child(root, 'title')?.textContent ?? null,
        updated: child(root, 'updated')?.textContent ?? null,
        author: child(root, 'author')?.textContent ?? null,
        self: [...root.children].find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self')?.getAttribute('href') ?? null,
      },
      entries: [...root.children]
        .filter((c) => c.localName === 'entry')
        .map((e) => ({
          id: child(e, 'id')?.textContent ?? null,
          title: child(e, 'title')?.textContent ?? null,
          updated: child(e, 'updated')?.textContent ?? null,
          link: [...e.children].find((c) => c.localName === 'link' && (c.getAttribute('rel') ?? 'alternate') === 'alternate')?.getAttribute('href') ?? null,
          author: child(e, 'author') !== null,
        })),
    };
  }, xml);
  await o.context.close();
  return result;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('the Atom feed of plans added', () => {
  it.each([
    ['/zh-hans/feed.xml', 'zh-hans', '新增规划'],
    ['/zh-hant/feed.xml', 'zh-hant', '新增規劃'],
    ['/feed.xml', 'zh-hans', '新增规划'],
  ])('%s is a valid Atom feed with one entry per plan', async (path, prefix, title) => {
    const f = await parsed(path);
    expect(f.error).toBeNull();
    expect([f.root, f.ns]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
    expect(f.feed.title).toContain(title);
    expect(f.feed.updated).toMatch(RFC3339);
    expect(f.feed.author).toBeTruthy();
    expect(f.feed.self).toBe(`/${prefix}/feed.xml`);
    expect(f.feed.id).toMatch(/^tag:[a-z0-9.-]+,\d{4}(-\d{2}(-\d{2})?)?:/);
    expect(f.entries.map((e) => e.link?.split('/')[3]).sort()).toEqual([...SLUGS].sort());
    const ids = f.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(SLUGS.length);
    for (const e of f.entries) {
      expect(e.id).toMatch(/^tag:zhejiang-plans,2026:zh-han[st]\/plans\/[a-z0-9-]+\/$/);
      expect(e.id).not.toContain('127.0.0.1');
      expect(e.title).toBeTruthy();
      expect(e.updated).toMatch(RFC3339);
      expect(e.author).toBe(true);
      expect(e.link?.startsWith(`/${prefix}/plans/`)).toBe(true);
      expect((await fetch(`${env.site.origin}${e.link}`)).status, e.link ?? '').toBe(200);
    }
  });

  it('is named by the home page in <head> and as a visible link, in both scripts', async () => {
    for (const prefix of ['zh-hans', 'zh-hant']) {
      const o = await openPage(env, `/${prefix}/`);
      await expect(o.page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).resolves.toBe(`/${prefix}/feed.xml`);
      const visible = o.page.locator(`main a[href="/${prefix}/feed.xml"]`);
      await expect(visible.isVisible()).resolves.toBe(true);
      await o.context.close();
    }
    // The site's root names the simplified feed, for a reader given only the address.
    const root = await openPage(env, '/', { javaScriptEnabled: false });
    await expect(root.page.locator('head link[type="application/atom+xml"]').getAttribute('href')).resolves.toBe('/feed.xml');
    await root.context.close();
  });

  it('with SITE_URL, ids and links are the absolute page URLs, under the base', () => {
    const plan = {
      entry: {
        slug: 'x-14-outline',
        title: '某市纲要',
        city: { zh: '某市', en: 'X' },
        kind: '纲要',
        period: 14,
        years: [2021, 2025],
        dates: {},
        added: '2026-01-02',
        publisher: { name: '某' },
      },
      catalogIndex: 0,
    } as unknown as PlanSummary;
    const undated = { ...plan, entry: { ...plan.entry, slug: 'y-14-outline', added: undefined } } as unknown as PlanSummary;
    const xml = atomFeed({ script: 'hant', plans: [plan, undated], paths: pathsFor('/sub/'), site: new URL('https://example.org') });
    expect(xml).toContain('<id>https://example.org/sub/zh-hant/plans/x-14-outline/</id>');
    expect(xml).toContain('href="https://example.org/sub/zh-hant/plans/x-14-outline/"');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/sub/zh-hant/feed.xml"/>');
    expect(xml).toContain('<updated>2026-01-02T00:00:00Z</updated>');
    // No date, no entry: none is invented.
    expect(xml).not.toContain('y-14-outline');
  });
});
