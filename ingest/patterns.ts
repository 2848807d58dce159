/**
 * The numbering patterns the documents print, and Chinese numerals.
 * One place for them so the TOC detector, the classifier and the parser agree.
 */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十四 → 14, 二十三 → 23, 一百零五 → 105. Undefined if not a numeral. */
export function parseChineseNumeral(s: string): number | undefined {
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = DIGITS[ch];
    }
  }
  return total + digit;
}

const NUMERAL = '[〇零一二两三四五六七八九十百]+';

/** 三、title */
export const CHAPTER = new RegExp(`^(${NUMERAL})、(.+)$`);
/** （二）title… or (二)title… */
export const SECTION = new RegExp(`^[（(](${NUMERAL})[)）](.*)$`);
/** 7.text or 7．text (not a decimal such as 4.0). */
export const NUMBERED = /^(\d{1,3})\s*[.．、](?!\d)\s*(.*)$/;
/** ——text (a goal list item). */
export const GOAL = /^——/;
export const BOX = new RegExp(`^专栏(${NUMERAL}|\\d+)[\\s\\u00a0\\u3000]*(.*)$`);
export const TABLE = new RegExp(`^表(${NUMERAL}|\\d+)[\\s\\u00a0\\u3000]*([^。]{2,60})$`);
export const FIGURE = /^图(\d+)[-－—](\d+)[\s\u00a0\u3000]*(.*)$/;
export const NOTE = /^注[:：]\s*(.*)$/;
export const ANNEX = /^附件\s*\d*[:：]?\s*(.{0,30})$/;

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

export function parseNumeralOrDigits(s: string): number | undefined {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}

/** Lines that can appear in a printed table of contents. */
export function isStructuralHeading(line: string): boolean {
  const m = matchSection(line);
  return matchChapter(line) !== undefined || (m !== undefined && m.rest.length <= 60 && !/。./.test(m.rest));
}
