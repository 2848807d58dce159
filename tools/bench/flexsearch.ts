/**
 * `node tools/bench/flexsearch.ts`: what FlexSearch costs on the search's text path
 * (src/lib/search/passage-index.ts), on the five real plans: the bytes of its light build, the
 * time to index a plan's passages, and a one-character query answered through its candidates
 * (then verified) against a plain scan of every passage. Prints a small table.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildSearchFiles } from '../../src/build/search-index.ts';
import { matchPassage } from '../../src/lib/search/match.ts';
import { Normaliser, parseFoldTable } from '../../src/lib/search/normalise.ts';
import { PassageIndex } from '../../src/lib/search/passage-index.ts';
import { realPlans } from './synthetic-corpus.ts';

const plans = realPlans();
const norm = new Normaliser(parseFoldTable(buildSearchFiles(plans).fold));
const light = readFileSync('node_modules/flexsearch/dist/flexsearch.light.module.min.js');
console.log(`FlexSearch light build: ${(light.length / 1024).toFixed(1)} KB, ${(gzipSync(light).length / 1024).toFixed(1)} KB gzipped`);

const time = (f: () => void, n = 20) => {
  f();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) f();
  return (performance.now() - t0) / n;
};
const QUERIES = [['的'], ['髮'], ['港'], ['经济', '的']];
console.log('| plan | passages | index (ms) | query through FlexSearch + verify (ms) | scan every passage (ms) |');
console.log('|---|---|---|---|---|');
for (const p of plans) {
  const texts = p.records.map((r) => norm.text(r.text.hans));
  const build = time(() => new PassageIndex(texts), 5);
  const index = new PassageIndex(texts);
  const viaFlex = time(() => {
    for (const q of QUERIES) for (const k of index.candidates(q)) matchPassage(texts[k], q);
  });
  const scan = time(() => {
    for (const q of QUERIES) for (const t of texts) matchPassage(t, q);
  });
  console.log(`| ${p.entry.slug} | ${texts.length} | ${build.toFixed(1)} | ${(viaFlex / QUERIES.length).toFixed(2)} | ${(scan / QUERIES.length).toFixed(2)} |`);
}
