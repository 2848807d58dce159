/** robots.txt: everything may be indexed; names the sitemap where SITE_URL gives its absolute URL. */
import type { APIRoute } from 'astro';
import { absolute, asset } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absolute(asset('sitemap.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
