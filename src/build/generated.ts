/**
 * The ingestion's output folder, src/generated/, as the build reads it: its path (Astro and the
 * build's Node steps run from the project root) and one reader for its JSON files, whose
 * message says what to run when one is missing. No side effects, so integrations loaded with
 * astro.config.mjs may import it before the folder exists.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * GENERATED_DIR moves it: `npm run ingest` builds the whole output in a temporary folder and
 * runs the corpus-wide steps there (ingest/corpus.ts), so src/generated/ changes only when all succeeded.
 */
export const GENERATED = process.env.GENERATED_DIR ? resolve(process.env.GENERATED_DIR) : join(process.cwd(), 'src/generated');

/** A JSON file below src/generated/ ("data/<slug>.json"). */
export function readGenerated<T>(rel: string): T {
  const file = join(GENERATED, rel);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new Error(`cannot read ${file} (${(e as Error).message}): run npm run ingest`);
  }
}
