/** robots.txt: everything may be indexed; points to the sitemap. */
import type { APIRoute } from 'astro';
import { absolute, asset } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(asset('sitemap.xml'), site)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
