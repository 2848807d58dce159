/** One plan's ingestion summary: its counts, every set-aside line's number, role and rule, its warnings. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allPlans, loadReport } from '../../build/plans.ts';

export const getStaticPaths = (() => allPlans.map(({ entry }) => ({ params: { slug: entry.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const r = loadReport(params.slug as string);
  const summary = {
    slug: r.slug,
    file: r.file,
    encoding: r.encoding,
    counts: r.counts,
    charCount: r.charCount,
    setAside: r.setAside.map((s) => ({ line: s.line, role: s.role, rule: s.rule })),
    warnings: r.warnings,
  };
  return new Response(JSON.stringify(summary, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
