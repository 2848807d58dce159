/**
 * Related passages, measured (issue 13; results in docs/RELATED.md):
 *   node tools/bench/related.ts quality   precision/recall against tests/fixtures/related/gold.yaml, per variant and per other plan
 *   node tools/bench/related.ts scale     time and memory of the whole computation at 5, 100 and 1,000 synthetic plans
 *   node tools/bench/related.ts pairs [rows]  the plan-pair alignment against tests/fixtures/related/pairs-gold.yaml
 *   node tools/bench/related.ts pages [seeds-dir]   section pages and the pairs they draw, for a seeds folder
 *                                         (tools/bench/synthetic-seeds.ts makes one of any size)
 */
import { evaluateRelated, type Gold, readGold, type Scores } from '../../src/build/related/gold.ts';
import { FULL_PAIRS } from '../../src/build/related/drawn.ts';
import { computeRelated, DEFAULTS, type RelatedOptions } from '../../src/build/related/index.ts';
import { readPairsGold, scorePairs } from '../../src/build/related/pairs-gold.ts';
import { likelyPairs } from '../../src/build/related/plan-pairs.ts';
import { planTree } from '../../src/build/open-data/tree.ts';
import { passages } from '../../src/build/section/passage.ts';
import { alignPlans, PAIR_THRESHOLDS } from '../../src/lib/related/plan-align.ts';
import { planUnits } from '../../src/lib/related/plan-units.ts';
import type { PlanData } from '../../src/lib/plan-data.ts';
import { realPlans, syntheticPlans } from './synthetic-corpus.ts';

const pct = (x: number) => `${(100 * x).toFixed(1)}`;

function score(plans: readonly PlanData[], gold: Gold, o: RelatedOptions) {
  return evaluateRelated(gold, computeRelated(plans, o));
}

const row = (name: string, s: Scores) =>
  `| ${name} | ${s.queries} | ${pct(s.precision1)} | ${pct(s.precision3)} | ${pct(s.recall1)} | ${pct(s.recall3)} | ${pct(s.hit3)} | ${pct(s.linked)} |`;
const HEAD = '| variant | queries | P@1 | P@3 | R@1 | R@3 | hit@3 | linked |\n|---|---|---|---|---|---|---|---|';

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
    [
      'TF-IDF bigrams, heading ×3, sections holding articles ranked with the precise passages',
      { ...DEFAULTS, weights: { ...w, maxTerms: 0 }, search: exact, allTargets: true },
    ],
    ['chosen: TF-IDF bigrams, heading ×3, pruned (256 terms/passage, 48 query terms, 128 postings/term)', DEFAULTS],
  ];
  const only = process.argv[3] === 'chosen';
  console.log(HEAD);
  for (const [name, o] of only ? variants.slice(-1) : variants) console.log(row(name, score(plans, gold, o).all));
  console.log(`\nChosen method, per other plan:\n\n${HEAD.replace('variant', 'other plan')}`);
  const chosen = score(plans, gold, DEFAULTS);
  for (const [slug, s] of [...chosen.perPlan].sort()) console.log(row(slug, s));
  console.log(row('all', chosen.all));
  // Chapter-level themes (issue 19): a chapter's list is its own (its whole text scored as a unit).
  const chapters = readGold('tests/fixtures/related/chapters.yaml');
  console.log(`\nChapter-level themes (tests/fixtures/related/chapters.yaml), chosen method:\n\n${HEAD.replace('variant', 'other plan')}`);
  const byChapter = score(plans, chapters, DEFAULTS);
  for (const [slug, s] of [...byChapter.perPlan].sort()) console.log(row(slug, s));
  console.log(row('all', byChapter.all));
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
      related.shared.length,
      seconds.toFixed(1),
      ((used.user + used.system) / 1e6).toFixed(1),
      heap.toFixed(0),
      maxRss.toFixed(0),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
}

