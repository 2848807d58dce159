/**
 * The block rules: one per kind of block a plan prints, each reading a line into a `Mark`
 * (what kind of block starts here, its number as printed, and the rest of the line). The
 * numerals themselves are read by src/lib/numerals.ts. The classifier (where the document
 * starts, the printed contents) and the parser (which level a numbering style is) both ask
 * these rules, so they agree. A new layout is a new rule here and a fixture in
 * tests/fixtures/plans/, not a branch in the parser.
 */
import { NUMERAL_CHARS, parseChineseNumeral, parseCircled } from '../src/lib/numerals.ts';

const NUMERAL = `[${NUMERAL_CHARS}]+`;
const SPACE = '[\\s\\u00a0\\u3000]*';

/**
 * The numbering styles of headings and numbered paragraphs. Which contract level a style is
 * (chapter, section, article, item) is decided per document by `hierarchyOf` in parse.ts.
 */
export type Style =
  | 'part' // 第一篇, 第一部分
  | 'chapterWord' // 第一章
  | 'sectionWord' // 第一节
  | 'articleWord' // 第一条
  | 'clauseWord' // 第一款 (an item of its article)
  | 'cn' // 一、
  | 'cnParen' // （一）
  | 'arabic' // 1. 1． 1、
  | 'arabicParen' // （1）
  | 'circled' // ①
  | 'decimal1' // 1 总则 (a chapter where the document numbers 1.1 under it)
  | 'decimal2' // 1.1 (under 第1章 or 1 总则: a section)
  | 'decimal3'; // 1.1.1 (under 1.1: an item)

export type Mark =
  /** `titled`: the rest reads as a heading's title (short, not a run of sentences). */
  | {
      kind: 'numbered';
      style: Style;
      num: number;
      label: string;
      rest: string;
      titled: boolean;
      /** Decimal numbering: the numbers before the last (1.2.3 → [1, 2]), which must be the open chapter's and section's. */
      within?: number[];
    }
  | { kind: 'box'; num?: number; sub?: number; label: string; title: string }
  | { kind: 'table'; num: number; sub?: number; label: string; title: string }
  | { kind: 'figure'; x: number; y?: number; label: string; caption: string }
  | { kind: 'note'; label: string; rest: string }
  | { kind: 'annex'; num?: number; label: string; title: string }
  | { kind: 'toc' };

interface BlockRule {
  name: string;
  read: (line: string) => Mark | undefined;
}

/** A heading's title is short and is not a run of sentences. */
const isTitle = (s: string, max = 80) => s.length <= max && !/。./.test(s);
const num = (s: string): number | undefined => (/^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s));

/** `titleOnly`: the style is a heading only where its rest reads as a title (else it numbers a paragraph). */
function numbered(style: Style, pattern: RegExp, label: (m: RegExpExecArray) => string, titleOnly = false): BlockRule {
  return {
    name: style,
    read: (line) => {
      const m = pattern.exec(line);
      if (!m) return undefined;
      const n = style === 'circled' ? parseCircled(m[1]) : num(m[1]);
      const rest = m[m.length - 1].trim(); // the last group is always the rest of the line
      if (n === undefined) return undefined;
      return { kind: 'numbered', style, num: n, label: label(m), rest, titled: !titleOnly || isTitle(rest) };
    },
  };
}

/** "1-1" or "1" after 专栏/表/图: the number and the optional sub-number. */
const SUBNUM = '(\\d+)(?:[-－—‐](\\d+))?';
/** A word numbered 第…X: 篇, 章, 节/節, 条/條 (traditional plans print their own forms). */
const ordinal = (words: string) => new RegExp(`^第(${NUMERAL}|\\d+)([${words}])${SPACE}(.*)$`);

