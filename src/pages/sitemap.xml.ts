/**
 * sitemap.xml: every page in both scripts, each with its other-script alternate. The sitemap
 * protocol wants absolute URLs: without SITE_URL it lists none. Passage pages are left out:
 * their canonical is their plan's #id.
 */
import type { APIRoute } from 'astro';
import { allPlans } from '../build/plans.ts';
import { relatedPaths } from '../build/related/site.ts';
import { pagedIndicators } from '../build/targets-pages.ts';
import { absolute, pageUrl } from '../lib/paths.ts';
import { LANG, SCRIPTS } from '../lib/script.ts';

const paths = [
  '',
  'about/',
  'data/',
  'search/',
  'compare/',
  ...allPlans.map((p) => `plans/${p.entry.slug}/`),
  ...relatedPaths(),
  'targets/',
  ...pagedIndicators().map((i) => `targets/${i.key}/`),
];

export const GET: APIRoute = ({ site }) => {
  const abs = (script: (typeof SCRIPTS)[number], path: string) => absolute(pageUrl(script, path), site);
  const urls = (site ? paths : []).flatMap((path) =>
    SCRIPTS.map(
      (script) => `  <url>
    <loc>${abs(script, path)}</loc>
${SCRIPTS.map((s) => `    <xhtml:link rel="alternate" hreflang="${LANG[s]}" href="${abs(s, path)}"/>`).join('\n')}
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
