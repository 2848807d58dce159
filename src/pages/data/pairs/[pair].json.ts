/**
 * /data/pairs/<a>--<b>.json: a precomputed plan pair aligned section to section (open data,
 * docs/DATA.md; also what the pair view loads). Written by the related step of `npm run ingest`.
 */
import type { APIRoute } from 'astro';
import { pairData, precomputedPairs } from '../../../build/related/site.ts';

export const getStaticPaths = () => precomputedPairs().map(([a, b]) => ({ params: { pair: `${a}--${b}` }, props: { a, b } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(pairData(String(props.a), String(props.b))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
