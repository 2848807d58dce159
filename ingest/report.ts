/**
 * The ingestion report: per plan, every line set aside (debris, printed TOC, editorial
 * remark) with the rule that decided it, the structure counts and the warnings. Written to
 * src/generated/ingest-report.json for people to audit, and read by the about page.
 */
import type { PlanCounts } from '../src/lib/plan-data.ts';
import type { IngestedPlan, SetAsideLine } from './pipeline.ts';
import { formatProblem } from './problems.ts';

interface PlanReport {
  slug: string;
  file: string;
  encoding: string;
  counts: PlanCounts;
  charCount: number;
  setAside: SetAsideLine[];
  warnings: string[];
}

export interface IngestReport {
  plans: PlanReport[];
}

export function buildReport(plans: { plan: IngestedPlan; charCount: number }[]): IngestReport {
  return {
    plans: plans.map(({ plan, charCount }) => ({
      slug: plan.entry.slug,
      file: plan.file,
      encoding: plan.encoding,
      counts: plan.counts,
      charCount,
      setAside: plan.setAside,
      warnings: plan.problems.map(formatProblem),
    })),
  };
}

/** The short console summary: one row per plan. */
export function summarise(report: IngestReport, ms: number): string {
  const head = [
    'plan',
    'chapters',
    'sections',
    'articles',
    'items',
    'boxes',
    'tables',
    'figures',
    'notes',
    'paragraphs',
    'fnrefs',
    'debris',
    'toc',
    'remark',
    'chars',
  ];
  const rows = report.plans.map((p) =>
    [
      p.slug,
      p.counts.chapters,
      p.counts.sections,
      p.counts.articles,
      p.counts.items,
      p.counts.boxes,
      p.counts.tables,
      p.counts.figures,
      p.counts.notes,
      p.counts.paragraphs,
      p.counts.footnoteRefs,
      p.setAside.filter((s) => s.role === 'debris').length,
      p.setAside.filter((s) => s.role === 'toc').length,
      p.setAside.filter((s) => s.role === 'remark').length,
      p.charCount,
    ].map(String),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const warnings = report.plans.flatMap((p) => p.warnings);
  return [
    fmt(head),
    ...rows.map(fmt),
    ...(warnings.length ? ['', `${warnings.length} warning(s):`, ...warnings.map((w) => `  ${w}`)] : []),
    '',
    `ingested ${report.plans.length} plan(s) in ${ms.toFixed(0)} ms; report: src/generated/ingest-report.json`,
  ].join('\n');
}
