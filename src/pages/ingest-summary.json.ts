/**
 * The ingestion report's summary, published with the site: per plan, which source lines were
 * set aside and by which rule (line numbers, not the text, so no web debris is republished;
 * the full report with the text is src/generated/ingest-report.json, made by `npm run ingest`).
 */
import type { APIRoute } from 'astro';
import report from '../generated/ingest-report.json';

export const summary = report.plans.map((p) => ({
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
