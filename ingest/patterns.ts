/**
 * The numbering patterns the documents print (the numerals themselves: src/lib/numerals.ts).
 * One place for them so the TOC detector, the classifier and the parser agree.
 */
import { NUMERAL_CHARS, parseChineseNumeral } from '../src/lib/numerals.ts';

const NUMERAL = `[${NUMERAL_CHARS}]+`;

/** 三、title */
export const CHAPTER = new RegExp(`^(${NUMERAL})、(.+)$`);
/** （二）title… or (二)title… */
const SECTION = new RegExp(`^[（(](${NUMERAL})[)）](.*)$`);
/** 7.text or 7．text (not a decimal such as 4.0). */
export const NUMBERED = /^(\d{1,3})\s*[.．、](?!\d)\s*(.*)$/;
/** ——text (a goal list item). */
export const GOAL = /^——/;
export const BOX = new RegExp(`^专栏(${NUMERAL}|\\d+)[\\s\\u00a0\\u3000]*(.*)$`);
export const TABLE = new RegExp(`^表(${NUMERAL}|\\d+)[\\s\\u00a0\\u3000]*([^。]{2,60})$`);
export const FIGURE = /^图(\d+)[-－—](\d+)[\s\u00a0\u3000]*(.*)$/;
export const NOTE = /^注[:：]\s*(.*)$/;
export const ANNEX = /^附件\s*(\d*)[:：]?\s*(.{0,30})$/;

/** A chapter line is a heading, not a paragraph that happens to start with 一、 */
export function matchChapter(line: string): { num: number; numeral: string; title: string } | undefined {
  const m = CHAPTER.exec(line);
  if (!m) return undefined;
  const num = parseChineseNumeral(m[1]);
  const title = m[2];
  if (num === undefined || title.length > 80 || /。./.test(title)) return undefined;
  return { num, numeral: m[1], title };
}

export function matchSection(line: string): { num: number; numeral: string; rest: string } | undefined {
  const m = SECTION.exec(line);
  if (!m) return undefined;
  const num = parseChineseNumeral(m[1]);
  return num === undefined ? undefined : { num, numeral: m[1], rest: m[2] };
}

/** Lines that can appear in a printed table of contents. */
export function isStructuralHeading(line: string): boolean {
  const m = matchSection(line);
  return matchChapter(line) !== undefined || (m !== undefined && m.rest.length <= 60 && !/。./.test(m.rest));
}
