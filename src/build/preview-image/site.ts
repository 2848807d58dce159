/**
 * The build's preview images and the rule for how many there are. Up to PER_PASSAGE_MAX
 * passage pages, every passage page has its own image (its heading and opening lines). Above
 * that, drawing one per page would dominate the build (~20–40 ms CPU an image: ~128,000
 * images at 1,000 plans, 45–85 minutes of CPU; docs/SCALE.md), so each passage page of a plan
 * shows the plan's own image (its title and opening lines) at
 * /<script>/plans/<slug>/preview.png: two per plan.
 */
import { join } from 'node:path';
import type { PlanData } from '../../lib/plan-data.ts';
import type { Script } from '../../lib/plan-types.ts';
import { formatPeriod } from '../../lib/numerals.ts';
import { t } from '../../lib/i18n/index.ts';
import type { Paths } from '../../lib/paths.ts';
import { PREFIX, SCRIPTS } from '../../lib/script.ts';
import { convertText } from '../convert.ts';
import { allPlans, loadPlan } from '../plans.ts';
import { passages } from '../section/passage.ts';
import type { PreviewText } from './index.ts';

/** The most passage pages (both scripts) that still get an image each: 5 plans have ~640, 30 plans ~4,000. */
export const PER_PASSAGE_MAX = 4000;

export type PreviewScope = 'passage' | 'plan';
export const scopeFor = (passagePages: number): PreviewScope => (passagePages <= PER_PASSAGE_MAX ? 'passage' : 'plan');

let scope: PreviewScope | undefined;
/** This build's rule, from the number of passage pages it writes (each plan read in turn, not kept). */
export function previewScope(): PreviewScope {
  scope ??= scopeFor(SCRIPTS.length * allPlans.reduce((n, p) => n + passages(loadPlan(p.entry.slug)).length, 0));
  return scope;
}

/** The image a passage page shows, under the site's base: its own, or its plan's above PER_PASSAGE_MAX pages. */
export const previewImagePath = (paths: Paths, scope: PreviewScope, script: Script, slug: string, id: string): string =>
  `${scope === 'passage' ? paths.url(script, 'plans', slug, id) : paths.url(script, 'plans', slug)}preview.png`;

export interface PreviewImage {
  params: { script: string; slug: string; id?: string };
  text: PreviewText;
}

function frame(plan: PlanData, script: Script) {
  const zh = (s: string) => convertText(s, 'hans', script);
  const { entry } = plan;
  return {
    site: t(script, 'site.name'),
    kicker: `${zh(entry.city.zh)} · ${zh(entry.kind)} · ${t(script, 'plan.periodLabel', formatPeriod(entry.period), ...entry.years)}`,
    planTitle: zh(entry.title),
  };
}

/** One plan's images in both scripts: the plan's card above PER_PASSAGE_MAX pages, else one per passage. */
export function planImages(plan: PlanData, scope: PreviewScope): PreviewImage[] {
  return SCRIPTS.flatMap((script): PreviewImage[] => {
    const params = { script: PREFIX[script], slug: plan.entry.slug };
    const base = frame(plan, script);
    if (scope === 'plan') {
      // The plan's card: its title as the heading, its first paragraph as the text.
      const first = plan.records.find((r) => r.kind === 'paragraph') ?? plan.records[0];
      return [{ params, text: { ...base, planTitle: '', heading: base.planTitle, body: first?.text[script] ?? '' } }];
    }
    return passages(plan).map((p) => ({ params: { ...params, id: p.id }, text: { ...base, heading: p.heading[script], body: p.opening[script] } }));
  });
}

/** Every image of this build; plans read one at a time. */
export function previewImages(): PreviewImage[] {
  const scope = previewScope();
  return allPlans.flatMap((summary) => planImages(loadPlan(summary.entry.slug), scope));
}

/** Where an image is written, below the site's output folder. */
export const imageFile = ({ script, slug, id }: PreviewImage['params']): string => join(script, 'plans', slug, ...(id ? [id] : []), 'preview.png');
