/**
 * The ingestion's output folder, src/generated/, as the build reads it: its path (Astro and the
 * build's Node steps run from the project root) and one reader for its JSON files, whose
 * message says what to run when one is missing. No side effects, so integrations loaded with
 * astro.config.mjs may import it before the folder exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const GENERATED = join(process.cwd(), 'src/generated');

/** A JSON file below src/generated/ ("data/<slug>.json"). */
export function readGenerated<T>(rel: string): T {
  const file = join(GENERATED, rel);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new Error(`cannot read ${file} (${(e as Error).message}): run npm run ingest`);
  }
}
