/** The Atom feed of plans added, in the page's script (src/build/feed.ts). */
import type { APIRoute } from 'astro';
import { allPlans } from '../../build/plans.ts';
import { atomFeed } from '../../build/feed.ts';
import { sitePaths } from '../../lib/paths.ts';
import type { Script } from '../../lib/plan-types.ts';
import { scriptPaths } from '../../lib/static-paths.ts';

export const getStaticPaths = scriptPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(atomFeed({ script: (props as { script: Script }).script, plans: allPlans, paths: sitePaths, site }), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
