/** Every URL is built under the base by src/lib/paths.ts, each segment percent-encoded once. */
import { describe, expect, it } from 'vitest';
import { pathsFor } from '../../src/lib/paths.ts';

/** SITE_BASE as given → the base as every URL writes it. */
const BASES = Object.entries({
  '/': '/',
  '/plans': '/plans/',
  '/plans/': '/plans/',
  '/my plans/': '/my%20plans/',
  '/my%20plans/': '/my%20plans/',
  '/规划/': '/%E8%A7%84%E5%88%92/',
});

describe('paths', () => {
  it.each(BASES)('under SITE_BASE=%s every URL starts with %s', (base, encoded) => {
    expect(pathsFor(base).base).toBe(encoded);
    expect(pathsFor(base).url('hans', 'plans', 'linhai-14-outline')).toBe(`${encoded}zh-hans/plans/linhai-14-outline/`);
  });

  it('builds the root, page paths and assets under the same base', () => {
    const p = pathsFor('/a b/');
    expect(p.url(null)).toBe('/a%20b/');
    expect(p.url('hant')).toBe('/a%20b/zh-hant/');
    expect(p.page('hant', 'plans/x/')).toBe('/a%20b/zh-hant/plans/x/');
    expect(p.page('hans', '')).toBe('/a%20b/zh-hans/');
    expect(p.asset('/search/manifest.1.json')).toBe('/a%20b/search/manifest.1.json');
    expect(p.absolute(p.url('hans'), new URL('https://example.org'))).toBe('https://example.org/a%20b/zh-hans/');
  });

  it('encodes a segment that is not a plain slug', () => {
    expect(pathsFor('/').url('hans', 'search', 'a b?')).toBe('/zh-hans/search/a%20b%3F/');
  });
});
