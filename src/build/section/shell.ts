/**
 * The section page Astro renders in a build: one per script, the first passage of the first plan
 * that has one. ./write.ts writes every other section page from it (docs/SCALE.md, "Section
 * pages"), and checks first that it writes this one exactly as Astro did.
 */
import { allPlans, loadPlan } from '../plans.ts';
import { passages } from './passage.ts';

export interface ShellPage {
  slug: string;
  id: string;
}

let shell: ShellPage | null | undefined;
export function shellPage(): ShellPage | undefined {
  if (shell === undefined) {
    shell = null;
    for (const { entry } of allPlans) {
      const first = passages(loadPlan(entry.slug))[0];
      if (first) {
        shell = { slug: entry.slug, id: first.id };
        break;
      }
    }
  }
  return shell ?? undefined;
}

/** Marks the main region of a section page, so the writer can put another passage's in its place. */
export const MAIN_START = '<!--section-main-->';
export const MAIN_END = '<!--/section-main-->';
/** Mark a plan page's document (its .plan-body, markers outside it), which the writer cuts the passages from. */
export const BODY_START = '<!--plan-document-->';
export const BODY_END = '<!--/plan-document-->';
