/**
 * The line clean-up of ingest/text.ts: spacing and punctuation width only, and punctuation
 * only in Chinese context, from tests/fixtures/layout/clean.yaml. Text between Latin letters
 * or digits stays exactly as printed.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../ingest/text.ts';
import { parseYaml } from '../../ingest/yaml.ts';

const path = 'tests/fixtures/layout/clean.yaml';
const data = parseYaml(
  readFileSync(path, 'utf8'),
  z.strictObject({ 'as printed': z.array(z.string()), changed: z.array(z.strictObject({ line: z.string(), shown: z.string() })) }),
  path,
);

describe('cleanLine', () => {
  it.each(data['as printed'])('keeps %s as printed', (line) => {
    expect(cleanLine(line)).toBe(line);
  });
  it.each(data.changed)('shows $line as $shown', ({ line, shown }) => {
    expect(cleanLine(line)).toBe(shown);
  });
});
