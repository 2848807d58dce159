/** Built under SITE_BASE=/sub/, every internal link, asset and fragment still resolves. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';

const OUT = 'build/dist-sub';
beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  // Vitest exports BASE_URL=/ into the environment, and Vite would take it over SITE_BASE.
  const { BASE_URL: _ignored, ...env } = process.env;
  execFileSync('npx', ['astro', 'build'], { env: { ...env, SITE_BASE: '/sub/', SITE_OUT_DIR: OUT, SITE_URL: 'https://example.org' }, stdio: 'pipe' });
}, 180_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('a build under /sub/', () => {
  it('links, assets and fragments all resolve inside /sub/', () => {
    const files = htmlFiles(OUT);
    expect(files.length).toBeGreaterThanOrEqual(15);
    const idsByPage = new Map(files.map((f) => [f, new Set(parse(readFileSync(join(OUT, f), 'utf8')).querySelectorAll('[id]').map((e) => e.id))]));
    const broken: string[] = [];
    for (const f of files) {
      const doc = parse(readFileSync(join(OUT, f), 'utf8'));
      const refs = [
        ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href') as string),
        ...doc.querySelectorAll('link[href]').map((a) => a.getAttribute('href') as string),
        ...doc.querySelectorAll('script[src]').map((a) => a.getAttribute('src') as string),
      ];
      for (const ref of refs) {
        if (/^(https?:|mailto:|data:)/.test(ref)) continue;
        const url = new URL(ref, `https://example.org/sub/${f.replace(/index\.html$/, '')}`);
        if (!url.pathname.startsWith('/sub/')) {
          broken.push(`${f}: ${ref} is outside /sub/`);
          continue;
        }
        const rel = decodeURIComponent(url.pathname.slice('/sub/'.length));
        const target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
        if (!existsSync(join(OUT, target))) broken.push(`${f}: ${ref} → missing ${target}`);
        else if (url.hash && target.endsWith('.html') && !idsByPage.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${f}: ${ref} → no element with that id`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
