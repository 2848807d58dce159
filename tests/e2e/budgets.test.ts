/**
 * Performance budgets, asserted on measured sizes (not on wall time, which varies by machine):
 * the JavaScript each kind of page loads up front, and the total weight of a plan page.
 * Wall-clock numbers live in `npm run bench` and docs/PERFORMANCE.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const file = (url: string) => join(DIST, url.replace(/^\//, ''));

/** A module and every module it imports statically (dynamic import() is loaded later, on demand). */
function moduleClosure(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url) || !existsSync(file(url))) return seen;
  seen.add(url);
  const code = readFileSync(file(url), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    moduleClosure(new URL(m[1], `http://x${url}`).pathname, seen);
  }
  return seen;
}

function upfront(page: string): { js: number; css: number; html: number } {
  const htmlText = readFileSync(join(DIST, page, 'index.html'), 'utf8');
  const doc = parse(htmlText);
  const modules = new Set<string>();
  for (const s of doc.querySelectorAll('script[src]')) for (const m of moduleClosure(s.getAttribute('src') as string)) modules.add(m);
  const inline = doc.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') !== 'application/json');
  const js = [...modules].reduce((n, m) => n + gz(readFileSync(file(m))), 0) + inline.reduce((n, s) => n + gz(s.text), 0);
  const css = doc.querySelectorAll('link[rel="stylesheet"]').reduce((n, l) => n + gz(readFileSync(file(l.getAttribute('href') as string))), 0);
  return { js, css, html: gz(htmlText) };
}

const KB = 1024;
describe('budgets (gzipped bytes)', () => {
  it.each([
    ['zh-hans', 6 * KB],
    ['zh-hans/about', 6 * KB],
    // The results page carries the engine and its text store up front (the index and text come after).
    ['zh-hans/search', 20 * KB], // with the results export (CSV, JSON) and the targets hints
    ['zh-hans/plans/jiaxing-15-proposal', 15 * KB],
    ['zh-hant/plans/linhai-14-outline', 15 * KB],
  ])('JavaScript loaded up front by %s stays under its budget', (page, budget) => {
    expect(upfront(page).js).toBeLessThan(budget);
  });

  it('the chart library is loaded on demand, and stays under 90 KB', () => {
    const drawn = readFileSync(join(DIST, 'zh-hans/plans/linhai-14-outline/index.html'), 'utf8');
    const doc = parse(drawn);
    const up = new Set(doc.querySelectorAll('script[src]').flatMap((s) => [...moduleClosure(s.getAttribute('src') as string)]));
    expect([...up].some((m) => /draw\./.test(m))).toBe(false);
    const all = readFileSync(join(DIST, [...up].find((m) => /TableCharts/.test(m)) ?? '', ''), 'utf8');
    const lazy = /import\(["'`]([^"'`]*draw[^"'`]*)["'`]\)/.exec(all)?.[1];
    expect(lazy).toBeDefined();
    expect(gz(readFileSync(file(new URL(lazy as string, 'http://x/_astro/').pathname)))).toBeLessThan(90 * KB);
  });

  it('the heaviest plan page weighs under 120 KB in total (HTML, CSS and JS up front)', () => {
    const weights = ['zh-hans/plans/linhai-14-outline', 'zh-hant/plans/linhai-14-outline', 'zh-hant/plans/quzhou-14-outline'].map((p) => {
      const w = upfront(p);
      return w.js + w.css + w.html;
    });
    expect(Math.max(...weights)).toBeLessThan(120 * KB);
  });
});
