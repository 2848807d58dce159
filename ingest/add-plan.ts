/**
 * `npm run add-plan <file>`: read a new plan (text, web page or PDF), print the structure the
 * ingestion finds in it and anything doubtful, and write a draft catalog entry drafted from
 * the document's own front matter (each value with the line it came from) to build/drafts/,
 * for the person to check and add to seeds/catalog.yaml. Nothing is added to the catalog here.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { CatalogEntry } from '../src/lib/catalog-schema.ts';
import { draftEntry, draftYaml } from './front-matter.ts';
import { ingestPlan } from './pipeline.ts';
import { formatProblem, IngestError } from './problems.ts';
import { readSource } from './read/index.ts';
import { writeFileAtomically } from './write.ts';

/** The script the text is written in: whichever conversion changes fewer of its characters. */
function scriptOf(text: string): 'hans' | 'hant' {
  const sample = text.slice(0, 20_000);
  const changed = (to: string) => [...to].filter((ch, i) => ch !== [...sample][i]).length;
  const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' })(sample);
  const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' })(sample);
  return changed(toHans) > changed(toHant) ? 'hant' : 'hans';
}

function main(path: string | undefined): number {
  if (!path) {
    console.error('usage: npm run add-plan <file>   (a .txt, .html/.htm or .pdf file, best already copied into seeds/)');
    return 2;
  }
  const bytes = readFileSync(path);
  const source = readSource(bytes, path);
  const script = scriptOf(source.lines.map((l) => l.text).join('\n'));
  const draft = draftEntry(source.lines, basename(path), script, source.savedFrom);
  // The stages read only the slug, the overrides and the editorial remark of an entry; the
  // rest is what this command drafts, so the structure is found with the entry still open.
  const provisional: Pick<CatalogEntry, 'slug' | 'file' | 'script'> = { slug: 'draft', file: basename(path), script };
  console.log(`${path}: ${source.format}, ${source.encoding}, ${source.lines.length} lines of text`);
  const doubtful = [...draft.doubts];
  try {
    const plan = ingestPlan(provisional as CatalogEntry, bytes, path);
    console.log(
      `structure: ${Object.entries(plan.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    const byRule = new Map<string, number>();
    for (const s of plan.setAside) byRule.set(s.rule, (byRule.get(s.rule) ?? 0) + 1);
    console.log(`set aside: ${plan.setAside.length} line(s)`);
    for (const [rule, n] of byRule) console.log(`  ${n} × ${rule}`);
    doubtful.push(...plan.problems.map(formatProblem));
  } catch (e) {
    // The draft is still useful when the plan needs more (a curated table, an override).
    if (!(e instanceof IngestError)) throw e;
    console.log('the plan does not ingest yet:');
    doubtful.push(...e.problems.map(formatProblem));
  }
  if (doubtful.length > 0) {
    console.log('look at:');
    for (const d of doubtful) console.log(`  ${d}`);
  }
  const out = join('build', 'drafts', `${basename(path).replace(/\.[^.]+$/, '')}.yaml`);
  const yaml = draftYaml(draft, path);
  writeFileAtomically(out, yaml);
  console.log(`\ndraft catalog entry (${out}):\n\n${yaml}`);
  return 0;
}

try {
  process.exitCode = main(process.argv[2]);
} catch (e) {
  if (!(e instanceof IngestError)) throw e;
  for (const p of e.problems) console.error(formatProblem(p));
  process.exitCode = 1;
}
