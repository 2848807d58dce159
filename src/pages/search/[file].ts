/** The search's static files under search/ (see src/build/search-index.ts): JSON, and the directory's binary chunks. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allPlanData } from '../../build/plans.ts';
import { buildSearchFiles } from '../../build/search-index.ts';

export const getStaticPaths = (() => [...buildSearchFiles(allPlanData()).files.keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const body = buildSearchFiles(allPlanData()).files.get(params.file ?? '');
  if (body === undefined) return new Response('not found', { status: 404 });
  const type = typeof body === 'string' ? 'application/json; charset=utf-8' : 'application/octet-stream';
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'content-type': type } });
};
