/**
 * The open-data files under data/ (src/build/open-data/, documented on /zh-hans/data/ and in
 * docs/DATA.md): the catalog, and under `astro dev` each plan's files. A build lists the catalog
 * only: each plan's files are written after Astro, beside its section pages, by worker threads
 * (src/build/section/write-task.ts), with the same functions. corpus.jsonl is written after
 * the build (src/build/open-data/integration.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogFile, dataFile, planFileNames, planFiles } from '../../build/open-data/files.ts';
import { allPlans, loadPlan } from '../../build/plans.ts';
import { readGenerated } from '../../build/generated.ts';
import { targetsCsv, targetsJson } from '../../build/open-data/targets.ts';
import type { TargetsFile } from '../../lib/targets/types.ts';

const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export const getStaticPaths = (() => [
  { params: { file: dataFile.catalog }, props: {} },
  { params: { file: dataFile.targets }, props: {} },
  { params: { file: dataFile.targetsCsv }, props: {} },
  ...(import.meta.env.DEV ? allPlans.flatMap((plan) => planFileNames(plan).map((file) => ({ params: { file }, props: { slug: plan.entry.slug } }))) : []),
]) satisfies GetStaticPaths;

/** A corpus-wide file: the catalog, or the targets (from the ingestion's src/generated/targets.json). */
function corpusFile(file: string): string {
  if (file === dataFile.targets) return targetsJson(readGenerated<TargetsFile>('targets.json'));
  if (file === dataFile.targetsCsv) return targetsCsv(readGenerated<TargetsFile>('targets.json'));
  return catalogFile(allPlans);
}

export const GET: APIRoute = ({ params, props }) => {
  const { slug } = props as { slug?: string };
  const body = slug ? planFiles(loadPlan(slug)).get(params.file ?? '') : corpusFile(params.file ?? '');
  if (body === undefined) return new Response('not found', { status: 404 });
  return new Response(body, { headers: { 'content-type': TYPES[params.file?.split('.').pop() ?? ''] ?? 'application/octet-stream' } });
};
