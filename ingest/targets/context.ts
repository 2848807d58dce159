/**
 * Targets — what the place of a figure says about it: the year its headings name (二〇三五年远景
 * 目标, “十四五”), whether it stands in the review of the last period (发展基础, “十三五”时期…
 * 取得决定性成就: achievements, kind `actual`), and the years of a sentence (到2025年, “十四五”末,
 * 二〇三五年) as read here, once.
 */
import { parseChineseDigits, parseChineseNumeral } from '../../src/lib/numerals.ts';

/** The last year of a five-year period: 14 → 2025, 13 → 2020, 15 → 2030. */
export const periodEnd = (period: number): number => 1955 + period * 5;

export interface YearMention {
  year: number;
  /** Where it ends in the text. */
  end: number;
  /** 较2020年, 比2020年: a base to compare with, not the year a figure is for. */
  base: boolean;
  /** Only a period (“十四五”时期/期间), not one year: a total over it. */
  span: boolean;
}

const YEAR = /(较|比|相比|与)?(?:到|至)?((?:19|20)\d{2}|[二][〇零][一二三四五六七八九〇零]{2})年(?:底|末)?/g;
const PERIOD = /“?([十][一二三四五六七八九])五”?(末|时期|期间|期末|规划期)?/g;

/** Every year and period a text names, in order. */
export function yearMentions(text: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of text.matchAll(YEAR)) {
    out.push({ year: /\d/.test(m[2]) ? Number(m[2]) : parseChineseDigits(m[2]), end: (m.index ?? 0) + m[0].length, base: m[1] !== undefined, span: false });
  }
  for (const m of text.matchAll(PERIOD)) {
    const period = parseChineseNumeral(m[1]);
    if (period === undefined) continue;
    out.push({ year: periodEnd(period), end: (m.index ?? 0) + m[0].length, base: false, span: m[2] === '时期' || m[2] === '期间' || m[2] === undefined });
  }
  return out.sort((a, b) => a.end - b.end);
}

/** The year of the headings above a block (innermost first): 二〇三五年远景目标 → 2035. */
export function headingYear(titles: readonly string[]): number | undefined {
  for (const t of [...titles].reverse()) {
    const m = yearMentions(t).filter((y) => !y.base);
    if (m.length > 0) return m[m.length - 1].year;
  }
  return undefined;
}

/** A heading of the review of the last period. */
const REVIEW_HEADING = /成就|成效|回顾|发展基础|基础条件|过去五年|发展环境|发展形势|面临的|机遇|挑战|现状/;
/** The opening of a paragraph that reviews what was achieved. */
const REVIEW_OPENING = /^[^。]{0,160}(?:取得(?:了)?(?:重大|决定性|显著|明显|历史性)?(?:成就|成效)|过去五年|五年来|成绩来之不易)/;
const LAST_PERIOD = /^[^。]{0,40}“?十([一二三四五六七八九])五”?(?:时期|期间|以来)/;

export const isReviewHeading = (title: string): boolean => REVIEW_HEADING.test(title) && !/目标|任务|要求/.test(title);

/** A paragraph that opens by reviewing what was achieved, or the period before the plan's. */
export function isReviewOpening(text: string, period: number): boolean {
  if (REVIEW_OPENING.test(text)) return true;
  const m = LAST_PERIOD.exec(text);
  return m !== null && (parseChineseNumeral(m[1]) ?? period) + 10 < period;
}
