/** A corpus-wide step's failure names the plan it was working on (src/build/corpus-step.ts, issue 22). */
import { describe, expect, it } from 'vitest';
import { forPlan, PlanFailure, tracked } from '../../src/build/corpus-step.ts';
import { computeRelated } from '../../src/build/related/index.ts';
import type { PlanData } from '../../src/lib/plan-data.ts';
import { loadPlan, allPlans } from '../../src/build/plans.ts';

describe('a corpus step that fails', () => {
  it('names the plan whose data it could not take', () => {
    const plans = allPlans.map((p) => loadPlan(p.entry.slug));
    const broken = { ...plans[1], records: undefined } as unknown as PlanData;
    expect(() => computeRelated([plans[0], broken, ...plans.slice(2)])).toThrow(
      new RegExp(`^plan "${plans[1].entry.slug}" \\(seed ${plans[1].entry.file}\\): `),
    );
  });

  it('gives every plan a relations file, those without passages an empty one', () => {
    const plans = allPlans.map((p) => loadPlan(p.entry.slug));
    const bare = { ...plans[0], entry: { ...plans[0].entry, slug: 'bare-14-outline' }, outline: [], records: plans[0].records.slice(0, 2) };
    const related = computeRelated([...plans, bare]);
    expect(related.file('bare-14-outline').passages).toEqual([]);
    expect(() => related.file('nowhere-14-outline')).toThrow(/no plan "nowhere-14-outline"/);
  });

  it('keeps a PlanFailure as it is when nested, and tracks the plan a pass is on', () => {
    const inner = new PlanFailure({ slug: 'a-14-b' }, new Error('x'));
    expect(() =>
      forPlan({ slug: 'c-14-d' }, () => {
        throw inner;
      }),
    ).toThrow(inner);
    const t = tracked(() => [{ entry: { slug: 'one-14-x' } }, { entry: { slug: 'two-14-x' } }]);
    const seen: string[] = [];
    for (const p of t.source()) seen.push(`${p.entry.slug}:${t.current()?.slug}`);
    expect(seen).toEqual(['one-14-x:one-14-x', 'two-14-x:two-14-x']);
  });
});
