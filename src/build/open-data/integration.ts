/**
 * The Astro integration that writes /data/corpus.jsonl (./corpus.ts): after the build into the
 * output folder, and on request in the dev server, a plan at a time from src/generated/ —
 * never the whole corpus in memory. The other data files are routes (src/pages/data/).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pathsFor } from '../../lib/paths.ts';
import type { PlanData } from '../../lib/plan-data.ts';
import { corpusLines, writeCorpus } from './corpus.ts';

/** Every plan, read from src/generated/ one at a time (imported late: the folder exists only after the ingestion). */
async function eachPlan(): Promise<Iterable<PlanData>> {
  const { allPlans, loadPlan } = await import('../plans.ts');
  return (function* () {
    for (const p of allPlans) yield loadPlan(p.entry.slug);
  })();
}

export function openDataCorpus(): AstroIntegration {
  let path = '/data/corpus.jsonl';
  return {
    name: 'open-data-corpus',
    hooks: {
      'astro:config:done': ({ config }) => {
        path = `${pathsFor(config.base).base}data/corpus.jsonl`;
      },
      'astro:build:done': async ({ dir }) => {
        writeCorpus(join(fileURLToPath(dir), 'data', 'corpus.jsonl'), await eachPlan());
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          if (req.url?.split('?')[0] !== path) return next();
          res.setHeader('content-type', 'application/jsonl; charset=utf-8');
          for (const plan of await eachPlan()) res.write(corpusLines(plan));
          res.end();
        });
      },
    },
  };
}
