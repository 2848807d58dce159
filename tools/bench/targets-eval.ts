/**
 * Scoring the targets extraction against the hand-checked gold set (tests/fixtures/targets/):
 * a gold record is found when an extracted record has its plan, id, row and number (value, or
 * low); then each field is compared. Precision counts extracted records of the gold plans that
 * match no gold record; "achievements as targets" counts gold achievements (notTargets) listed
 * with kind `target`; groups check that one indicator keeps one key across plans. Pure: the bench
 * (tools/bench/targets.ts) and the unit test (tests/unit/targets-gold.test.ts) both call it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { TargetRecord } from '../../src/lib/targets/types.ts';

const GoldRecord = z
  .object({
    id: z.string(),
    row: z.string().optional(),
    indicator: z.string(),
    key: z.string().nullable(),
    kind: z.enum(['target', 'actual', 'baseline']),
    year: z.number().nullable(),
    value: z.number().optional(),
    low: z.number().optional(),
    high: z.number().optional(),
    unit: z.string().nullable(),
    modifier: z.enum(['point', 'about', 'at-least', 'more-than', 'at-most', 'less-than', 'range']),
    cumulative: z.boolean(),
    growth: z.boolean(),
    missed: z.boolean().optional(),
  })
  .strict();
const Ref = z.object({ plan: z.string().optional(), id: z.string(), row: z.string().optional(), value: z.number() }).strict();
const GoldFile = z.object({ plan: z.string(), targets: z.array(GoldRecord), notTargets: z.array(Ref).default([]) }).strict();
const GroupsFile = z.object({ groups: z.array(z.object({ name: z.string(), records: z.array(Ref.required({ plan: true })) })) });

export type Gold = z.infer<typeof GoldFile>;
export type Groups = z.infer<typeof GroupsFile>['groups'];

export function loadGold(dir = 'tests/fixtures/targets'): { plans: Gold[]; groups: Groups } {
  const goldDir = join(dir, 'gold');
  const plans = readdirSync(goldDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => GoldFile.parse(parse(readFileSync(join(goldDir, f), 'utf8'))));
  const groups = GroupsFile.parse(parse(readFileSync(join(dir, 'groups.yaml'), 'utf8'))).groups;
  return { plans, groups };
}

export const FIELDS = ['key', 'kind', 'year', 'unit', 'modifier', 'cumulative', 'growth'] as const;
type Field = (typeof FIELDS)[number];

const number = (r: { value?: number; low?: number }): number | undefined => r.value ?? r.low;
const same = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && Math.abs(a - b) < 1e-9;

/** The extracted record that states this gold record: plan, id, row, number; the indicator breaks ties. */
function find(
  records: readonly TargetRecord[],
  plan: string,
  g: { id: string; row?: string; value?: number; low?: number; indicator?: string },
  used: Set<TargetRecord>,
): TargetRecord | undefined {
  const candidates = records.filter(
    (r) => !used.has(r) && r.plan === plan && r.id === g.id && (g.row === undefined || r.row === g.row) && same(number(r), number(g)),
  );
  return candidates.find((r) => r.indicator === g.indicator) ?? candidates[0];
}

export interface PlanScore {
  plan: string;
  gold: number;
  found: number;
  extracted: number;
  falsePositives: TargetRecord[];
  missed: Gold['targets'];
  fieldRight: Record<Field, number>;
  fieldWrong: Record<Field, { gold: Gold['targets'][number]; got: TargetRecord }[]>;
  achievementsAsTargets: TargetRecord[];
}

export function scorePlan(gold: Gold, records: readonly TargetRecord[]): PlanScore {
  const mine = records.filter((r) => r.plan === gold.plan);
  const used = new Set<TargetRecord>();
  const fieldRight = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const fieldWrong = Object.fromEntries(FIELDS.map((f) => [f, []])) as unknown as PlanScore['fieldWrong'];
  const missed: Gold['targets'] = [];
  for (const g of gold.targets) {
    const got = find(mine, gold.plan, g, used);
    if (!got) {
      missed.push(g);
      continue;
    }
    used.add(got);
    for (const f of FIELDS) {
      if (got[f] === g[f]) fieldRight[f]++;
      else fieldWrong[f].push({ gold: g, got });
    }
  }
  const achievementsAsTargets = gold.notTargets.flatMap((n) =>
    mine.filter((r) => r.kind === 'target' && r.id === n.id && (n.row === undefined || r.row === n.row) && same(number(r), n.value)),
  );
  return {
    plan: gold.plan,
    gold: gold.targets.length,
    found: gold.targets.length - missed.length,
    extracted: mine.length,
    falsePositives: mine.filter((r) => !used.has(r)),
    missed,
    fieldRight,
    fieldWrong,
    achievementsAsTargets,
  };
}

/** Groups whose records found do not all carry one non-null key. */
export function splitGroups(groups: Groups, records: readonly TargetRecord[]): { name: string; keys: (string | null)[] }[] {
  const out: { name: string; keys: (string | null)[] }[] = [];
  for (const g of groups) {
    const keys = g.records.map((r) => find(records, r.plan, r, new Set())?.key ?? null);
    if (keys.some((k) => k === null) || new Set(keys).size > 1) out.push({ name: g.name, keys });
  }
  return out;
}

export interface Totals {
  gold: number;
  found: number;
  extracted: number;
  precision: number;
  recall: number;
  field: Record<Field, number>;
  achievementsAsTargets: number;
}

export function totals(scores: readonly PlanScore[]): Totals {
  const sum = (f: (s: PlanScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const found = sum((s) => s.found);
  const extracted = sum((s) => s.extracted);
  return {
    gold: sum((s) => s.gold),
    found,
    extracted,
    precision: extracted === 0 ? 1 : (extracted - sum((s) => s.falsePositives.length)) / extracted,
    recall:
      found /
      Math.max(
        1,
        sum((s) => s.gold),
      ),
    field: Object.fromEntries(FIELDS.map((f) => [f, sum((s) => s.fieldRight[f]) / Math.max(1, found)])) as Record<Field, number>,
    achievementsAsTargets: sum((s) => s.achievementsAsTargets.length),
  };
}
