/**
 * /data/related/<slug>.json: one plan's relations with their scores (open data; also loaded by
 * the plan page on demand). Served here under `astro dev`; a build writes them after Astro,
 * plan by plan, with the section pages (src/build/section/write-task.ts).
 */
import type { APIRoute } from 'astro';
import { allPlans } from '../../../build/plans.ts';
import { relatedFile } from '../../../build/related/site.ts';

export const getStaticPaths = () => (import.meta.env.DEV ? allPlans.map((p) => ({ params: { slug: p.entry.slug } })) : []);

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(relatedFile(String(params.slug))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
