/**
 * The schema of seeds/catalog.yaml: one entry per plan, every fact as the source states it.
 * A field the source does not state is left out, never guessed. Used by the ingestion
 * (ingest/catalog.ts) and by the content collection (src/content.config.ts).
 */
import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD');
const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const planKinds = ['建议', '纲要', '实施方案'] as const;

export const catalogEntrySchema = z
  .object({
    slug: z.string().regex(/^[a-z]+(-[a-z0-9]+)+$/, 'a slug is <city>-<period>-<kind> in lower-case ASCII'),
    /** The raw seed file, relative to seeds/. */
    file: z.string().min(1),
    city: bilingual,
    level: z.enum(['地级市', '县级市', '区', '县']),
    /** The administrative parent (the province for a prefecture-level city). */
    parent: bilingual,
    province: bilingual,
    kind: z.enum(planKinds),
    /** The five-year period number: 14 for 2021–2025, 15 for 2026–2030. */
    period: z.number().int().min(1).max(30),
    years: z.tuple([z.number().int(), z.number().int()]),
    title: z.string().min(1),
    issuers: z.array(z.string().min(1)).min(1).optional(),
    /** The meeting that adopted the text, where the source names one. */
    adoptedBy: z.string().optional(),
    docNumber: z.string().optional(),
    indexNumber: z.string().optional(),
    dates: z.object({ written: isoDate, adopted: isoDate, published: isoDate, reposted: isoDate }).partial().strict(),
    /** The script the source is written in. */
    script: z.enum(['hans', 'hant']),
    publisher: z.object({ name: z.string().min(1), via: z.string().optional() }).strict(),
    /** An editorial remark the source carries, such as （本文部分内容删减）. */
    editorialRemark: z.string().optional(),
    /**
     * Slips in the source that the page points out rather than corrects. Written in both
     * scripts by hand: a note quoting a slip (處于) must not be "corrected" by conversion.
     */
    sourceNotes: z.array(z.object({ hans: z.string().min(1), hant: z.string().min(1) }).strict()).optional(),
    /** Per-plan decisions where a general debris rule cannot decide. */
    overrides: z
      .object({
        debris: z.array(z.object({ text: z.string(), reason: z.string() }).strict()).optional(),
        keep: z.array(z.string()).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((e) => e.years[1] - e.years[0] === 4, { message: 'a five-year plan covers five calendar years', path: ['years'] });

export const catalogSchema = z.object({ plans: z.array(catalogEntrySchema).min(1) }).strict();

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type Catalog = z.infer<typeof catalogSchema>;
