/**
 * The built site holds the contract: every plan in both scripts with the right lang, every
 * numbered element and paragraph carrying its id in both, originals verbatim, no debris.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, SLUGS, htmlFiles, page, planData } from '../helpers/dist.ts';

describe.each(SLUGS)('%s', (slug) => {
  const data = planData(slug);
  const hans = page(`zh-hans/plans/${slug}/`);
  const hant = page(`zh-hant/plans/${slug}/`);

  it('is built in both scripts with the right lang', () => {
    expect(hans.querySelector('html')?.getAttribute('lang')).toBe('zh-Hans');
    expect(hant.querySelector('html')?.getAttribute('lang')).toBe('zh-Hant');
  });

  it('carries every contract id, the same in both scripts', () => {
    const want = data.records.map((r) => r.id);
    expect(want.length).toBeGreaterThan(40);
    for (const [name, doc] of [
      ['hans', hans],
      ['hant', hant],
    ] as const) {
      const ids = new Set(doc.querySelectorAll('[id]').map((e) => e.id));
      const missing = want.filter((id) => !ids.has(id));
      expect(missing, `${name} misses ids`).toEqual([]);
    }
    const idsOf = (doc: typeof hans) => doc.querySelectorAll('.plan-body [id]').map((e) => e.id);
    expect(idsOf(hant)).toEqual(idsOf(hans));
    expect(new Set(idsOf(hans)).size).toBe(idsOf(hans).length);
  });

  it('shows the text of every block in the page', () => {
    const script = data.entry.script;
    const doc = script === 'hans' ? hans : hant;
    for (const r of data.records.filter((x) => x.kind === 'paragraph')) {
      const el = doc.getElementById(r.id);
      // Footnote reference numbers are marks, not words of the text record.
      for (const e of el?.querySelectorAll('.fnref') ?? []) e.remove();
      expect(el?.text.replace(/\s/g, ''), r.id).toContain(r.text[script].replace(/\s/g, '').slice(0, 30));
    }
  });
});

describe('scripts', () => {
  it('shows a traditional original verbatim, slips included, and converts the other way', () => {
    const hant = page('zh-hant/plans/taizhou-14-proposal/').getElementById('a2-p1')?.text ?? '';
    const hans = page('zh-hans/plans/taizhou-14-proposal/').getElementById('a2-p1')?.text ?? '';
    // The source's own machine-conversion slips (今后, 處于) stay as printed in its script …
    expect(hant).toContain('當前和今后一個時期，我國發展仍然處于重要戰略機遇期');
    // … and the simplified page is an OpenCC conversion of it.
    expect(hans).toContain('当前和今后一个时期，我国发展仍然处于重要战略机遇期');
  });

  it('converts a simplified original to traditional', () => {
    const hant = page('zh-hant/plans/jiaxing-15-proposal/').getElementById('a8-p1')?.text ?? '';
    expect(hant).toContain('大力推進人工智能創新發展。');
  });
});

describe('no web debris anywhere in the built site', () => {
  const files = htmlFiles(DIST, /\.(html|json|js|txt|xml|css)$/);
  const report = JSON.parse(readFileSync('src/generated/ingest-report.json', 'utf8')) as {
    plans: { setAside: { role: string; rule: string; text: string }[] }[];
  };
  const debris = report.plans
    .flatMap((p) => p.setAside)
    .filter((s) => s.role === 'debris' && !s.rule.startsWith('page heading') && s.text.length >= 6)
    .map((s) => s.text);

  it('holds none of the removed lines', () => {
    expect(debris.length).toBeGreaterThan(25);
    for (const f of files) {
      const html = readFileSync(join(DIST, f), 'utf8').replace(/，/g, ',').replace(/：/g, ':');
      for (const d of debris) expect(html.includes(d), `${f}: ${d}`).toBe(false);
    }
  });
});

describe('share previews, sitemap and 404', () => {
  it('each plan page has its canonical URL, the other script as alternate, and Open Graph / Twitter text from the plan', () => {
    for (const slug of SLUGS) {
      const doc = page(`zh-hant/plans/${slug}/`);
      const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? doc.querySelector(sel)?.getAttribute('href');
      // Built without SITE_URL: root-relative, never a made-up origin (tests/e2e/site-url.test.ts).
      expect(meta('link[rel="canonical"]')).toBe(`/zh-hant/plans/${slug}/`);
      expect(meta('link[rel="alternate"][hreflang="zh-Hans"]')).toBe(`/zh-hans/plans/${slug}/`);
      const title = doc.querySelector('h1')?.text ?? '';
      expect(meta('meta[property="og:title"]')).toContain(title);
      expect(meta('meta[name="twitter:title"]')).toContain(title);
      const description = meta('meta[property="og:description"]') ?? '';
      expect(description.length).toBeGreaterThan(40);
      expect(meta('meta[name="description"]')).toBe(description);
    }
  });

  it('the 404 page speaks both scripts and offers search, the catalogue and a few plans, never the corpus', () => {
    const doc = page('404.html');
    expect(doc.querySelectorAll('section[lang]').map((s) => s.getAttribute('lang'))).toEqual(['zh-Hans', 'zh-Hant']);
    expect(doc.querySelectorAll('form[role="search"]')).toHaveLength(2);
    const plans = doc.querySelectorAll('a[href*="/plans/"]').length;
    expect(plans).toBeGreaterThan(0);
    expect(plans).toBeLessThanOrEqual(5 * 2);
    for (const script of ['hans', 'hant']) expect(doc.querySelectorAll(`a[href$="/zh-${script}/"]`).length, script).toBeGreaterThan(0);
  });
});
