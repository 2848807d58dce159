/**
 * Human labels for contract ids and the citation text. The ids encode the document's own
 * numbering, so a label can be read back from the id alone (c3-s2-p4 → 第三章（二）第4段),
 * in the browser as well as at build time.
 */
import type { Script } from './plan-types.ts';

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 14 → 十四, 23 → 二十三. */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return String(n);
}

const T: Record<Script, Record<string, string>> = {
  hans: { preamble: '前言', para: '段', item: '项', article: '条', box: '专栏', table: '表', fig: '图', note: '注', annex: '附件', chapter: '章' },
  hant: { preamble: '前言', para: '段', item: '項', article: '條', box: '專欄', table: '表', fig: '圖', note: '註', annex: '附件', chapter: '章' },
};

/** One rule per kind of id segment: how it reads in a citation. */
const SEGMENTS: [RegExp, (m: RegExpExecArray, t: Record<string, string>) => string][] = [
  [/^preamble$/, (_, t) => t.preamble],
  [/^annex$/, (_, t) => t.annex],
  [/^note$/, (_, t) => t.note],
  [/^c(\d+)$/, (m, t) => `第${chineseNumeral(Number(m[1]))}${t.chapter}`],
  [/^s(\d+)$/, (m) => `（${chineseNumeral(Number(m[1]))}）`],
  [/^a(\d+)$/, (m, t) => `第${m[1]}${t.article}`],
  [/^box(\d+)$/, (m, t) => `${t.box}${chineseNumeral(Number(m[1]))}`],
  [/^table(\d+)$/, (m, t) => `${t.table}${chineseNumeral(Number(m[1]))}`],
  [/^fig(\d+)$/, (m, t) => `${t.fig}${m[1]}`],
  [/^(\d+)$/, (m) => `-${m[1]}`], // the second number of a figure: fig5-1
  [/^i(\d+)$/, (m, t) => `第${m[1]}${t.item}`],
  [/^p(\d+)$/, (m, t) => `第${m[1]}${t.para}`],
];

/** The place an id names, as a reader would cite it. */
export function placeLabel(id: string, script: Script): string {
  return id
    .split('-')
    .map((part) => {
      for (const [pattern, read] of SEGMENTS) {
        const m = pattern.exec(part);
        if (m) return read(m, T[script]);
      }
      return part;
    })
    .join('');
}

export interface CiteSource {
  issuers?: string[];
  title: string;
  docNumber?: string;
  date?: string;
}

/** GB/T 7714-2015 style for an electronic resource, with the cited place after the title. */
export function citation(src: CiteSource, url: string, place: string, accessed: string): string {
  const who = src.issuers?.length ? `${src.issuers.join('，')}. ` : '';
  const num = src.docNumber ? `（${src.docNumber}）` : '';
  const where = place ? `：${place}` : '';
  const date = src.date ? `(${src.date})` : '';
  return `${who}${src.title}${num}${where}[EB/OL]. ${date}[${accessed}]. ${url}`;
}
