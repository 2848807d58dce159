/**
 * The one content collection: `plans`, the MDX the ingestion writes (npm run ingest;
 * git-ignored). Catalog facts reach pages through the generated data JSON
 * (src/build/plans.ts), validated once by the ingestion — not through a second collection.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/generated/plans' }),
  schema: z.object({ slug: z.string() }),
});

export const collections = { plans };
