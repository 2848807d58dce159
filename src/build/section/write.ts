/**
 * Every section page of the site, and each plan's open-data files, written after Astro's build
 * into its output folder:
 * `node src/build/section/write.ts <outDir>` (tools/build.ts runs it before the output replaces
 * dist/). Astro renders one section page per script (./shell.ts); this writes the others from it,
 * plan by plan in worker threads, with the functions the route itself uses (./page.ts) — ~0.5 ms
 * a page instead of Astro's ~4 ms, and no page held in memory once written (docs/SCALE.md).
 *
 * Before writing, it writes the shell's own page the same way and checks that it is byte for
 * byte the page Astro wrote: the frame, the head and the main region are proven to fit together
 * on every build.
 */
import { siteBase, siteUrl } from '../site-env.ts';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SCRIPTS } from '../../lib/script.ts';
import { allPlans } from '../plans.ts';
import { previewScope } from '../preview-image/site.ts';
import { WorkerPool } from '../worker-pool.ts';
import { type Frame, frameOf } from './frame.ts';
import { shellPage } from './shell.ts';
import { type SectionJob, sectionDir, sectionPages } from './write-task.ts';

/** Where two pages first differ, with a little of each around it, for the error message. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at character ${i}: Astro wrote …${a.slice(Math.max(0, i - 60), i + 60)}…, the writer …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

export async function writeSections(outDir: string): Promise<number> {
  const shell = shellPage();
  if (!shell) return 0;
  const frames = {} as Record<(typeof SCRIPTS)[number], Frame>;
  const job = (slug: string): SectionJob => ({
    slug,
    outDir,
    frames,
    base: siteBase(process.env.SITE_BASE),
    siteUrl: siteUrl(process.env.SITE_URL),
    previewScope: previewScope(),
  });
  for (const script of SCRIPTS) {
    const file = join(sectionDir(outDir, script, shell.slug, shell.id), 'index.html');
    const astro = readFileSync(file, 'utf8');
    frames[script] = frameOf(astro, file);
    const [[id, ours]] = sectionPages(job(shell.slug), script);
    if (id !== shell.id || ours !== astro) throw new Error(`${file}: the section-page writer does not reproduce Astro's page ${firstDifference(astro, ours)}`);
  }
  const pool = new WorkerPool<SectionJob>('section/write-task.ts', (j) => `section pages and open data of ${j.slug}`);
  await Promise.all(allPlans.map(({ entry }) => pool.run(entry.slug, job(entry.slug))));
  return allPlans.length;
}

if (import.meta.main) {
  const outDir = resolve(process.argv[2] ?? 'dist');
  const started = performance.now();
  try {
    const plans = await writeSections(outDir);
    console.log(`section pages and open data of ${plans} plan(s) written to ${outDir} in ${Math.round(performance.now() - started)} ms`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
