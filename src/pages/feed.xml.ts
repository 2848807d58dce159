/** /feed.xml: the simplified-script feed of plans added, for readers who try the site root (src/build/feed.ts). */
import type { APIRoute } from 'astro';
import { allPlans } from '../build/plans.ts';
import { atomFeed } from '../build/feed.ts';
import { sitePaths } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(atomFeed({ script: 'hans', plans: allPlans, paths: sitePaths, site }), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
