/** SITE_BASE and SITE_URL are checked before the build starts (src/build/site-env.ts, issue 22). */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { siteBase, siteUrl } from '../../src/build/site-env.ts';
import { eachMaps } from '../helpers/maps.ts';

describe('SITE_BASE', () => {
  eachMaps(
    'accepts %j as %j',
    [
      [undefined, '/'],
      ['', '/'],
      ['/', '/'],
      ['/plans', '/plans/'],
      ['/a/b/', '/a/b/'],
      ['/my plans/', '/my plans/'],
      ['/规划/', '/规划/'],
      ['/my%20plans/', '/my%20plans/'],
    ],
    siteBase,
  );

  it.each([
    '//evil.com/',
    'javascript:',
    '../',
    'plans/',
    '/a/../b/',
    '/./',
    '/a//b/',
    '/%2e%2e/',
    '/a%2fb/',
    '/a\\b/',
    '/a?x/',
    '/a#x/',
    '/a\u0007/',
    '/100%/',
    ' /x/',
  ])('refuses %j, naming the variable and what it accepts', (value) => {
    expect(() => siteBase(value)).toThrow(/^SITE_BASE=".*" is refused: SITE_BASE must be an absolute path on the site: "\/" or "\/a\/b\/"/s);
  });
});

describe('SITE_URL', () => {
  eachMaps(
    'accepts %j as %j',
    [
      [undefined, undefined],
      ['https://example.org', 'https://example.org/'],
      ['https://example.org/', 'https://example.org/'],
      ['http://localhost:8080', 'http://localhost:8080/'],
    ],
    siteUrl,
  );

  it.each([
    'ftp://x',
    'javascript:alert(1)',
    'https://e.org/path/',
    'https://user@e.org',
    'https://e.org/?q=1',
    'https://e.org/#x',
    'http://',
    'example.org',
    '//e.org',
  ])('refuses %j, naming the variable and what it accepts', (value) => {
    expect(() => siteUrl(value)).toThrow(/^SITE_URL=".*" is refused: SITE_URL must be an http\(s\) origin/);
  });
});

describe('the build', () => {
  it('stops before it starts on a hostile SITE_BASE, without a stack trace', () => {
    let out = '';
    try {
      execFileSync(process.execPath, ['tools/build.ts'], { env: { ...process.env, SITE_BASE: '//evil.com/', SITE_OUT_DIR: 'build/never' }, stdio: 'pipe' });
    } catch (e) {
      out = String((e as { stderr: Buffer }).stderr);
    }
    expect(out).toMatch(/^build refused before it started: SITE_BASE="\/\/evil\.com\/" is refused/);
    expect(out).not.toMatch(/\n\s+at /);
  });
});
