/**
 * `npm run build` after the ingestion: Astro builds the site into a fresh folder beside dist/
 * (SITE_OUT_DIR, read by astro.config.mjs), which replaces dist/ only when the build succeeded
 * and wrote a home page. A failed build leaves the previous dist/ exactly as it was — never
 * empty, never half-written.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { removeStale, replaceDirectory, tmpDirOf } from '../ingest/write.ts';
import { siteEnvOrExit } from '../src/build/site-env.ts';

export class BuildFailed extends Error {}

/** Runs `build(tmp)` (true when it succeeded) and swaps its output in for `outDir`. */
export function buildAtomically(outDir: string, build: (tmp: string) => boolean): void {
  replaceDirectory(outDir, (tmp) => {
    if (!build(tmp)) throw new BuildFailed('the site build failed');
    if (!existsSync(join(tmp, 'index.html'))) throw new BuildFailed('the site build wrote no index.html');
  });
}

const run = (args: string[], tmp: string): boolean =>
  spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, SITE_OUT_DIR: tmp } }).status === 0;

/**
 * Astro's heap, capped: what it holds at once is one plan's pages and the catalogue rows, under
 * 1 GB at 1,000 plans, but V8 lets garbage grow toward its default limit (~4 GB here) before
 * collecting: 2.8 GB of RSS uncapped against 0.96 GB capped at 1.2 GB, for ~3 % more time (docs/SCALE.md).
 */
const ASTRO_HEAP = '--max-old-space-size=1280';

/**
 * Astro builds every page but the section pages, of which it renders one per script, while the
 * preview images are drawn beside it on the other core; then src/build/section/write.ts writes
 * the other section pages, the open data and the images, in worker threads (docs/SCALE.md).
 */
function astroBuild(tmp: string): boolean {
  const images = spawn(process.execPath, [join('src', 'build', 'preview-image', 'draw.ts')], { stdio: 'inherit' });
  try {
    return run([ASTRO_HEAP, join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], tmp) && run([join('src', 'build', 'section', 'write.ts'), tmp], tmp);
  } finally {
    // Whatever it has not drawn, the writer has drawn itself.
    images.kill();
  }
}

/** Said once per build without SITE_URL: nothing fails, but shared links will not preview (README, "Deployment"). */
export const NO_SITE_URL =
  'SITE_URL is not set: link previews (og:url, an absolute og:image) and sitemap.xml need the site\'s origin; build with SITE_URL=https://your.site (see README, "Deployment")';

/** The one line a build prints when SITE_URL is not set; nothing when it is. */
export const siteUrlNotice = (env: NodeJS.ProcessEnv): string | undefined => (env.SITE_URL ? undefined : `warning: ${NO_SITE_URL}`);

if (import.meta.main) {
  const outDir = resolve(process.env.SITE_OUT_DIR || 'dist');
  siteEnvOrExit();
  // A build killed before it could clean up left its folder: removed now (if not on the signal below).
  for (const stale of removeStale(outDir)) console.log(`removed ${stale}, left by a build that did not finish`);
  const tmp = tmpDirOf(outDir);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      rmSync(tmp, { recursive: true, force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
  try {
    buildAtomically(outDir, astroBuild);
    console.log(`site written to ${outDir}`);
    const notice = siteUrlNotice(process.env);
    if (notice) console.warn(notice);
  } catch (e) {
    if (!(e instanceof BuildFailed)) throw e;
    console.error(`${e.message}; ${outDir} is left as it was`);
    process.exit(1);
  }
}
