/**
 * How a corpus-wide step (ingest/cli.ts CORPUS_STEPS) fails: in plain words, naming the plan
 * it was working on, and with a stack trace only when DEBUG is set. A step runs as a process
 * of its own; `npm run ingest` then leaves src/generated/ as it was (ingest/corpus.ts).
 */

interface PlanRef {
  slug: string;
  file?: string;
}

/** An error met while a step worked on one plan. */
export class PlanFailure extends Error {
  readonly plan: PlanRef;
  constructor(plan: PlanRef, cause: unknown) {
    super(`plan "${plan.slug}"${plan.file ? ` (seed ${plan.file})` : ''}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'PlanFailure';
    this.plan = plan;
  }
}

/** Runs `work` for one plan; whatever it throws names the plan. */
export function forPlan<T>(plan: PlanRef, work: () => T): T {
  try {
    return work();
  } catch (e) {
    throw e instanceof PlanFailure ? e : new PlanFailure(plan, e);
  }
}

/** A plan source that remembers the plan it last gave out, to name it when a pass fails. */
export function tracked<P extends { entry: PlanRef }>(source: () => Iterable<P>): { source: () => Iterable<P>; current: () => PlanRef | undefined } {
  let current: PlanRef | undefined;
  return {
    source: function* () {
      for (const p of source()) {
        current = p.entry;
        yield p;
      }
    },
    current: () => current,
  };
}

/** The one way a step reports its end: its summary line, or its failure and exit code 1. */
export async function runCorpusStep(name: string, work: () => string | Promise<string>): Promise<void> {
  try {
    console.log(await work());
  } catch (e) {
    console.error(`${name} failed: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.DEBUG) console.error(e);
    process.exit(1);
  }
}
