/** Reading the built site in dist/ for tests. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { PlanData } from '../../src/lib/plan-data.ts';
import { Normaliser, parseFoldTable } from '../../src/lib/search/normalise.ts';

export const DIST = 'dist';

export function htmlFiles(root = DIST, pattern = /\.html$/): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (pattern.test(e.name)) out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
}

export const page = (path: string, root = DIST): HTMLElement => {
  const file = join(root, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`not built: ${file}`);
  return parse(readFileSync(file, 'utf8'));
};

export const planData = (slug: string): PlanData => JSON.parse(readFileSync(`src/generated/data/${slug}.json`, 'utf8'));

export const SLUGS = ['taizhou-14-proposal', 'linhai-14-outline', 'jiaxing-15-proposal', 'quzhou-14-outline', 'linhai-common-prosperity'];

/** The search normalisation with the fold table the built site ships. */
export function distNormaliser(): Normaliser {
  const foldFile = readdirSync(join(DIST, 'search')).find((f) => f.startsWith('fold.'));
  if (!foldFile) throw new Error('no fold table in dist/search: run npm run build');
  return new Normaliser(parseFoldTable(JSON.parse(readFileSync(join(DIST, 'search', foldFile), 'utf8'))));
}

/**
 * Built pages to visit or validate one by one: every page, but of the ~640 passage pages
 * (plans/<slug>/<id>/), all cut from their plan's page, only the first per plan and script.
 */
export function pagesToCheck(root = DIST): string[] {
  const seen = new Set<string>();
  return htmlFiles(root).filter((f) => {
    const plan =
      /^(zh-han[st]\/plans\/[^/]+\/)[^/]+\/index\.html$/.exec(f)?.[1] ??
      // An indicator's targets page is one template too (tests/e2e/targets.test.ts opens them).
      /^(zh-han[st]\/targets\/)[^/]+\/index\.html$/.exec(f)?.[1];
    if (!plan) return true;
    if (seen.has(plan)) return false;
    seen.add(plan);
    return true;
  });
}
