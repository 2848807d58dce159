/** A hand-kept YAML file read against its schema; the first problem is named by file and field. */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { parse } from 'yaml';

export function readYaml<S extends z.ZodTypeAny>(file: string, schema: S): z.infer<S> {
  const parsed = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
