/**
 * `npm run bench:targets`: the targets extraction against the hand-checked gold set
 * (tests/fixtures/targets/, docs/TARGETS.md): precision and recall per plan, each field's
 * accuracy over the records found, achievements listed as targets, indicators whose records
 * do not share one key, and (with --verbose) every miss, false positive and wrong field.
 */
import { ingestAll } from '../../ingest/run.ts';
import { FIELDS, loadGold, scorePlan, splitGroups, totals } from './targets-eval.ts';

const verbose = process.argv.includes('--verbose');
const records = ingestAll('seeds').flatMap((p) => p.targets);
const { plans, groups } = loadGold();
const scores = plans.map((g) => scorePlan(g, records));
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

console.log(`plan                        gold found extracted  precision recall  ${FIELDS.join(' ')}`);
for (const s of scores) {
  const precision = s.extracted === 0 ? 1 : (s.extracted - s.falsePositives.length) / s.extracted;
  const fields = FIELDS.map((f) => pct(s.fieldRight[f] / Math.max(1, s.found)).padStart(f.length)).join(' ');
  console.log(
    `${s.plan.padEnd(27)} ${String(s.gold).padStart(4)} ${String(s.found).padStart(5)} ${String(s.extracted).padStart(9)}  ${pct(precision).padStart(9)} ${pct(s.found / Math.max(1, s.gold)).padStart(6)}  ${fields}`,
  );
}
const t = totals(scores);
console.log(
  `${'all'.padEnd(27)} ${String(t.gold).padStart(4)} ${String(t.found).padStart(5)} ${String(t.extracted).padStart(9)}  ${pct(t.precision).padStart(9)} ${pct(t.recall).padStart(6)}  ${FIELDS.map((f) => pct(t.field[f]).padStart(f.length)).join(' ')}`,
);
console.log(`achievements listed as targets: ${t.achievementsAsTargets}`);
const split = splitGroups(groups, records);
console.log(`indicator groups sharing one key: ${groups.length - split.length} of ${groups.length}`);
for (const g of split) console.log(`  split: ${g.name}: ${g.keys.map(String).join(', ')}`);
if (verbose) {
  for (const s of scores) {
    for (const m of s.missed) console.log(`  missed ${s.plan} ${m.id}${m.row ? ` row ${m.row}` : ''} ${m.indicator} ${m.value ?? m.low}`);
    for (const r of s.falsePositives)
      console.log(`  false positive ${s.plan} ${r.id}${r.row ? ` row ${r.row}` : ''} ${r.indicator} ${r.value ?? r.low}${r.unit ?? ''}`);
    for (const f of FIELDS)
      for (const w of s.fieldWrong[f])
        console.log(`  wrong ${f} ${s.plan} ${w.gold.id} ${w.gold.indicator}: gold ${String(w.gold[f])}, got ${String(w.got[f])}`);
    for (const r of s.achievementsAsTargets) console.log(`  achievement as target ${s.plan} ${r.id} ${r.indicator} ${r.value}`);
  }
}
