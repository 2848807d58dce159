/** Links, assets and fragments resolve: at the site root, and in a build under SITE_BASE=/sub/. */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';

const OUT = 'build/dist-sub';
beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  // Vitest exports BASE_URL=/ into the environment, and Vite would take it over SITE_BASE.
  const { BASE_URL: _ignored, ...env } = process.env;
  execFileSync('npx', ['astro', 'build'], { env: { ...env, SITE_BASE: '/sub/', SITE_OUT_DIR: OUT, SITE_URL: 'https://example.org' }, stdio: 'pipe' });
}, 180_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('links and anchors', () => {
  it('all resolve in the build at the root', () => {
    expect(htmlFiles('dist').length).toBeGreaterThanOrEqual(15);
    expect(brokenLinks('dist', '/')).toEqual([]);
  });

  it('all resolve inside /sub/ in a build under SITE_BASE=/sub/', () => {
    expect(htmlFiles(OUT).length).toBeGreaterThanOrEqual(15);
    expect(brokenLinks(OUT, '/sub/')).toEqual([]);
  });
});