const BOX = new RegExp(`^(专栏|專欄)${SPACE}(${NUMERAL}|${SUBNUM})?${SPACE}(.*)$`);
const TABLE = new RegExp(`^表(${NUMERAL}|${SUBNUM})${SPACE}([^。]{2,60})$`);
const FIGURE = new RegExp(`^[图圖]${SUBNUM}${SPACE}([^。]{0,60})$`);
const NOTE = /^(注|註|说明|說明|资料来源|資料來源|备注|備註)[:：]\s*(.*)$/;
const ANNEX = new RegExp(`^(附件|附表)${SPACE}(\\d*|${NUMERAL})${SPACE}[:：]?${SPACE}(.{0,40})$`);
const DOWNLOAD = /\.(pdf|docx?|xlsx?|wps|ofd|zip|rar)$/i;

/**
 * 1.1 title or 1.1.1 title (special and spatial plans): a heading only, so the title must read
 * as one, and a figure such as 2.5万 or 1.2倍 opening a sentence is not a number of the document.
 */
function decimal(style: 'decimal2' | 'decimal3', depth: number): BlockRule {
  const pattern = new RegExp(`^(\\d{1,2}(?:[.．]\\d{1,2}){${depth - 1}})(?![.．]?\\d)${SPACE}(.+)$`);
  return {
    name: style,
    read: (line) => {
      const m = pattern.exec(line);
      if (!m || /^[万亿千百%‰倍个元米吨]/.test(m[2]) || !isTitle(m[2], 60) || /[。；，,]$/.test(m[2])) return undefined;
      const numbers = m[1].split(/[.．]/).map(Number);
      const label = numbers.join('.');
      return { kind: 'numbered', style, num: numbers[depth - 1], label, rest: m[2].trim(), titled: true, within: numbers.slice(0, -1) };
    },
  };
}

/**
 * 1 总则: a chapter heading of decimal numbering printed without 第…章 — a number, a space and
 * a short title with no sentence punctuation. Read here as a candidate only: the document's
 * hierarchy takes it as a chapter only where 1.1 headings under it confirm it (parse.ts).
 */
const DECIMAL1 = /^(\d{1,2})[\s\u3000]+([^\d\s].{0,29})$/;
function decimalChapter(): BlockRule {
  return {
    name: 'decimal1',
    read: (line) => {
      const m = DECIMAL1.exec(line);
      if (!m || /^[万亿千百%‰倍个元米吨年月日号时分秒岁人户家项条章节]/.test(m[2]) || /[。；，,：:、！？]/.test(m[2])) return undefined;
      const n = Number(m[1]);
      return { kind: 'numbered', style: 'decimal1', num: n, label: String(n), rest: m[2].trim(), titled: true, within: [] };
    },
  };
}

