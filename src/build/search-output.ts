/**
 * Where the search's static files live between the ingestion and Astro: `npm run ingest`
 * writes them to src/generated/search/ (./search-files.ts) with src/generated/search.json
 * naming the two files every page carries. Astro never builds them: the integration below
 * copies the folder to <out>/search/ after the build (0.5 s for the ~7,000 files of 1,000
 * plans, where a route per file cost ~11 s) and serves it in the dev server.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generatedFile } from '../lib/generated-files.ts';
import { GENERATED, readGenerated } from './generated.ts';

export const SEARCH_DIR = join(GENERATED, generatedFile.searchDir);
export const SEARCH_NAMES = join(GENERATED, generatedFile.searchNames);

/** The files the header search box names: the manifest and the fold table. */
export interface SearchNames {
  manifest: string;
  fold: string;
}

let names: SearchNames | undefined;
export function searchNames(): SearchNames {
  names ??= readGenerated<SearchNames>(generatedFile.searchNames);
  return names;
}

const TYPES: Record<string, string> = { json: 'application/json; charset=utf-8', bin: 'application/octet-stream' };

export function searchFiles(): AstroIntegration {
  return {
    name: 'search-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        searchNames(); // a clear message when the files were never made
        cpSync(SEARCH_DIR, join(fileURLToPath(dir), 'search'), { recursive: true });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          // Dev only: …/search/<name> under any base. Names are flat and hashed (search-index.ts).
          const name = /\/search\/([\w-][\w.-]*)$/.exec(req.url?.split('?')[0] ?? '')?.[1];
          const file = name ? join(SEARCH_DIR, name) : '';
          if (!file || !existsSync(file)) return next();
          res.setHeader('content-type', TYPES[name?.split('.').pop() ?? ''] ?? 'application/octet-stream');
          res.end(readFileSync(file));
        });
      },
    },
  };
}
