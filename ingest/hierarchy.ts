/**
 * Which contract level each numbering style is, in one document (stage 4): decided once from
 * the styles the document prints, before the parser's pass (parse.ts). A numbering style the
 * hierarchy does not name (（1）, ①, 第一款 …) is an item of the ladder below the article.
 */
import type { Mark, Style } from './patterns.ts';

export type Numbered = Extract<Mark, { kind: 'numbered' }>;

/** Which numbering style is which contract level, in this document. */
export interface Hierarchy {
  chapter?: Style;
  section?: Style;
  article?: Style;
  /** Chapters print their title and text on one line (一、总体要求。全面贯彻…): split them. */
  chapterWithText?: boolean;
}

/**
 * The document's own hierarchy, from the styles its headings use: 第X章 (else 一、) are
 * chapters; 第X节 (else the next style down, unless the plan numbers 第X条) are sections;
 * 第X条 (else 1.) are articles. Every other numbering style is an item of the ladder. Where
 * no 第X章 is printed and the 一、 lines, with a title of their own or not, run 一、二、三、
 * through the document, they are all chapters (一、总体要求。全面贯彻… splits at the title).
 */
export function hierarchyOf(marks: readonly Numbered[]): Hierarchy {
  const styles = new Set(marks.flatMap((m) => (m.titled ? [m.style] : [])));
  const first = (...candidates: Style[]) => candidates.find((s) => styles.has(s));
  const cn = marks.filter((m) => m.style === 'cn');
  // 1 总则 … 1.1 指导思想: decimal chapters printed without 第…章, taken as chapters only where
  // there are two or more and every 1.1 heading sits under one of them.
  const d1 = marks.filter((m) => m.style === 'decimal1');
  const d2 = marks.filter((m) => m.style === 'decimal2');
  const decimalChapters = !styles.has('chapterWord') && d1.length >= 2 && d2.length > 0 && d2.every((m) => d1.some((c) => c.num === m.within?.[0]));
  const chapterWithText = !styles.has('chapterWord') && !styles.has('articleWord') && cn.some((m) => !m.titled) && cn.every((m, i) => m.num === i + 1);
  const chapter = chapterWithText ? 'cn' : decimalChapters ? 'decimal1' : first('chapterWord', 'cn');
  const article = styles.has('articleWord') ? 'articleWord' : 'arabic';
  const below: Style[] =
    chapter === 'chapterWord' || chapter === 'decimal1'
      ? ['sectionWord', 'decimal2', 'cn', 'cnParen']
      : chapter === 'cn'
        ? ['cnParen']
        : ['sectionWord', 'cnParen'];
  // Under 第X条 the ladder （一） 1. numbers the article's items, never sections.
  const section = first(...(article === 'articleWord' ? below.filter((s) => s === 'sectionWord') : below));
  return { chapter, section, article, ...(chapterWithText ? { chapterWithText } : {}) };
}

/** A style that opens a heading (part, chapter, section) in this document. */
export const isHeadingLevel = (style: Style, h: Hierarchy) => style === 'part' || style === h.chapter || style === h.section;
