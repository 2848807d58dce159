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

/** The place an id names, as a reader would cite it. */
export function placeLabel(id: string, script: Script): string {
  const t = T[script];
  const out: string[] = [];
  for (const part of id.split('-')) {
    let m: RegExpExecArray | null;
    if (part === 'preamble') out.push(t.preamble);
    else if (part === 'annex') out.push(t.annex);
    else if (part === 'note') out.push(t.note);
    else if ((m = /^c(\d+)$/.exec(part))) out.push(`第${chineseNumeral(Number(m[1]))}${t.chapter}`);
    else if ((m = /^s(\d+)$/.exec(part))) out.push(`（${chineseNumeral(Number(m[1]))}）`);
    else if ((m = /^a(\d+)$/.exec(part))) out.push(`第${m[1]}${t.article}`);
    else if ((m = /^box(\d+)$/.exec(part))) out.push(`${t.box}${chineseNumeral(Number(m[1]))}`);
    else if ((m = /^table(\d+)$/.exec(part))) out.push(`${t.table}${chineseNumeral(Number(m[1]))}`);
    else if ((m = /^fig(\d+)$/.exec(part))) out.push(`${t.fig}${m[1]}`);
    else if ((m = /^(\d+)$/.exec(part)) && out.length && out[out.length - 1].startsWith(t.fig)) out[out.length - 1] += `-${m[1]}`;
    else if ((m = /^i(\d+)$/.exec(part))) out.push(`第${m[1]}${t.item}`);
    else if ((m = /^p(\d+)$/.exec(part))) out.push(`第${m[1]}${t.para}`);
    else out.push(part);
  }
  return out.join('');
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
