/**
 * Print plan lines to an A4 PDF with Chromium, as a government office's PDF looks: title and
 * headings unindented, paragraphs indented two characters, signatures set right, a running
 * header and page numbers "— N —" in the footer. Used by the fixture generator and the PDF
 * benchmark.
 */
import type { Browser } from 'playwright-core';
import { escapeHtml } from '../../src/lib/html.ts';

/** How a line is set: the print styles a line's shape calls for. */
function lineClass(line: string, i: number): string {
  if (i === 0) return 'title';
  if (/^(中 共|[^，。；：]{2,12}(人民政府|委员会|市委)$|\d{4}年\d{1,2}月\d{1,2}日$)/.test(line)) return 'sign';
  if (/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/.test(line) && line.length < 40) return 'head';
  return 'body';
}

export function planHtml(lines: string[]): string {
  const body = lines.map((l, i) => `<p class="${lineClass(l, i)}">${escapeHtml(l)}</p>`).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body { font-family: "Noto Serif CJK SC", serif; font-size: 16px; line-height: 1.9; margin: 0 }
p { margin: 0; text-indent: 2em; text-align: justify }
p.title { text-indent: 0; text-align: center; font-size: 20px; font-weight: bold; margin: 1em 0 }
p.head { text-indent: 0; font-weight: bold }
p.sign { text-indent: 0; text-align: right }
</style></head><body>${body}</body></html>`;
}

export async function printPdf(browser: Browser, lines: string[], runningHeader: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  await page.setContent(planHtml(lines));
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '25mm', bottom: '25mm', left: '26mm', right: '26mm' },
    displayHeaderFooter: true,
    headerTemplate: `<div style="font-size:9px;width:100%;text-align:center;font-family:'Noto Serif CJK SC'">${escapeHtml(runningHeader)}</div>`,
    footerTemplate: `<div style="font-size:11px;width:100%;text-align:center;font-family:'Noto Serif CJK SC'">— <span class="pageNumber"></span> —</div>`,
  });
  await page.close();
  return pdf;
}
