/**
 * A PDF's text layer → lines of plan text. Pure: works on the positioned text runs the
 * worker extracted (pdf-worker.ts), so it is tested without pdf.js.
 *
 * 1. Runs on one baseline make a printed line.
 * 2. Page furniture: in the top and bottom bands of the page, a line that is a page number
 *    ("— 3 —", "- 3 -", "3", "第3页", "第3页 共9页") or that recurs on most pages (digits aside: a
 *    running header or footer) is set aside with that reason.
 * 3. Printed lines are re-joined into paragraphs: a line continues the one before when that one
 *    ran to the right margin and this one starts at the left margin, with the same type size —
 *    across a page break too. A Chinese paragraph opens indented and a heading ends short, so
 *    both stay lines of their own.
 * 4. Fonts that map glyphs to Kangxi radicals (⼯ for 工, ⺠ for 民) are read as the ideographs.
 */
import type { ReaderSetAside, SourceLine } from './source.ts';

export interface RawItem {
  str: string;
  /** Baseline origin and size in PDF units (y grows upwards). */
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface RawPage {
  width: number;
  height: number;
  items: RawItem[];
}
export interface RawPdf {
  pages: RawPage[];
}
export type RawPdfResult = { ok: true; pdf: RawPdf } | { ok: false; reason: 'password' | 'invalid'; message: string };

interface PrintedLine {
  text: string;
  page: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** CJK radicals that some fonts' Unicode maps give for the full ideograph (U+2E80 block; U+2F00 is NFKC's). */
const RADICALS: Record<string, string> = {
  '⺠': '民',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻋': '车',
  '⻓': '长',
  '⻔': '门',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⺟': '母',
  '⻳': '龟',
};

export const unifyRadicals = (s: string): string =>
  s.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (ch) => RADICALS[ch] ?? (ch >= '\u2f00' ? ch.normalize('NFKC') : ch));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** Runs sharing a baseline (within a third of the type size) make one printed line, left to right. */
function printedLines(page: RawPage, pageNo: number): PrintedLine[] {
  const items = page.items.filter((it) => it.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: RawItem[][] = [];
  for (const it of items) {
    const last = lines.at(-1);
    if (last && Math.abs(last[0].y - it.y) <= Math.max(1, 0.35 * Math.max(last[0].h, it.h))) last.push(it);
    else lines.push([it]);
  }
  return lines.map((runs) => {
    runs.sort((a, b) => a.x - b.x);
    const size = Math.max(...runs.map((r) => r.h));
    let text = '';
    let end = runs[0].x;
    for (const r of runs) {
      // A visible gap between runs is a space (letter-spaced signatures are squeezed later).
      if (text !== '' && r.x - end > 0.3 * size && !text.endsWith(' ') && !r.str.startsWith(' ')) text += ' ';
      text += r.str;
      end = Math.max(end, r.x + r.w);
    }
    return { text: unifyRadicals(text.trim()), page: pageNo, x0: runs[0].x, x1: end, y: runs[0].y, size };
  });
}

const PAGE_NUMBER = /^[-—–－―~\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－―~\s]*$/;
const shape = (t: string) => t.replace(/\d+/g, '#').replace(/\s+/g, '');

/** Page numbers and running headers/footers: in the top or bottom tenth, by shape or by recurrence. */
function furniture(pages: PrintedLine[][], heights: number[]): Map<PrintedLine, string> {
  const band = (l: PrintedLine) => {
    const h = heights[l.page - 1];
    return l.y > h * 0.88 ? 'header' : l.y < h * 0.12 ? 'footer' : undefined;
  };
  const recurring = new Map<string, number>();
  for (const lines of pages) {
    for (const s of new Set(lines.filter(band).map((l) => `${band(l)}:${shape(l.text)}`))) recurring.set(s, (recurring.get(s) ?? 0) + 1);
  }
  const out = new Map<PrintedLine, string>();
  for (const lines of pages) {
    for (const l of lines) {
      const where = band(l);
      if (!where) continue;
      if (PAGE_NUMBER.test(l.text)) out.set(l, `page number (${where})`);
      else if (pages.length > 1 && (recurring.get(`${where}:${shape(l.text)}`) ?? 0) >= Math.max(2, pages.length / 2)) out.set(l, `running ${where}`);
    }
  }
  return out;
}

const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

export function layoutPdf(pdf: RawPdf): { lines: SourceLine[]; setAside: ReaderSetAside[] } {
  const pages = pdf.pages.map((p, i) => printedLines(p, i + 1));
  const aside = furniture(
    pages,
    pdf.pages.map((p) => p.height),
  );
  const body = pages.flat().filter((l) => !aside.has(l));
  const size = median(body.map((l) => l.size));
  // The text block's left edge is where most lines start; its right edge where most full lines end.
  const left = median(body.filter((l) => l.x0 <= median(body.map((b) => b.x0)) + size).map((l) => l.x0));
  const ends = body.map((l) => l.x1).sort((a, b) => a - b);
  const right = ends[Math.floor((ends.length - 1) * 0.9)];

  const lines: SourceLine[] = [];
  let prev: PrintedLine | undefined;
  for (const l of body) {
    const continues =
      prev !== undefined &&
      prev.x1 >= right - 1.5 * size &&
      l.x0 <= left + 0.5 * size &&
      Math.abs(l.size - prev.size) <= 0.15 * prev.size &&
      (l.page !== prev.page || prev.y - l.y <= 2.5 * l.size);
    const last = lines.at(-1);
    if (continues && last) last.text += (LATIN_END.test(last.text) && LATIN_START.test(l.text) ? ' ' : '') + l.text;
    else lines.push({ no: lines.length + 1, text: l.text, origin: { page: l.page } });
    prev = l;
  }
  const setAside = [...aside].map(([l, reason]) => ({ text: l.text, reason, origin: { page: l.page } }));
  return { lines, setAside };
}
