/**
 * Chinese numerals, both ways: the one place that reads 一二三…十…百 (with 〇/零 and 两)
 * and the circled ①②③ into numbers, and writes numbers back the way the documents print them.
 * Browser-safe: the ingestion reads headings with it, the site writes 第三章 and “十四五” with it.
 */

const DIGITS = '〇一二三四五六七八九';
const VALUE: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The characters a Chinese numeral is made of, as a regular-expression class body. */
export const NUMERAL_CHARS = '〇零一二两三四五六七八九十百';

/** 一 → 1, 十 → 10, 十四 → 14, 二十三 → 23, 一百零五 → 105, 两 → 2. Undefined if not a numeral. */
export function parseChineseNumeral(s: string): number | undefined {
  if (!new RegExp(`^[${NUMERAL_CHARS}]+$`).test(s)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百' || ch === '十') {
      total += (digit || 1) * (ch === '百' ? 100 : 10);
      digit = 0;
    } else {
      digit = VALUE[ch];
    }
  }
  return total + digit;
}

/** "14" → 14, "十四" → 14; undefined for anything else. */
export function parseNumeralOrDigits(s: string): number | undefined {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}

/** 1 → 一, 10 → 十, 14 → 十四, 23 → 二十三, 105 → 一百零五 (0–999); other numbers as digits. */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return DIGITS[n];
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  if (hundreds === 0) return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
  if (tens === 0) return `${DIGITS[hundreds]}百${ones ? `零${DIGITS[ones]}` : ''}`;
  return `${DIGITS[hundreds]}百${DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** A year written digit by digit, read back: 二〇三五 (or 二零三五) → 2035; other characters kept as they are. */
export const parseChineseDigits = (s: string): number =>
  Number([...s].map((c) => (c === '零' ? '0' : DIGITS.includes(c) ? String(DIGITS.indexOf(c)) : c)).join(''));

/** Digit by digit, as years are written: 2035 → 二〇三五. */
export const formatChineseDigits = (n: number): string =>
  String(n)
    .split('')
    .map((d) => DIGITS[Number(d)] ?? d)
    .join('');

/** ① → 1 … ⑳ → 20, ㉑ → 21 … ㊿ → 50; undefined for any other character. */
export function parseCircled(ch: string): number | undefined {
  const c = ch.codePointAt(0) ?? 0;
  if (ch.length !== 1) return undefined;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  if (c >= 0x32b1 && c <= 0x32bf) return c - 0x32b1 + 36;
  return undefined;
}

/** 1 → ① … 50 → ㊿; other numbers as digits. */
export function formatCircled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

/** The five-year period as written: 14 → “十四五”. */
export const formatPeriod = (period: number): string => `“${formatChineseNumeral(period)}五”`;

/** 14, "14", "十四五", "“十四五”" → 14; undefined when the text names no period. */
export function parsePeriod(raw: string): number | undefined {
  const digits = /\d+/.exec(raw);
  if (digits) return Number(digits[0]);
  const m = new RegExp(`([${NUMERAL_CHARS}]+)五`).exec(raw);
  return m ? parseChineseNumeral(m[1]) : undefined;
}
