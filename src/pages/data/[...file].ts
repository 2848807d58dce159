/** The open-data files under data/ (src/build/open-data/, documented on /zh-hans/data/ and in docs/DATA.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { builtOpenData } from '../../build/open-data/files.ts';
import { allPlanData } from '../../build/plans.ts';

const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export const getStaticPaths = (() => [...builtOpenData(allPlanData()).keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const body = builtOpenData(allPlanData()).get(params.file ?? '');
  if (body === undefined) return new Response('not found', { status: 404 });
  return new Response(body, { headers: { 'content-type': TYPES[params.file?.split('.').pop() ?? ''] ?? 'application/octet-stream' } });
};
