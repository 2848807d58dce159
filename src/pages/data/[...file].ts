/**
 * The open-data files under data/ (src/build/open-data/, documented on /zh-hans/data/ and in
 * docs/DATA.md): the catalog, and under `astro dev` each plan's files. A build lists the catalog
 * only: each plan's files are written after Astro, beside its section pages, by worker threads
 * (src/build/section/write-task.ts), with the same functions. corpus.jsonl is written after
 * the build (src/build/open-data/integration.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogFile, planFiles } from '../../build/open-data/files.ts';
import { type DataFormat, dataFile, formatById, planFilesByFormat } from '../../build/open-data/formats.ts';
import { allPlans, loadPlan } from '../../build/plans.ts';
import { targetsCsv, targetsJson } from '../../build/open-data/targets.ts';
import { targetsFile } from '../../build/targets.ts';

interface Props {
  format: DataFormat['id'];
  slug?: string;
}

export const getStaticPaths = (() => [
  { params: { file: dataFile.catalog }, props: { format: 'catalog' } satisfies Props },
  { params: { file: dataFile.targets }, props: { format: 'targets' } satisfies Props },
  { params: { file: dataFile.targetsCsv }, props: { format: 'targetsCsv' } satisfies Props },
  ...(import.meta.env.DEV
    ? allPlans.flatMap((plan) =>
        planFilesByFormat(plan).map(([format, file]) => ({ params: { file: file.path }, props: { format: format.id, slug: plan.entry.slug } satisfies Props })),
      )
    : []),
]) satisfies GetStaticPaths;

/** A corpus-wide file made by a route: the catalog, or the targets (from the ingestion's src/generated/targets.json). */
function corpusFile(format: DataFormat['id']): string {
  if (format === 'targets') return targetsJson(targetsFile());
  if (format === 'targetsCsv') return targetsCsv(targetsFile());
  return catalogFile(allPlans);
}

export const GET: APIRoute = ({ params, props }) => {
  const { format, slug } = props as Props;
  const body = slug ? planFiles(loadPlan(slug)).get(params.file ?? '') : corpusFile(format);
  if (body === undefined) return new Response('not found', { status: 404 });
  return new Response(body, { headers: { 'content-type': formatById(format).where.mime } });
};
