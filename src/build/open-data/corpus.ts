/**
 * /data/corpus.jsonl: one JSON line per text record of every plan (`plan, id, kind, path,
 * text{hans,hant}`). At 1,000 plans it is ~200 MB, so it is never one string: the build writes
 * it a plan at a time after the pages (`writeCorpus`, from the astro:build:done hook of
 * ./integration.ts) and the dev server streams it the same way.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PlanData } from '../../lib/plan-data.ts';

/** One plan's lines, each ending in a newline. */
export const corpusLines = (plan: PlanData): string =>
  plan.records.map((r) => `${JSON.stringify({ plan: plan.entry.slug, id: r.id, kind: r.kind, path: r.path, text: r.text })}\n`).join('');

/** Writes the corpus to `file`, reading one plan at a time from `plans`. */
export function writeCorpus(file: string, plans: Iterable<PlanData>): void {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  try {
    for (const plan of plans) writeSync(fd, corpusLines(plan));
  } finally {
    closeSync(fd);
  }
}