/** What the pairs cost the pages: they are drawn on the section pages (two per passage), not on pages of their own. */
function pages(seeds: string): void {
  const plans = realPlans(seeds);
  const related = computeRelated(plans);
  let withPairs = 0;
  let drawn = 0;
  let beyond = 0;
  let most = 0;
  let listed = 0;
  for (const p of related.passages) {
    const views = related.sharedOf(plans[p.plan].entry.slug, p.id);
    const d = views.filter((v) => v.drawn).length;
    if (views.length > 0) withPairs++;
    drawn += d;
    beyond += Math.max(0, d - FULL_PAIRS);
    most = Math.max(most, d);
    listed += views.length - d;
  }
  const sections = plans.reduce((n, p) => n + passages(p).length, 0);
  console.log(
    '| plans | section pages (both scripts) | related pages (both scripts) | per-pair pages it replaces | pairs | passages with pairs | pairs drawn in full | of them beyond the 5 | most drawn on one page | pairs only listed |\n|---|---|---|---|---|---|---|---|---|---|',
  );
  const cells = [
    plans.length,
    2 * sections,
    // the index, the pair view, and a redirect per precomputed pair (the old /related/<a>/<b>/ URLs)
    2 * (2 + likelyPairs(plans.map((p) => p.entry)).length),
    2 * related.shared.length,
    related.shared.length,
    withPairs,
    drawn,
    beyond,
    most,
    listed,
  ];
  console.log(`| ${cells.map((c) => c.toLocaleString('en')).join(' | ')} |`);
}

/** The plan-pair alignment against the hand-labelled sample (tests/fixtures/related/pairs-gold.yaml). */
function pairs(): void {
  const gold = readPairsGold('tests/fixtures/related/pairs-gold.yaml');
  const plans = new Map(realPlans().map((p) => [p.entry.slug, p]));
  const units = (slug: string) => {
    const plan = plans.get(slug);
    if (!plan) throw new Error(`no plan ${slug}`);
    return planUnits(planTree(plan).blocks);
  };
  const [a, b] = [units(gold.a), units(gold.b)];
  const t = performance.now();
  // PAIR_T='{"minGain":1.2}' tries other thresholds (how PAIR_THRESHOLDS were chosen).
  const rows = alignPlans(a, b, { ...PAIR_THRESHOLDS, ...JSON.parse(process.env.PAIR_T ?? '{}') });
  const ms = performance.now() - t;
  const s = scorePairs(gold, rows);
  console.log(`${gold.a} → ${gold.b}: ${a.length} × ${b.length} units aligned in ${ms.toFixed(0)} ms (unthrottled)\n`);
  console.log('| gold class | labelled | agreed | agreement |\n|---|---|---|---|');
  for (const [c, x] of Object.entries(s.perClass)) console.log(`| ${c} | ${x.labelled} | ${x.agreed} | ${pct(x.agreement)} |`);
  console.log(`\ncounterpart right: ${s.counterpart.right} of ${s.counterpart.labelled} (${pct(s.counterpart.accuracy)} %)`);
  const counts = { taken: 0, rewritten: 0, new: 0, dropped: 0 };
  for (const r of rows) counts[r.class]++;
  console.log(`classes over all rows: ${JSON.stringify(counts)}`);
  if (process.argv[3] === 'rows') {
    const byB = new Map(gold.pairs.map((g) => [g.b, g]));
    for (const r of rows) {
      const g = r.b ? byB.get(r.b) : undefined;
      const flag = g ? (g.class === r.class ? '' : ` ✗ gold ${g.class}`) + (g.a.length && !g.a.includes(r.a ?? '') ? ` ✗ gold a ${g.a}` : '') : '';
      console.log(`${r.b ?? '-'} ← ${r.a ?? '-'} ${r.class} ${r.similarity} shared ${r.shared.reduce((n, x) => n + x[1] - x[0], 0)}${flag}`);
    }
  }
}

const mode = process.argv[2];
if (mode === 'quality') quality();
else if (mode === 'scale') scale();
else if (mode === 'pages') pages(process.argv[3] ?? 'seeds');
else if (mode === 'pairs') pairs();
else {
  console.error('usage: node tools/bench/related.ts quality [chosen]|scale|pages [seeds-dir]|pairs [rows]');
  process.exit(2);
}
