/**
 * The hand-labelled sample of section pairs (tests/fixtures/related/pairs-gold.yaml) and the two
 * measures the plan-pair alignment is held to: class agreement, each class judged on its own
 * (of the sections labelled X, the share the alignment calls X), and counterpart accuracy (of
 * the sections labelled with a counterpart, the share whose counterpart is one of those listed).
 */
import { z } from 'astro/zod';
import { readYaml } from './read-yaml.ts';
import type { AlignedPair } from '../../lib/related/plan-align.ts';

const pairsGoldSchema = z
  .object({
    a: z.string().min(1),
    b: z.string().min(1),
    pairs: z.array(z.object({ b: z.string().min(1), a: z.array(z.string().min(1)), class: z.enum(['taken', 'rewritten', 'new']) }).strict()).min(1),
  })
  .strict();

export type PairsGold = z.infer<typeof pairsGoldSchema>;

export function readPairsGold(file: string): PairsGold {
  const gold = readYaml(file, pairsGoldSchema);
  for (const p of gold.pairs) {
    if ((p.class === 'new') !== (p.a.length === 0)) throw new Error(`${file}: ${p.b}: a new section has no counterpart, the others at least one`);
  }
  return gold;
}

export interface PairsScores {
  /** Per gold class: labelled, agreed, agreement. */
  perClass: Record<'taken' | 'rewritten' | 'new', { labelled: number; agreed: number; agreement: number }>;
  /** Sections labelled with a counterpart, those given one of them, and the share. */
  counterpart: { labelled: number; right: number; accuracy: number };
  /** Gold sections the alignment has no row for (must be none). */
  missing: string[];
}

export function scorePairs(gold: PairsGold, rows: readonly AlignedPair[]): PairsScores {
  const byB = new Map(rows.filter((r) => r.b).map((r) => [r.b as string, r]));
  const perClass: PairsScores['perClass'] = {
    taken: { labelled: 0, agreed: 0, agreement: 0 },
    rewritten: { labelled: 0, agreed: 0, agreement: 0 },
    new: { labelled: 0, agreed: 0, agreement: 0 },
  };
  const counterpart = { labelled: 0, right: 0, accuracy: 0 };
  const missing: string[] = [];
  for (const g of gold.pairs) {
    const row = byB.get(g.b);
    if (!row) {
      missing.push(g.b);
      continue;
    }
    perClass[g.class].labelled++;
    if (row.class === g.class) perClass[g.class].agreed++;
    if (g.a.length > 0) {
      counterpart.labelled++;
      if (row.a && g.a.includes(row.a)) counterpart.right++;
    }
  }
  for (const c of Object.values(perClass)) c.agreement = c.labelled ? c.agreed / c.labelled : 1;
  counterpart.accuracy = counterpart.labelled ? counterpart.right / counterpart.labelled : 1;
  return { perClass, counterpart, missing };
}
