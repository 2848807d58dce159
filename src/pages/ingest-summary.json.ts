/**
 * The ingestion report's summary, published with the site, in two levels so that no file grows
 * with the corpus faster than a line per plan: ingest-summary.json lists every plan with its
 * counts and the address of its own file, ingest-summary/<slug>.json (./ingest-summary/[slug].json.ts)
 * lists which source lines were set aside and by which rule — line numbers, not the text, so
 * no web debris is republished. A projection of the one report `npm run ingest` writes.
 */
import type { APIRoute } from 'astro';
import { allPlans, loadReport } from '../build/plans.ts';

export const GET: APIRoute = () => {
  const plans = allPlans.map(({ entry }) => {
    const r = loadReport(entry.slug);
    const setAside = { debris: 0, toc: 0, remark: 0 } as Record<string, number>;
    for (const s of r.setAside) setAside[s.role] = (setAside[s.role] ?? 0) + 1;
    return {
      slug: r.slug,
      file: r.file,
      encoding: r.encoding,
      charCount: r.charCount,
      setAside,
      warnings: r.warnings.length,
      details: `ingest-summary/${r.slug}.json`,
    };
  });
  return new Response(JSON.stringify({ plans }, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
