/**
 * The related passages as the build stores them: computed once over the whole corpus by plain
 * Node (`node src/build/related/stored.ts`, part of `npm run ingest`) and written plan by plan
 * to src/generated/related/, so that the processes writing pages read one plan's relations at
 * a time and none holds the corpus (issue 11: the build's memory must not grow with it).
 *
 * Files: `<slug>.json` (a PlanRelations) per plan, and `plan-pairs.json` (the plan-pair views).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFile, within } from '../../lib/generated-files.ts';
import type { Bilingual, Carry, RelatedPlanFile } from '../../lib/related/types.ts';
import { replaceDirectory } from '../../../ingest/write.ts';
import { forPlan, runCorpusStep } from '../corpus-step.ts';
import { GENERATED } from '../generated.ts';
import { computeRelated, type Related, type SharedView } from './index.ts';
import type { Passage } from './passages.ts';

export const RELATED_DIR = join(GENERATED, generatedFile.relatedDir);

/** A passage as a page names it. */
export interface PassageRef {
  id: string;
  label: Bilingual;
  title: Bilingual;
}

/** A pair sharing wording, seen from one of its passages (index.ts SharedView, its passages slimmed). */
export interface StoredSharedView extends Omit<SharedView, 'here' | 'other'> {
  here: PassageRef;
  other: PassageRef;
}

export interface PlanRelations {
  /** The open-data file (/data/related/<slug>.json). */
  file: RelatedPlanFile;
  /** Per passage id that shares wording: its pairs, most shared first, as its section page shows them. */
  shared: Record<string, StoredSharedView[]>;
  /** The text of every passage the plan's pages draw in full, once each, by textKey. */
  texts: Record<string, Bilingual>;
}

/** A drawn passage's key in PlanRelations.texts. */
export const textKey = (slug: string, id: string): string => `${slug}/${id}`;

export interface StoredCarryRow {
  child: PassageRef;
  parent?: PassageRef;
  carry: Carry;
  score: number;
  shared: number;
}

/** A plan pair read passage by passage: parent → child, or two plans of one city. */
export interface StoredPlanPair {
  parent: string;
  child: string;
  rows: StoredCarryRow[];
}

const ref = (p: Passage): PassageRef => ({ id: p.id, label: p.label, title: p.title });

/**
 * One plan's relations as stored. A passage's text is kept once, and only when a pair it is in
 * is drawn on this plan's pages: with the text in every view, a plan of 1,000 synthetic copies
 * stored ~2 MB.
 */
export function relationsOfPlan(related: Related, slug: string): PlanRelations {
  const file = related.file(slug);
  const shared: PlanRelations['shared'] = {};
  const texts: PlanRelations['texts'] = {};
  for (const { id } of file.passages) {
    const views = related.sharedOf(slug, id);
    for (const v of views.filter((v) => v.drawn)) {
      texts[textKey(v.hereSlug, v.here.id)] = v.here.text;
      texts[textKey(v.otherSlug, v.other.id)] = v.other.text;
    }
    if (views.length > 0) shared[id] = views.map((v) => ({ ...v, here: ref(v.here), other: ref(v.other) }));
  }
  return { file, shared, texts };
}

export function storedPlanPairs(related: Related): StoredPlanPair[] {
  return related.planPairs.map((v) => ({
    parent: v.parent.entry.slug,
    child: v.child.entry.slug,
    rows: v.rows.map((r) => ({ ...r, child: ref(r.child), parent: r.parent && ref(r.parent) })),
  }));
}

/** Computes the corpus's relations and writes them plan by plan; the folder is replaced whole, or left as it was. */
export function writeRelated(dir: string, plans: Parameters<typeof computeRelated>[0]): void {
  const related = computeRelated(plans);
  replaceDirectory(dir, (tmp) => {
    for (const plan of plans) {
      const json = forPlan(plan.entry, () => JSON.stringify(relationsOfPlan(related, plan.entry.slug)));
      writeFileSync(join(tmp, within(generatedFile.relatedDir, generatedFile.related(plan.entry.slug))), json);
    }
    writeFileSync(join(tmp, within(generatedFile.relatedDir, generatedFile.relatedPairs)), JSON.stringify(storedPlanPairs(related)));
  });
}

if (import.meta.main) {
  await runCorpusStep('related passages', async () => {
    const { allPlanData } = await import('../plans.ts');
    const started = performance.now();
    writeRelated(RELATED_DIR, allPlanData());
    return `related passages written to ${RELATED_DIR} in ${Math.round(performance.now() - started)} ms`;
  });
}
