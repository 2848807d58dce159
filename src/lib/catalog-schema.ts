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
/**
 * A Chinese name or title: it holds a Han character. A GBK line can be valid UTF-8 by accident
 * (某 is C4 B3, read "ĳ"): the field then holds none, and is refused rather than published.
 */
const chinese = z
  .string()
  .min(1)
  .refine((s) => /\p{Script=Han}/u.test(s), {
    error: (issue) => `"${String(issue.input)}" holds no Chinese character: is the catalog saved in another encoding than UTF-8?`,
  });
const bilingual = z.object({ zh: chinese.describe('the name in Chinese'), en: z.string().min(1).describe('the name in English') }).strict();

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
    slug: slug.describe("the plan's fixed name, `<city>-<period>-<kind>`, a segment of its URLs"),
    file: z.string().min(1).describe('the raw seed file, relative to `seeds/`'),
    city: bilingual.describe('the issuing area'),
    level: z.enum(planLevels).describe('its administrative level (地级市, 县级市, 区 …)'),
    parent: bilingual.describe('the administrative parent (the province for a prefecture-level city)'),
    province: bilingual.describe('the province'),
    kind: z.enum(planKinds).describe('what kind of document it is, as its title says (建议, 纲要, 实施方案 …)'),
    period: z.number().int().min(1).max(30).describe('the five-year period: 14 for 2021–2025 (十四五), 15 for 2026–2030'),
    years: z
      .tuple([z.number().int().min(1949).max(2100), z.number().int().min(1949).max(2100)])
      .describe('the years it covers, first and last, as its title states'),
    title: chinese.describe('the official title, in simplified script'),
    issuers: z.array(z.string().min(1)).min(1).optional().describe('the issuing bodies the source names'),
    adoptedBy: z.string().optional().describe('the meeting that adopted the text, where the source names one'),
    docNumber: z.string().optional().describe('the document number (文号)'),
    indexNumber: z.string().optional().describe('the index number (索引号) of a government portal'),
    added: isoDate.optional().describe('the day the plan entered this corpus (not a fact of the source): the date of its entry in the Atom feed'),
    dates: z
      .object({
        written: isoDate.describe('成文日期, the date the document is signed'),
        adopted: isoDate.describe('the date it was adopted'),
        published: isoDate.describe('the date its issuer first published it'),
        reposted: isoDate.describe("the date of the copy saved (never used as the document's date)"),
      })
      .partial()
      .strict()
      .describe('the dates the source states, YYYY-MM-DD'),
    script: z.enum(['hans', 'hant']).describe('the script the source is written in'),
    publisher: z
      .object({
        name: z.string().min(1).describe('the site or newspaper the text comes from'),
        via: z.string().optional().describe('the platform that reposted it'),
      })
      .strict()
      .describe('where the text was published'),
    source: z
      .object({
        url: z.url({ protocol: /^https?$/, error: 'the source URL must be an http(s) address' }).describe('the address the file was retrieved from'),
        retrieved: isoDate.optional().describe('the day it was retrieved'),
      })
      .strict()
      .optional()
      .describe('where the file was retrieved from, and when, where that is known'),
    follows: z
      .union([slug, z.array(slug).min(1)])
      .optional()
      .describe(
        "the plan(s) this one follows, by slug: its parent's plan (a county's outline after its city's proposal) or its predecessor (the 15th after the 14th); plan pages suggest them for reading side by side, and the pair is precomputed",
      ),
    editorialRemark: z.string().optional().describe('an editorial remark the source carries, such as （本文部分内容删减）'),
    /**
     * Slips in the source that the page points out rather than corrects. Written in both
     * scripts by hand: a note quoting a slip (處于) must not be "corrected" by conversion.
     */
    sourceNotes: z
      .array(z.object({ hans: z.string().min(1), hant: z.string().min(1) }).strict())
      .optional()
      .describe('slips in the source the page points out, written in both scripts'),
    /** Per-plan decisions where a general debris rule cannot decide. */
    overrides: z
      .object({
        debris: z
          .array(z.object({ text: z.string(), reason: z.string() }).strict())
          .optional()
          .describe('lines to set aside, each with its reason'),
        keep: z.array(z.string()).optional().describe('lines to keep although a debris rule matches'),
      })
      .strict()
      .optional()
      .describe('per-plan decisions of the ingestion (not published in /data/catalog.json)'),
  })
  .strict()
  .refine((e) => e.years[1] >= e.years[0], { message: 'the years run from the first to the last: [first, last]', path: ['years'] });

export const catalogSchema = z.object({ plans: z.array(catalogEntrySchema).min(1) }).strict();

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type Catalog = z.infer<typeof catalogSchema>;
