/** Every internal link, asset and #fragment of a built site must resolve inside its base. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { htmlFiles } from './dist.ts';

export function brokenLinks(root: string, base: string): string[] {
  const files = htmlFiles(root);
  const ids = new Map(
    files.map((f) => [
      f,
      new Set(
        parse(readFileSync(join(root, f), 'utf8'))
          .querySelectorAll('[id]')
          .map((e) => e.id),
      ),
    ]),
  );
  const broken: string[] = [];
  for (const f of files) {
    const doc = parse(readFileSync(join(root, f), 'utf8'));
    const refs = [
      ...doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href') as string),
      ...doc
        .querySelectorAll('link[href]')
        .filter((l) => l.getAttribute('rel') !== 'canonical' && l.getAttribute('rel') !== 'alternate')
        .map((a) => a.getAttribute('href') as string),
      ...doc.querySelectorAll('script[src]').map((a) => a.getAttribute('src') as string),
      ...doc.querySelectorAll('img[src]').map((a) => a.getAttribute('src') as string),
      ...doc.querySelectorAll('form[action]').map((a) => a.getAttribute('action') as string),
    ];
    for (const ref of refs) {
      if (/^(mailto:|data:)/.test(ref)) continue;
      if (/^https?:/.test(ref)) {
        broken.push(`${f}: ${ref} leaves the site`);
        continue;
      }
      const url = new URL(ref, `https://example.org${base}${f.replace(/index\.html$/, '')}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${f}: ${ref} is outside ${base}`);
        continue;
      }
      const rel = decodeURIComponent(url.pathname.slice(base.length));
      const target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
      if (!existsSync(join(root, target))) broken.push(`${f}: ${ref} → missing ${target}`);
      else if (url.hash && target.endsWith('.html') && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${f}: ${ref} → no element with that id`);
      }
    }
  }
  return broken;
}
