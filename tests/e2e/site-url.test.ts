/**
 * A build without SITE_URL (the test build) names no made-up origin anywhere, and every page
 * has its Content Security Policy first in <head>; `_headers` carries the same policy as an
 * HTTP header for the whole site, with frame-ancestors 'none'. (The build with SITE_URL is
 * checked in sub-path.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../helpers/dist.ts';

const files = htmlFiles(DIST, /\.(html|xml|txt|json|jsonl|md|csv)$/);

describe('without SITE_URL', () => {
  it('no page or file names localhost or any other invented origin', () => {
    expect(files.length).toBeGreaterThan(30);
    const offending = files.filter((f) => /https?:\/\/(localhost|127\.0\.0\.1)/.test(readFileSync(join(DIST, f), 'utf8')));
    expect(offending).toEqual([]);
  });

  it('pages leave og:url out, the sitemap lists nothing and robots.txt names no sitemap', () => {
    const html = readFileSync(join(DIST, 'zh-hans/plans/linhai-14-outline/index.html'), 'utf8');
    expect(html).not.toContain('og:url');
    expect(html).toContain('<link rel="canonical" href="/zh-hans/plans/linhai-14-outline/">');
    expect(readFileSync(join(DIST, 'sitemap.xml'), 'utf8')).not.toContain('<url>');
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
  });
});

describe('Content Security Policy', () => {
  const pages = htmlFiles(DIST);
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');

  it('comes first in <head> on every page, right after the charset', () => {
    const late = pages.filter((f) => !/<head><meta charset="utf-8"><meta http-equiv="content-security-policy"/i.test(readFileSync(join(DIST, f), 'utf8')));
    expect(late).toEqual([]);
  });

  it('is served as a header too, with frame-ancestors, covering every page’s hashes', () => {
    const line = /^ {2}Content-Security-Policy: (.*)$/m.exec(headers)?.[1] ?? '';
    expect(headers.startsWith('/*\n')).toBe(true);
    expect(line).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Frame-Options: DENY');
    for (const f of pages) {
      const meta = /content-security-policy" content="([^"]*)"/i.exec(readFileSync(join(DIST, f), 'utf8'))?.[1] ?? '';
      for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(line, f).toContain(hash);
    }
  });
});
