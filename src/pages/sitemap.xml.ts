/** sitemap.xml: every page in both scripts, each with its other-script alternate. */
import type { APIRoute } from 'astro';
import { allPlans } from '../build/plans.ts';
import { PREFIX } from '../lib/script.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const paths = ['', 'about/', 'search/', 'compare/', ...allPlans.map((p) => `plans/${p.entry.slug}/`)];

export const GET: APIRoute = ({ site }) => {
  const abs = (p: string) => new URL(`${base}${p}`, site).href;
  const urls = paths.flatMap((path) =>
    (['hans', 'hant'] as const).map(
      (script) => `  <url>
    <loc>${abs(`${PREFIX[script]}/${path}`)}</loc>
    <xhtml:link rel="alternate" hreflang="zh-Hans" href="${abs(`zh-hans/${path}`)}"/>
    <xhtml:link rel="alternate" hreflang="zh-Hant" href="${abs(`zh-hant/${path}`)}"/>
  </url>`,
    ),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
