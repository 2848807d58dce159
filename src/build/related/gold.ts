/**
 * The hand-checked gold set of theme correspondences (tests/fixtures/related/gold.yaml) and
 * the measures reported against it. For every theme, every gold passage q of plan A and every
 * other plan B that treats the theme: is one of B's gold passages among q's top k in B?
 */
import { z } from 'astro/zod';
import { readYaml } from './read-yaml.ts';
import type { Related } from './index.ts';

const goldSchema = z.object({
  themes: z.array(
    z.object({
      theme: z.string().min(1),
      passages: z.record(z.string(), z.array(z.string().min(1)).min(1)),
    }),
  ),
});

export type Gold = z.infer<typeof goldSchema>;

export function readGold(file: string): Gold {
  return readYaml(file, goldSchema);
}

export interface Scores {
  /** (gold passage, other plan) queries evaluated. */
  queries: number;
  /** Share of queries with a gold passage first. */
  hit1: number;
  /** Share of queries with a gold passage in the top 3. */
  hit3: number;
  /** Mean of |top k ∩ gold| / k. */
  precision1: number;
  precision3: number;
  /** Mean of |top k ∩ gold| / min(k, |gold|). */
  recall1: number;
  recall3: number;
  /** Share of queries with a gold passage anywhere in the list the passage's page shows (the measure). */
  linked: number;
}

export interface PlanPassageKey {
  slug: string;
  id: string;
}

/** Whether a passage is ranked in the broad slot (a chapter, a section holding articles: themes.ts). */
export type IsBroad = (slug: string, id: string) => boolean;

/**
 * Scores per other plan (keyed by its slug) and overall. `relations(slug, id)` gives a
 * passage's matches in all plans as keys, best first; every gold id must name a passage.
 */
export function evaluate(
  gold: Gold,
  relations: (slug: string, id: string) => PlanPassageKey[] | undefined,
  broad: IsBroad = () => false,
): { perPlan: Map<string, Scores>; all: Scores } {
  const sums = new Map<string, number[]>();
  const add = (slug: string, values: number[]) => {
    const s = sums.get(slug) ?? [0, 0, 0, 0, 0, 0, 0, 0];
    values.forEach((v, i) => {
      s[i] += v;
    });
    sums.set(slug, s);
  };
  for (const theme of gold.themes) {
    for (const [from, ids] of Object.entries(theme.passages)) {
      for (const id of ids) {
        const matches = relations(from, id);
        if (!matches) throw new Error(`gold theme ${theme.theme}: no passage ${from}#${id}`);
        for (const [to, wanted] of Object.entries(theme.passages)) {
          if (to === from) continue;
          // Chapters are ranked in a slot of their own (themes.ts): a chapter is ranked among chapters.
          const chapters = wanted.every((w) => broad(to, w));
          const inPlan = matches.filter((m) => m.slug === to);
          const top = inPlan.filter((m) => broad(to, m.id) === chapters).map((m) => m.id);
          const hits = (k: number) => top.slice(0, k).filter((t) => wanted.includes(t)).length;
          const linked = inPlan.some((m) => wanted.includes(m.id)) ? 1 : 0;
          add(to, [1, hits(1) > 0 ? 1 : 0, hits(3) > 0 ? 1 : 0, hits(1), hits(3) / 3, hits(1), hits(3) / Math.min(3, wanted.length), linked]);
        }
      }
    }
  }
  const toScores = (s: number[]): Scores => ({
    queries: s[0],
    hit1: s[1] / s[0],
    hit3: s[2] / s[0],
    precision1: s[3] / s[0],
    precision3: s[4] / s[0],
    recall1: s[5] / s[0],
    recall3: s[6] / s[0],
    linked: s[7] / s[0],
  });
  const total = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const s of sums.values()) {
    s.forEach((v, i) => {
      total[i] += v;
    });
  }
  return { perPlan: new Map([...sums].map(([k, s]) => [k, toScores(s)])), all: toScores(total) };
}

/** `evaluate` on a computed result: each passage's lists as its plan's open-data file gives them, chapters as the step marked them. */
export function evaluateRelated(gold: Gold, related: Pick<Related, 'plans' | 'passages' | 'file'>): ReturnType<typeof evaluate> {
  const files = new Map(related.plans.map((p) => [p.entry.slug, new Map(related.file(p.entry.slug).passages.map((x) => [x.id, x.related]))]));
  const broad = new Set(related.passages.filter((p) => p.broad).map((p) => `${related.plans[p.plan].entry.slug}/${p.id}`));
  return evaluate(
    gold,
    (slug, id) =>
      files
        .get(slug)
        ?.get(id)
        ?.map((r) => ({ slug: r.plan, id: r.id })),
    (slug, id) => broad.has(`${slug}/${id}`),
  );
}
