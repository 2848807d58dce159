/**
 * The search's corpus outside Astro (tests, benchmark): the real plans ingested in memory from
 * seeds/, and a synthetic corpus of any size generated from them.
 */
import { planData } from '../../ingest/emit-data.ts';
import { ingestAll } from '../../ingest/run.ts';
import { formatChineseDigits } from '../../src/lib/numerals.ts';
import type { PlanData } from '../../src/lib/plan-data.ts';

/** The catalogued plans, as the pages see them (catalog order). */
export function realPlans(seeds = 'seeds'): PlanData[] {
  return ingestAll(seeds).map((p, i) => planData(p.entry, p.doc, p.counts, i));
}

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` plans generated from the real ones: plan k copies plan k mod 5 under its own slug and
 * city, with the sentences of every paragraph shuffled (the same way in both scripts), so
 * that no two plans are the same text while the vocabulary and sizes stay real.
 */
export function syntheticPlans(real: readonly PlanData[], n: number): PlanData[] {
  return Array.from({ length: n }, (_, k) => {
    const base = real[k % real.length];
    const random = prng(k + 1);
    const suffix = formatChineseDigits(k);
    const records = base.records.map((r) => {
      if (r.kind !== 'paragraph' || k < real.length) return r;
      const hans = r.text.hans.split(/(?<=。)/);
      const hant = r.text.hant.split(/(?<=。)/);
      if (hans.length !== hant.length || hans.length < 2) return r;
      const order = hans.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      return { ...r, text: { hans: order.map((i) => hans[i]).join(''), hant: order.map((i) => hant[i]).join('') } };
    });
    const city = k < real.length ? base.entry.city : { zh: `${base.entry.city.zh.replace(/市$/, '')}${suffix}市`, en: `${base.entry.city.en}${k}` };
    const slug = k < real.length ? base.entry.slug : base.entry.slug.replace(/^[a-z]+/, (c) => `${c}${k}`);
    return { ...base, catalogIndex: k, entry: { ...base.entry, slug, city }, records };
  });
}
