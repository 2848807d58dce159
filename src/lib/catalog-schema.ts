/**
 * The schema of seeds/catalog.yaml: one entry per plan, every fact as the source states it.
 * A field the source does not state is left out, never guessed. Used by the ingestion
 * (ingest/catalog.ts).
 */
import { z } from 'astro/zod';

/** A real calendar date written YYYY-MM-DD (2021-02-29 and 2021-13-45 are refused). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// YAML reads an unquoted 2021-11-20 as a string under the core schema used here.
const isoDate = z.string().refine(isCalendarDate, { error: (issue) => `${String(issue.input)} is not a calendar date (YYYY-MM-DD)` });
const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/**
 * What kind of document a plan is, as its title says: the Party committee's proposal (建议),
 * the government's outline (纲要), and the plans, programmes and action plans that follow.
 */
export const planKinds = [
  '建议',
  '纲要',
  '规划',
  '总体规划',
  '专项规划',
  '区域规划',
  '实施方案',
  '行动计划',
  '行动方案',
  '工作方案',
  '实施意见',
  '意见',
] as const;
export type PlanKind = (typeof planKinds)[number];

/**
 * The administrative level of the issuing area, from the State down to the township, with
 * the ethnic-autonomous forms (自治区/自治州/自治县/旗) and the special ones (地区, 盟, 林区, 特区).
 */
export const planLevels = [
  '国家',
  '省',
  '自治区',
  '直辖市',
  '特别行政区',
  '副省级市',
  '地级市',
  '自治州',
  '地区',
  '盟',
  '县级市',
  '县',
  '自治县',
  '旗',
  '自治旗',
  '区',
  '林区',
  '特区',
  '新区',
  '乡',
  '镇',
  '街道',
] as const;

const slug = z.string().regex(/^[a-z]+(-[a-z0-9]+)+$/, 'a slug is <city>-<period>-<kind> in lower-case ASCII');

/** `follows` as a list, whichever way the catalog writes it. */
export const followsOf = (entry: { follows?: string | string[] }): string[] =>
  entry.follows === undefined ? [] : typeof entry.follows === 'string' ? [entry.follows] : entry.follows;

export const catalogEntrySchema = z
  .object({
    slug,
    /** The raw seed file, relative to seeds/. */
    file: z.string().min(1),
    city: bilingual,
    level: z.enum(planLevels),
    /** The administrative parent (the province for a prefecture-level city). */
    parent: bilingual,
    province: bilingual,
    kind: z.enum(planKinds),
    /** The five-year period the plan belongs to: 14 for 2021–2025, 15 for 2026–2030. */
    period: z.number().int().min(1).max(30),
    /** The years the plan covers, first and last, as its title states (2021–2025, 2021–2035, 2023–2025). */
    years: z.tuple([z.number().int().min(1949).max(2100), z.number().int().min(1949).max(2100)]),
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
    /** Where the file was retrieved from, and when, where that is known. */
    source: z
      .object({
        url: z.url({ protocol: /^https?$/, error: 'the source URL must be an http(s) address' }),
        retrieved: isoDate.optional(),
      })
      .strict()
      .optional(),
    /**
     * The plan(s) this one follows, by slug: its parent's plan (a county's outline after its
     * city's proposal) or its predecessor (the 15th after the 14th). Optional; plan pages suggest
     * them for reading side by side, and the pair is precomputed (docs/RELATED.md).
     */
    follows: z.union([slug, z.array(slug).min(1)]).optional(),
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
  .refine((e) => e.years[1] >= e.years[0], { message: 'the years run from the first to the last: [first, last]', path: ['years'] });

export const catalogSchema = z.object({ plans: z.array(catalogEntrySchema).min(1) }).strict();

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type Catalog = z.infer<typeof catalogSchema>;
