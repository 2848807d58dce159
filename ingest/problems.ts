/**
 * Problems found while ingesting. Every message names the file and, where there is one,
 * the line, so a person can go straight to the spot.
 */
type ProblemLevel = 'error' | 'warning';

export interface Problem {
  level: ProblemLevel;
  /** Path of the file the problem is in, relative to the project root. */
  file: string;
  /** 1-based line number, where the problem has one. */
  line?: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.level}: ${p.message}`;
}

/** Thrown when a plan cannot be built at all; carries every problem found so far. */
export class IngestError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'IngestError';
    this.problems = problems;
  }
}

export const error = (file: string, message: string, line?: number): Problem => ({
  level: 'error',
  file,
  message,
  ...(line === undefined ? {} : { line }),
});

export const warning = (file: string, message: string, line?: number): Problem => ({
  level: 'warning',
  file,
  message,
  ...(line === undefined ? {} : { line }),
});

/** A bug met while ingesting one plan (not a refusal of its input): names the seed it happened on. */
export class PlanCrash extends Error {
  readonly file: string;
  constructor(file: string, cause: unknown) {
    super(
      `${file}: the ingestion failed on this plan (a bug, not a refusal of the file: please report it): ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'PlanCrash';
    this.file = file;
  }
}
