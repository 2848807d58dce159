/**
 * The worker's job of ./write.ts: one plan's files that Astro does not write. Every section
 * page, in both scripts — the plan's passages cut from its own page as Astro wrote it
 * (./slice.ts: the same components render both), the rest of each page from ./page.ts, in the
 * shell's frame (./frame.ts) — its preview images, and its open-data files
 * (../open-data/files.ts and its /data/related/ file): as Astro routes, ~6,400 files at 1,000 plans took 25–35 s of its one
 * thread; here they take a worker a few milliseconds a plan.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { placeLabels } from '../../lib/citation/index.ts';
import { pathsFor } from '../../lib/paths.ts';
import type { Script } from '../../lib/plan-types.ts';
import { PREFIX, SCRIPTS } from '../../lib/script.ts';
import type { PlanData } from '../../lib/plan-data.ts';
import { planFiles } from '../open-data/files.ts';
import { loadPlan } from '../plans.ts';
import { drawPreview } from '../preview-image/index.ts';
import { imageFile, type PreviewScope, planImages } from '../preview-image/site.ts';
import { planRelations, relatedFile } from '../related/site.ts';
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
export function* sectionPages(job: SectionJob, script: Script, plan: PlanData = loadPlan(job.slug)): Generator<[string, string]> {
  const paths = pathsFor(job.base);
  const site: SectionSite = { paths, site: job.siteUrl ? new URL(job.siteUrl) : undefined, previewScope: job.previewScope };
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

function writeOut(file: string, body: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
}

export default function writePlanFiles(job: SectionJob): void {
  const plan = loadPlan(job.slug);
  for (const script of SCRIPTS)
    for (const [id, html] of sectionPages(job, script, plan)) writeOut(join(sectionDir(job.outDir, script, job.slug, id), 'index.html'), html);
  for (const [name, body] of planFiles(plan)) writeOut(join(job.outDir, 'data', name), body);
  writeOut(join(job.outDir, 'data', 'related', `${job.slug}.json`), JSON.stringify(relatedFile(job.slug)));
  // The plan's preview images, from the cache (../preview-image/draw.ts drew most of them beside Astro).
  for (const image of planImages(plan, job.previewScope)) {
    const file = join(job.outDir, imageFile(image.params));
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(drawPreview(image.text), file);
  }
}
