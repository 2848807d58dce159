/**
 * Content collections. `plans` is the generated MDX (npm run ingest writes it; git-ignored);
 * `catalog` is seeds/catalog.yaml, validated against the same schema the ingestion uses.
 */
import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { catalogEntrySchema } from './lib/catalog-schema.ts';

const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/generated/plans' }),
  schema: z.object({ slug: z.string() }),
});

const catalog = defineCollection({
  loader: file('seeds/catalog.yaml', {
    parser: (text) => Object.fromEntries((parse(text).plans as { slug: string }[]).map((p) => [p.slug, p])),
  }),
  schema: catalogEntrySchema,
});

export const collections = { plans, catalog };
