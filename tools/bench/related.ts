/**
 * Related passages, measured (issue 13; results in docs/RELATED.md):
 *   node tools/bench/related.ts quality   precision/recall against tests/fixtures/related/gold.yaml, per variant and per other plan
 *   node tools/bench/related.ts scale     time and memory of the whole computation at 5, 100 and 1,000 synthetic plans
 */
import { type Gold, evaluate, readGold, type Scores } from '../../src/build/related/gold.ts';
import { computeRelated, DEFAULTS, type RelatedOptions } from '../../src/build/related/index.ts';
import type { PlanData } from '../../src/lib/plan-data.ts';
import { realPlans, syntheticPlans } from './synthetic-corpus.ts';

const pct = (x: number) => `${(100 * x).toFixed(1)}`;

function score(plans: readonly PlanData[], gold: Gold, o: RelatedOptions) {
  const related = computeRelated(plans, o);
  const files = new Map(plans.map((p) => [p.entry.slug, new Map(related.file(p.entry.slug).passages.map((x) => [x.id, x.related]))]));
  return evaluate(gold, (slug, id) =>
    files
      .get(slug)
      ?.get(id)
      ?.map((r) => ({ slug: r.plan, id: r.id })),
  );
}

const row = (name: string, s: Scores) =>
  `| ${name} | ${s.queries} | ${pct(s.precision1)} | ${pct(s.precision3)} | ${pct(s.recall1)} | ${pct(s.recall3)} | ${pct(s.hit3)} |`;

function quality(): void {
  const plans = realPlans();
  const gold = readGold('tests/fixtures/related/gold.yaml');
  const w = DEFAULTS.weights;
  const exact = { ...DEFAULTS.search, queryTerms: 0, postingLimit: 1e9 };
  const variants: [string, RelatedOptions][] = [
    ['raw term frequency, no IDF (baseline)', { ...DEFAULTS, weights: { ...w, weighting: 'tf', headingBoost: 0, maxTerms: 0 }, search: exact }],
    ['TF-IDF bigrams, no heading boost, exact', { ...DEFAULTS, weights: { ...w, headingBoost: 0, maxTerms: 0 }, search: exact }],
    ['TF-IDF bigrams, heading ×3, exact', { ...DEFAULTS, weights: { ...w, maxTerms: 0 }, search: exact }],
    ['TF-IDF bigrams, heading ×3, chapter ×1, exact', { ...DEFAULTS, weights: { ...w, chapterBoost: 1, maxTerms: 0 }, search: exact }],
    ['TF-IDF bi+trigrams, heading ×3, exact', { ...DEFAULTS, weights: { ...w, grams: [2, 3], maxTerms: 0 }, search: exact }],
    ['BM25 bigrams, no heading boost, exact', { ...DEFAULTS, weights: { ...w, weighting: 'bm25', headingBoost: 0, maxTerms: 0 }, search: exact }],
    ['BM25 bigrams, heading ×3, exact', { ...DEFAULTS, weights: { ...w, weighting: 'bm25', maxTerms: 0 }, search: exact }],
    ['TF-IDF bigrams, heading ×3, targets incl. sections holding articles', { ...DEFAULTS, weights: { ...w, maxTerms: 0 }, search: exact, allTargets: true }],
    ['chosen: TF-IDF bigrams, heading ×3, pruned (256 terms/passage, 48 query terms, 128 postings/term)', DEFAULTS],
  ];
  console.log('| variant | queries | P@1 | P@3 | R@1 | R@3 | hit@3 |\n|---|---|---|---|---|---|---|');
  for (const [name, o] of variants) console.log(row(name, score(plans, gold, o).all));
  console.log('\nChosen method, per other plan:\n\n| other plan | queries | P@1 | P@3 | R@1 | R@3 | hit@3 |\n|---|---|---|---|---|---|---|');
  const chosen = score(plans, gold, DEFAULTS);
  for (const [slug, s] of [...chosen.perPlan].sort()) console.log(row(slug, s));
  console.log(row('all', chosen.all));
}

function scale(): void {
  const real = realPlans();
  console.log('| plans | passages | shared pairs | wall (s) | CPU (s) | heap used (MB) | max RSS (MB) |\n|---|---|---|---|---|---|---|');
  for (const n of [5, 100, 1000]) {
    const plans = syntheticPlans(real, n);
    globalThis.gc?.();
    const t = performance.now();
    const cpu = process.cpuUsage();
    const related = computeRelated(plans);
    const seconds = (performance.now() - t) / 1000;
    const used = process.cpuUsage(cpu);
    const heap = process.memoryUsage().heapUsed / 2 ** 20;
    const maxRss = process.resourceUsage().maxRSS / 1024;
    const cells = [
      n,
      related.passages.length,
      related.pairs.size,
      seconds.toFixed(1),
      ((used.user + used.system) / 1e6).toFixed(1),
      heap.toFixed(0),
      maxRss.toFixed(0),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
}

const mode = process.argv[2];
if (mode === 'quality') quality();
else if (mode === 'scale') scale();
else {
  console.error('usage: node tools/bench/related.ts quality|scale');
  process.exit(2);
}
