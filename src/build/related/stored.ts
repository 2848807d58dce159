/**
 * The related passages as the build stores them: computed once over the whole corpus by plain
 * Node (`node src/build/related/stored.ts`, part of `npm run ingest`) and written plan by plan
 * to src/generated/related/, so that the processes writing pages read one plan's relations at
 * a time and none holds the corpus (issue 11: the build's memory must not grow with it).
 *
 * Files: `<slug>.json` (a PlanRelations) per plan; `pairs/<a>--<b>.json` (a PairFile, the open
 * data /data/pairs/) for every pair of plans precomputed (plan-pairs.ts), and `pairs.json`, their list.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFile, within } from '../../lib/generated-files.ts';
import type { PlanData } from '../../lib/plan-data.ts';
import type { PairClass, PairFile } from '../../lib/related/plan-align.ts';
import { planUnits } from '../../lib/related/plan-units.ts';
import type { Bilingual, RelatedPlanFile } from '../../lib/related/types.ts';
import { planShortName } from '../../lib/related/labels.ts';
import { convertText } from '../convert.ts';
import { planTree } from '../open-data/tree.ts';
import { replaceDirectory } from '../../../ingest/write.ts';
import { forPlan, runCorpusStep } from '../corpus-step.ts';
import { GENERATED } from '../generated.ts';
import { computeRelated, type Related, type SharedView } from './index.ts';
import type { Passage } from './passages.ts';
import { likelyPairs, pairFile } from './plan-pairs.ts';

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
  /** Per unit id: its rows in the precomputed plan pairs this plan is in (the section page links to them). */
  counterparts: Record<string, Counterpart[]>;
}

/** A unit's row in a precomputed plan pair, as its section page names it. */
export interface Counterpart {
  /** The pair: its two slugs, a the earlier. */
  a: string;
  b: string;
  /** The other plan, its short name, and the unit there (absent for a new or dropped unit). */
  other: string;
  otherName: Bilingual;
  otherUnit?: PassageRef;
  class: PairClass;
  /** The row's anchor on the pair view (b-<id>, or a-<id> for a dropped unit). */
  row: string;
}

/** A drawn passage's key in PlanRelations.texts. */
export const textKey = (slug: string, id: string): string => `${slug}/${id}`;

const ref = (p: Passage): PassageRef => ({ id: p.id, label: p.label, title: p.title });

/**
 * One plan's relations as stored. A passage's text is kept once, and only when a pair it is in
 * is drawn on this plan's pages: with the text in every view, a plan of 1,000 synthetic copies
 * stored ~2 MB.
 */
export function relationsOfPlan(related: Related, slug: string, counterparts: PlanRelations['counterparts'] = {}): PlanRelations {
  const file = related.file(slug);
  const shared: PlanRelations['shared'] = {};
  const texts: PlanRelations['texts'] = {};
  for (const { id } of file.passages) {
    const views = related.sharedOf(slug, id);
    for (const v of views.filter((v) => v.drawn)) {
      texts[textKey(v.hereSlug, v.here.id)] = { hans: v.here.text.hans, hant: v.here.text.hant };
      texts[textKey(v.otherSlug, v.other.id)] = { hans: v.other.text.hans, hant: v.other.text.hant };
    }
    if (views.length > 0) shared[id] = views.map((v) => ({ ...v, here: ref(v.here), other: ref(v.other) }));
  }
  return { file, shared, texts, counterparts };
}

/** The anchor of a pair row on the pair view. */
export const rowAnchor = (row: { a: string | null; b: string | null }): string => (row.b ? `b-${row.b}` : `a-${row.a}`);

/** Every precomputed pair's file, and each plan's units' rows in them. */
export function storedPairs(plans: readonly PlanData[]): { files: PairFile[]; counterparts: Map<string, PlanRelations['counterparts']> } {
  const bySlug = new Map(plans.map((p) => [p.entry.slug, p]));
  const counterparts = new Map<string, PlanRelations['counterparts']>(plans.map((p) => [p.entry.slug, {}]));
  const files: PairFile[] = [];
  const nameOf = (p: PlanData): Bilingual => {
    const name = planShortName(p.entry);
    return { hans: name, hant: convertText(name, 'hans', 'hant') };
  };
  for (const [as, bs] of likelyPairs(plans.map((p) => p.entry))) {
    const [a, b] = [bySlug.get(as) as PlanData, bySlug.get(bs) as PlanData];
    const file = pairFile(a, b);
    files.push(file);
    const units = new Map([a, b].map((p) => [p.entry.slug, new Map(planUnits(planTree(p).blocks).map((u) => [u.id, u]))]));
    const unitRef = (slug: string, id: string | null): PassageRef | undefined => {
      const u = id ? units.get(slug)?.get(id) : undefined;
      return u && { id: u.id, label: u.label, title: u.title };
    };
    const add = (slug: string, id: string, c: Counterpart) => {
      const list = (counterparts.get(slug) as PlanRelations['counterparts'])[id] ?? [];
      // A unit of a that several b units follow links to the first of their rows.
      if (!list.some((x) => x.a === c.a && x.b === c.b)) list.push(c);
      (counterparts.get(slug) as PlanRelations['counterparts'])[id] = list;
    };
    for (const row of file.pairs) {
      const base = { a: as, b: bs, class: row.class, row: rowAnchor(row) };
      if (row.b) add(bs, row.b, { ...base, other: as, otherName: nameOf(a), otherUnit: unitRef(as, row.a) });
      if (row.a) add(as, row.a, { ...base, other: bs, otherName: nameOf(b), otherUnit: unitRef(bs, row.b) });
    }
  }
  return { files, counterparts };
}

/** Computes the corpus's relations and writes them plan by plan; the folder is replaced whole, or left as it was. */
export function writeRelated(dir: string, plans: Parameters<typeof computeRelated>[0]): void {
  const related = computeRelated(plans);
  const pairs = storedPairs(plans);
  replaceDirectory(dir, (tmp) => {
    for (const plan of plans) {
      const slug = plan.entry.slug;
      const json = forPlan(plan.entry, () => JSON.stringify(relationsOfPlan(related, slug, pairs.counterparts.get(slug))));
      writeFileSync(join(tmp, within(generatedFile.relatedDir, generatedFile.related(slug))), json);
    }
    mkdirSync(join(tmp, within(generatedFile.relatedDir, generatedFile.pairsDir)));
    for (const f of pairs.files) writeFileSync(join(tmp, within(generatedFile.relatedDir, generatedFile.pair(f.a, f.b))), JSON.stringify(f));
    writeFileSync(join(tmp, within(generatedFile.relatedDir, generatedFile.pairList)), JSON.stringify(pairs.files.map((f) => [f.a, f.b])));
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
