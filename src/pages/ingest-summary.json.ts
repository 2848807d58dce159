/**
 * The ingestion report's summary, published with the site: per plan, which source lines were
 * set aside and by which rule (line numbers, not the text, so no web debris is republished).
 * Not a second copy: a projection of the one report `npm run ingest` writes
 * (src/generated/ingest-report.json, with the text; the about page reads it too).
 */
import type { APIRoute } from 'astro';
import report from '../generated/ingest-report.json';

const summary = report.plans.map((p) => ({
  slug: p.slug,
  file: p.file,
  encoding: p.encoding,
  counts: p.counts,
  charCount: p.charCount,
  setAside: p.setAside.map((s) => ({ line: s.line, role: s.role, rule: s.rule })),
  warnings: p.warnings,
}));

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ plans: summary }, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
