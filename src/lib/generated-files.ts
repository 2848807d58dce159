/**
 * The layout of src/generated/ (git-ignored), described once: every file and folder the
 * ingestion and its corpus-wide steps write there, by path below it, as open data's dataFile
 * spells /data/. The writers (ingest/run.ts, src/build/related/stored.ts, src/build/search-files.ts)
 * and the readers (src/build/generated.ts, plans.ts, plan-mdx.ts, related/site.ts, search-output.ts)
 * name files only through this map. Pure strings, so the ingestion and the build share it
 * without importing each other.
 */
export const generatedFile = {
  /** A plan's MDX (for reading), and the same compiled to a module that pages run. */
  mdx: (slug: string) => `plans/${slug}.mdx`,
  compiledMdx: (slug: string) => `plans/${slug}.mdx.js`,
  /** A plan's data (a PlanData): catalog entry, counts, outline, tables, text records. */
  dataDir: 'data',
  data: (slug: string) => `data/${slug}.json`,
  /** A plan's entry of the ingestion report, and the whole report. */
  report: (slug: string) => `reports/${slug}.json`,
  ingestReport: 'ingest-report.json',
  /** The catalogue rows of every plan ({ plans: PlanSummary[] }). */
  summaries: 'summaries.json',
  /** Every plan's targets (a TargetsFile, the shape of /data/targets.json). */
  targets: 'targets.json',
  /** Related passages (src/build/related/stored.ts): a PlanRelations per plan, each precomputed plan pair's alignment (a PairFile, /data/pairs/), and their list. */
  relatedDir: 'related',
  related: (slug: string) => `related/${slug}.json`,
  pairsDir: 'related/pairs',
  pair: (a: string, b: string) => `related/pairs/${a}--${b}.json`,
  pairList: 'related/pairs.json',
  /** The search files (src/build/search-files.ts), and the names of the manifest and fold table. */
  searchDir: 'search',
  searchNames: 'search.json',
} as const;

/** A path of the map below one of its folders: related/x.json → x.json below related/. */
export const within = (folder: string, path: string): string => {
  if (!path.startsWith(`${folder}/`)) throw new Error(`generated-files: ${path} is not below ${folder}/`);
  return path.slice(folder.length + 1);
};
