/** The search's static files under search/ (see src/build/search-index.ts): manifest, fold table, shards. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allPlanData } from '../../build/plans.ts';
import { buildSearchFiles } from '../../build/search-index.ts';

export const getStaticPaths = (() =>
  [...buildSearchFiles(allPlanData()).files.keys()].map((name) => ({ params: { file: name.replace(/\.json$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const body = buildSearchFiles(allPlanData()).files.get(`${params.file}.json`);
  if (body === undefined) return new Response('not found', { status: 404 });
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
