/**
 * One way to read a YAML input file (the catalog, curated tables): parse, validate with a zod
 * schema, and report every problem as an IngestError naming the file and the YAML line of the
 * offending node, so a person can go straight to it.
 */
import type { z } from 'astro/zod';
import { type Document, LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { IngestError, type Problem, error } from './problems.ts';

interface ParseYamlOptions {
  /**
   * 'failsafe' keeps every scalar the string written ("5.0" stays "5.0", "1" stays "1"):
   * for files that record source text. Default 'core' (numbers, booleans).
   */
  yamlSchema?: 'core' | 'failsafe';
  /** What the file holds, to open the messages: "catalog entry" → "catalog entry invalid at …". */
  subject?: string;
}

type Path = readonly PropertyKey[];

/** The line of the node at `path`, or of its nearest ancestor that exists. */
function lineOf(doc: Document, lines: LineCounter, path: Path, key?: string): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    // For an unknown key, point at the key itself.
    const pair = n === path.length && key !== undefined && isMap(node) ? node.items.find((p) => isScalar(p.key) && String(p.key.value) === key) : undefined;
    const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range ?? node?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return undefined;
}

const pathText = (path: Path): string => path.map(String).join('.') || '(root)';

export function parseYaml<S extends z.ZodType>(text: string, schema: S, file: string, options: ParseYamlOptions = {}): z.output<S> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true, schema: options.yamlSchema ?? 'core' });
  if (doc.errors.length > 0) {
    throw new IngestError(doc.errors.map((e) => error(file, `malformed YAML: ${e.message.split('\n')[0]}`, e.linePos?.[0].line)));
  }
  let data: unknown;
  try {
    // A few hundred aliases are far more than these files need; an alias "bomb" of nested
    // anchors would otherwise expand exponentially.
    data = doc.toJS({ maxAliasCount: 200 });
  } catch (e) {
    throw new IngestError([error(file, `the YAML cannot be read: ${e instanceof Error ? e.message : String(e)} (too many aliases)`)]);
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const invalid = `${options.subject ? `${options.subject} ` : ''}invalid at`;
  const problems: Problem[] = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => error(file, `${invalid} ${pathText(issue.path)}: unknown key "${k}"`, lineOf(doc, lines, issue.path, k)))
      : [error(file, `${invalid} ${pathText(issue.path)}: ${issue.message}`, lineOf(doc, lines, issue.path))],
  );
  throw new IngestError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
}