/** In order: the first rule that reads a line wins. */
export const BLOCK_RULES: readonly BlockRule[] = [
  { name: 'toc', read: (line) => (/^目[\s\u3000]*[录錄]$/.test(line) ? { kind: 'toc' } : undefined) },
  numbered('part', new RegExp(`^第(${NUMERAL}|\\d+)(篇|部分)${SPACE}(.*)$`), (m) => `第${m[1]}${m[2]}`, true),
  numbered('chapterWord', ordinal('章'), (m) => `第${m[1]}${m[2]}`, true),
  numbered('sectionWord', ordinal('节節'), (m) => `第${m[1]}${m[2]}`, true),
  numbered('articleWord', ordinal('条條'), (m) => `第${m[1]}${m[2]}`),
  // 第一款 under 第一条 (regulations): no level of its own in any hierarchy, so an item of its article.
  numbered('clauseWord', ordinal('款'), (m) => `第${m[1]}${m[2]}`),
  // 三、title is a heading; 三、text。text… numbers a paragraph (a ladder item, where 一、 is not a heading level).
  numbered('cn', new RegExp(`^(${NUMERAL})、(.+)$`), (m) => `${m[1]}、`, true),
  // （二）title… or (二)title…: the rest may carry body text after a lead sentence.
  numbered('cnParen', new RegExp(`^[（(](${NUMERAL})[)）](.*)$`), (m) => `（${m[1]}）`),
  numbered('arabicParen', /^[（(](\d{1,3})[)）]\s*(.*)$/, (m) => `（${m[1]}）`),
  numbered('circled', /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])\s*(.*)$/u, (m) => m[1]),
  {
    name: 'box',
    read: (line) => {
      const m = BOX.exec(line);
      if (!m) return undefined;
      const [, word, printed, digits, sub, title] = m;
      // 专栏 alone is a box whose title is on the next line; 专栏建设… is a sentence.
      if ((printed === undefined && title !== '') || !isTitle(title, 60)) return undefined;
      const n = digits !== undefined ? Number(digits) : printed !== undefined ? parseChineseNumeral(printed) : undefined;
      return { kind: 'box', ...(n !== undefined ? { num: n } : {}), ...(sub ? { sub: Number(sub) } : {}), label: `${word}${printed ?? ''}`, title };
    },
  },
  {
    name: 'table',
    read: (line) => {
      const m = TABLE.exec(line);
      if (!m) return undefined;
      const [, printed, digits, sub, title] = m;
      const n = digits !== undefined ? Number(digits) : parseChineseNumeral(printed);
      return n === undefined ? undefined : { kind: 'table', num: n, ...(sub ? { sub: Number(sub) } : {}), label: `表${printed}`, title };
    },
  },
  {
    name: 'figure',
    read: (line) => {
      const m = FIGURE.exec(line);
      if (!m) return undefined;
      const [, x, y, caption] = m;
      return { kind: 'figure', x: Number(x), ...(y ? { y: Number(y) } : {}), label: `${line[0]}${x}${y ? `-${y}` : ''}`, caption };
    },
  },
  {
    name: 'note',
    read: (line) => {
      const m = NOTE.exec(line);
      return m ? { kind: 'note', label: m[1], rest: m[2] } : undefined;
    },
  },
  {
    name: 'annex',
    read: (line) => {
      if (/^(名词解释|名詞解釋)$/.test(line)) return { kind: 'annex', label: '', title: line };
      const m = ANNEX.exec(line);
      // 附件：规划文本.pdf is the page's download link, not the attachment itself.
      if (!m || /。./.test(m[3]) || DOWNLOAD.test(line)) return undefined;
      const n = m[2] ? num(m[2]) : undefined;
      return { kind: 'annex', ...(n !== undefined ? { num: n } : {}), label: m[1], title: m[3] };
    },
  },
  decimal('decimal3', 3),
  decimal('decimal2', 2),
  decimalChapter(),
  // 7.text, 7．text or 3、text (not a decimal such as 4.0); last, as it is the loosest.
  // 3、 keeps its 、 as printed; 1． is shown as 1.
  numbered('arabic', /^(\d{1,3})\s*([.．、](?!\d)\s*.*)$/, (m) => `${m[1]}${m[2].startsWith('、') ? '、' : '.'}`),
];

/** The first block rule that reads the line, if any. */
export function recognise(line: string): Mark | undefined {
  for (const rule of BLOCK_RULES) {
    const mark = rule.read(line);
    if (mark) return mark.kind === 'numbered' && mark.style === 'arabic' ? { ...mark, rest: mark.rest.replace(/^[.．、]\s*/, '') } : mark;
  }
  return undefined;
}

/** ——text (a goal list item). */
export const GOAL = /^——/;

/** Lines that can appear in a printed table of contents: headings, with any page number or leader dots dropped. */
export function isStructuralHeading(line: string): boolean {
  const m = recognise(stripPageNumber(line));
  if (m?.kind !== 'numbered' || !m.titled) return false;
  if (m.style === 'cnParen') return m.rest.length <= 60 && !/。./.test(m.rest);
  return ['part', 'chapterWord', 'sectionWord', 'cn', 'decimal1', 'decimal2'].includes(m.style);
}

/** "第一章 总体要求……3" or "一、总体要求 3" → without the leader and page number. */
export const stripPageNumber = (line: string): string => line.replace(/(?:[\s\u3000]+|[.．…·]{2,})\d{1,4}$/, '').replace(/[.．…·]{2,}$/, '');
