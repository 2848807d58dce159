/**
 * The import-cycle check of `npm run lint`, over ingest/, src/ and tools/ (type-only imports
 * count: they tie the files together as much as any). madge reads the imports (TypeScript's own
 * parser, so an import in a comment is not one); this fails on any cycle between files, and on
 * any cycle between rooms (ingest, src/build, src/lib, src/client, src/pages, src/components,
 * src/layouts, tools) other than the known one listed below, which needs files moved to go away
 * (docs/ARCHITECTURE.md, "Where code runs: one folder each"): a new edge back across it fails here.
 */
// @ts-expect-error: madge ships no types; its API is madge(paths, config) → { circular(), obj() }.
import madge from 'madge';

/** The one folder cycle left, edge by edge: the corpus-wide steps (src/build) write with ingest/write.ts, and the ingestion converts and compiles with src/build. */
const KNOWN: ReadonlySet<string> = new Set([
  'ingest/emit-data.ts → src/build/convert.ts',
  'ingest/run.ts → src/build/mdx-compile.ts',
  'ingest/targets/stage.ts → src/build/convert.ts',
  'src/build/plans.ts → ingest/report.ts',
  'src/build/related/stored.ts → ingest/write.ts',
  'src/build/search-cache.ts → ingest/module-graph.ts',
  'src/build/search-cache.ts → ingest/write.ts',
  'src/build/search-files.ts → ingest/write.ts',
]);

const room = (file: string): string => (file.startsWith('src/') ? file.split('/').slice(0, 2).join('/') : (file.split('/')[0] ?? file));

const graph = await madge(['ingest', 'src', 'tools'], {
  fileExtensions: ['ts', 'mjs'],
  excludeRegExp: [/^src\/generated/, /node_modules/],
  tsConfig: 'tsconfig.json',
});
const files = graph.circular() as string[][];
const deps = graph.obj() as Record<string, string[]>;

// Rooms reach each other through these edges; a cycle of rooms is a pair reaching each other.
const edges = Object.entries(deps).flatMap(([from, tos]) => tos.filter((to) => room(to) !== room(from)).map((to) => [from, to] as const));
const reaches = new Map<string, Set<string>>();
for (const [from, to] of edges) reaches.set(room(from), (reaches.get(room(from)) ?? new Set()).add(room(to)));
const reachable = (from: string, to: string): boolean => {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const r = queue.pop() as string;
    if (r === to) return true;
    if (seen.has(r)) continue;
    seen.add(r);
    queue.push(...(reaches.get(r) ?? []));
  }
  return false;
};
const back = edges.filter(([from, to]) => reachable(room(to), room(from))).map(([from, to]) => `${from} → ${to}`);
const unknown = back.filter((e) => !KNOWN.has(e));
const gone = [...KNOWN].filter((e) => !back.includes(e));

for (const cycle of files) console.error(`import cycle between files: ${[...cycle, cycle[0]].join(' → ')}`);
for (const e of unknown)
  console.error(`import edge closing a cycle between folders: ${e} (break it, or see docs/ARCHITECTURE.md "Where code runs: one folder each")`);
for (const e of gone) console.error(`tools/cycles.ts: the known edge ${e} is gone: take it out of KNOWN`);
if (files.length + unknown.length + gone.length > 0) process.exit(1);
console.log(`cycles: none between files (${Object.keys(deps).length} modules); between folders only the known ingest ↔ src/build edges (${KNOWN.size})`);
