/**
 * The open-data files under data/ (src/build/open-data/, documented on /zh-hans/data/ and in
 * docs/DATA.md): the catalog and each plan's files, made one plan at a time as they are
 * written. corpus.jsonl is written after the build (src/build/open-data/integration.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { builtPlanFile, catalogFile, dataFile, planFileNames } from '../../build/open-data/files.ts';
import type { PlanData } from '../../lib/plan-data.ts';
import { allPlanData } from '../../build/plans.ts';

const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export const getStaticPaths = (() => [
  { params: { file: dataFile.catalog }, props: {} },
  ...allPlanData().flatMap((plan) => planFileNames(plan).map((file) => ({ params: { file }, props: { plan } }))),
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const { plan } = props as { plan?: PlanData };
  const body = plan ? builtPlanFile(plan, params.file ?? '') : catalogFile(allPlanData());
  if (body === undefined) return new Response('not found', { status: 404 });
  return new Response(body, { headers: { 'content-type': TYPES[params.file?.split('.').pop() ?? ''] ?? 'application/octet-stream' } });
};
