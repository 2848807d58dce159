/**
 * The worker's job of ./write.ts: every section page of one plan, in both scripts. The plan's
 * passages are cut from its own page as Astro wrote it (./slice.ts: the same components render
 * both), the rest of each page from ./page.ts, and the page from the shell's frame (./frame.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeLabels } from '../../lib/citation/index.ts';
import { pathsFor } from '../../lib/paths.ts';
import type { Script } from '../../lib/plan-types.ts';
import { PREFIX } from '../../lib/script.ts';
import { loadPlan } from '../plans.ts';
import type { PreviewScope } from '../preview-image/site.ts';
import { planRelations } from '../related/site.ts';
import { type Frame, fillFrame, planDocument } from './frame.ts';
import { type SectionSite, promotesHeading, sectionHead, sectionMain } from './page.ts';
import { passages } from './passage.ts';
import { blockIndex, passageHtml } from './slice.ts';

export interface SectionJob {
  slug: string;
  /** The built site's folder (Astro's output, being filled). */
  outDir: string;
  frames: Record<Script, Frame>;
  base: string;
  siteUrl: string | undefined;
  previewScope: PreviewScope;
}

/** The folder of a page under `outDir`. */
export const sectionDir = (outDir: string, script: Script, slug: string, id: string) => join(outDir, PREFIX[script], 'plans', slug, id);

/** The plan's section pages in one script: [id, html] in document order. */
export function* sectionPages(job: SectionJob, script: Script): Generator<[string, string]> {
  const paths = pathsFor(job.base);
  const site: SectionSite = { paths, site: job.siteUrl ? new URL(job.siteUrl) : undefined, previewScope: job.previewScope };
  const plan = loadPlan(job.slug);
  const relations = planRelations(job.slug);
  const labels = placeLabels(plan.outline, script);
  const planFile = join(job.outDir, PREFIX[script], 'plans', job.slug, 'index.html');
  const document = planDocument(readFileSync(planFile, 'utf8'), planFile);
  const index = blockIndex(document);
  const planHref = paths.url(script, 'plans', job.slug);
  for (const passage of passages(plan)) {
    const body = passageHtml(document, passage.id, planHref, promotesHeading(passage), index);
    if (body === undefined) throw new Error(`${planFile}: no element for #${passage.id}, which has a section page`);
    const input = { script, plan, labels, passage, relations };
    yield [passage.id, fillFrame(job.frames[script], sectionHead(input, site), sectionMain(input, site), body, paths, site.site)];
  }
}

export default function writeSectionPages(job: SectionJob): void {
  for (const script of ['hans', 'hant'] as const)
    for (const [id, html] of sectionPages(job, script)) {
      const dir = sectionDir(job.outDir, script, job.slug, id);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), html);
    }
}
