/**
 * A PDF's text layer → lines of plan text. Pure: works on the positioned text runs the
 * worker extracted (pdf-worker.ts), so it is tested without pdf.js.
 *
 * 1. Runs on one baseline make a printed line.
 * 2. Page furniture: among the outermost lines of each page, a page number ("— 3 —", "- 3 -",
 *    "3", "第3页", "第3页 共9页") that runs with the pages, or a line that recurs on most pages
 *    (digits aside: a running header or footer), is set aside with that reason.
 * 3. Printed lines are re-joined into paragraphs: a line continues the one before when that one
 *    ran to the right margin and this one starts at the left margin, in the same type size —
 *    across a page break too. A Chinese paragraph opens indented and a heading ends short, so
 *    both stay lines of their own; a heading that follows a full last line is told by its
 *    numbering (（四）, 一、, 第三章, 专栏, 表…) after a finished sentence. (Fonts would tell a bold
 *    heading too, but Chromium's PDFs switch font objects mid-paragraph.)
 * 4. Fonts that map glyphs to Kangxi radicals (⼯ for 工, ⺠ for 民) are read as the ideographs
 *    of the plan's script (./characters.ts: ⼾ is 户 in a simplified plan, 戶 in a traditional one).
 */
import type { Script } from '../../src/lib/plan-types.ts';
import { unifyRadicals } from './characters.ts';
export { unifyRadicals };
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
export type RawPdfResult = { ok: true; pdf: RawPdf } | { ok: false; reason: 'password' | 'invalid' | 'pages'; message: string; pages?: number };

interface PrintedLine {
  text: string;
  page: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** Runs sharing a baseline (within a third of the type size) make one printed line, left to right. */
function printedLines(page: RawPage, pageNo: number, script?: Script): PrintedLine[] {
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
    return { text: unifyRadicals(text.trim(), script), page: pageNo, x0: runs[0].x, x1: end, y: runs[0].y, size };
  });
}

const PAGE_NUMBER = /^[-—–－―~\s]*(?:第\s*)?(\d{1,4})(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－―~\s]*$/;
const shape = (t: string) => t.replace(/\d+/g, '#').replace(/\s+/g, '');
const mode = (xs: number[]) => {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0];
};

/**
 * Page numbers and running headers/footers. Candidates are the two outermost lines at the
 * top and at the bottom of each page, within its outer sixth. A candidate is a running
 * header or footer when its shape (digits aside) recurs there on at least half the pages;
 * a page number when it reads as one and its number runs with the pages (the same offset
 * from the page's index as on most pages — so a table cell "665" at the top of a page is not).
 */
function furniture(pages: PrintedLine[][], heights: number[]): Map<PrintedLine, string> {
  const candidates: { line: PrintedLine; where: 'header' | 'footer' }[] = [];
  pages.forEach((lines, i) => {
    const h = heights[i];
    for (const l of lines.slice(0, 2)) if (l.y > h * (5 / 6)) candidates.push({ line: l, where: 'header' });
    for (const l of lines.slice(-2)) if (l.y < h / 6 && !candidates.some((c) => c.line === l)) candidates.push({ line: l, where: 'footer' });
  });
  const recurring = new Map<string, Set<number>>();
  for (const c of candidates) {
    const key = `${c.where}:${shape(c.line.text)}`;
    recurring.set(key, (recurring.get(key) ?? new Set()).add(c.line.page));
  }
  const numbered = candidates.flatMap((c) => {
    const m = PAGE_NUMBER.exec(c.line.text);
    return m ? [{ ...c, offset: Number(m[1]) - c.line.page }] : [];
  });
  const [offset, count] = mode(numbered.map((n) => n.offset)) ?? [0, 0];
  const numbersRun = pages.length === 1 ? count === 1 : count >= 2;

  const out = new Map<PrintedLine, string>();
  for (const n of numbered) if (numbersRun && n.offset === offset) out.set(n.line, `page number (${n.where})`);
  for (const c of candidates) {
    const pagesWithIt = recurring.get(`${c.where}:${shape(c.line.text)}`)?.size ?? 0;
    if (!out.has(c.line) && pages.length > 1 && pagesWithIt >= Math.max(2, pages.length / 2)) out.set(c.line, `running ${c.where}`);
  }
  return out;
}

/** Printed numbering that opens a heading or a numbered block. */
const HEADING_START =
  /^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百零〇\d]+(?:[篇章节条]|部分)|\d{1,2}(?:[.．]\d{1,2}){1,2}(?![.．\d])\s*(?![万亿千百倍])[\u4e00-\u9fff]|专栏|表\s*[0-9一二三四五六七八九十]|图\s*\d|附件|附表|注[:：])/;
const SENTENCE_END = /[。；！？：]["”’]?$/;
const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

export function layoutPdf(pdf: RawPdf, script?: Script): { lines: SourceLine[]; setAside: ReaderSetAside[] } {
  const pages = pdf.pages.map((p, i) => printedLines(p, i + 1, script));
  const aside = furniture(
    pages,
    pdf.pages.map((p) => p.height),
  );
  const body = pages.flat().filter((l) => !aside.has(l));
  const size = median(body.map((l) => l.size));
  // The text block's left edge is where most lines start; its right edge where most full lines end.
  const typicalStart = median(body.map((b) => b.x0));
  const left = median(body.filter((l) => l.x0 <= typicalStart + size).map((l) => l.x0));
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
      (l.page !== prev.page || prev.y - l.y <= 2.5 * l.size) &&
      !(HEADING_START.test(l.text) && SENTENCE_END.test(prev.text));
    const last = lines.at(-1);
    if (continues && last) last.text += (LATIN_END.test(last.text) && LATIN_START.test(l.text) ? ' ' : '') + l.text;
    else lines.push({ no: lines.length + 1, text: l.text, origin: { page: l.page } });
    prev = l;
  }
  const setAside = pages.flat().flatMap((l) => {
    const reason = aside.get(l);
    return reason ? [{ text: l.text, reason, origin: { page: l.page } }] : [];
  });
  return { lines, setAside };
}
