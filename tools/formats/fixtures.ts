/**
 * Regenerate tests/fixtures/formats/ from a seed excerpt: `npx node tools/formats/fixtures.ts`.
 *
 * plan.txt is the source: the front matter and first chapter of the Linhai common-prosperity
 * plan (seed lines 33–75, blank lines dropped). From it: the same text printed to PDF by
 * Chromium (A4, running header, "— N —" page numbers), saved as a GBK web page wrapped in
 * portal furniture, and saved as UTF-16 LE and BE; plus the bad inputs (a file mixing UTF-8
 * and GBK lines, a PDF without a text layer). The tests read expected.json beside them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../../tests/helpers/browser.ts';
import { gbk } from './gbk.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { printPdf } from './print.ts';

const dir = 'tests/fixtures/formats';
const { pdfLines: PDF_LINES } = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).plan as { pdfLines: number };
const lines = readFileSync('seeds/linhai-common-prosperity.txt', 'utf8')
  .split(/\r?\n/)
  .slice(32, 75)
  .map((l) => l.trim())
  .filter(Boolean);
const text = `${lines.join('\n')}\n`;
writeFileSync(join(dir, 'plan.txt'), text);

// UTF-16 with byte-order marks.
const le = Buffer.from(`\ufeff${text}`, 'utf16le');
writeFileSync(join(dir, 'plan-utf16le.txt'), le);
const be = Buffer.from(le);
be.swap16();
writeFileSync(join(dir, 'plan-utf16be.txt'), be);

/** "1.激发市场主体活力。…" opens with a bold lead sentence on the portal's page. */
const paragraph = (l: string) => {
  const lead = /^(\d+\.[^。]{2,30}。)(.+)$/.exec(l);
  return lead ? `<p><strong>${escapeHtml(lead[1])}</strong>${escapeHtml(lead[2])}</p>` : `<p>${escapeHtml(l)}</p>`;
};
/** The portal's page heading repeats the document title (seed line 43) above the text. */
const pageHeading = lines[5];
const page = `<!DOCTYPE html>
<!-- saved from url=(0058)https://www.linhai.gov.cn/art/2022/1/17/art_1229_59381.html -->
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>临海奋力打造共同富裕示范样板实施方案_临海市人民政府</title>
<style>.nav a { margin: 0 1em }</style>
<script>var _hmt = _hmt || []; (function () { /* 统计代码 */ })();</script>
</head><body>
<div class="top"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/zwfw">政务服务</a> <a href="/hdjl">互动交流</a></div>
<div class="wz">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政策文件</div>
<div class="main">
<h1>${escapeHtml(pageHeading)}</h1>
<div class="info">发布时间：2022-01-17 来源：临海市人民政府 浏览次数：1847 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="article">
${lines.map(paragraph).join('\n')}
</div>
<div class="share">扫一扫在手机打开当前页</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">临海市国民经济和社会发展第十四个五年规划纲要</a></li><li><a href="/b">台州市共同富裕实施方案</a></li></ul></div>
</div>
<div class="footer"><p>主办单位：临海市人民政府办公室</p><p>网站标识码：3310820001 浙ICP备05015422号</p><p>版权所有 临海市人民政府</p></div>
<script>document.write('');</script>
</body></html>
`;
writeFileSync(join(dir, 'plan-gbk.html'), gbk(page));

// A data table as a portal prints it: header rows with spans.
// A data table as a portal prints it, header rows with spans: drawn from the expectation.
type Cell = { text: string; rowspan?: number; colspan?: number; header?: boolean };
const { rows, headerRows } = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'))['table.html'].table as { rows: Cell[][]; headerRows: number };
const cell = (c: Cell) => {
  const tag = c.header ? 'th' : 'td';
  const spans = `${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}${c.colspan ? ` colspan="${c.colspan}"` : ''}`;
  return `<${tag}${spans}>${escapeHtml(c.text)}</${tag}>`;
};
const tr = (r: Cell[]) => `<tr>${r.map(cell).join('')}</tr>`;
writeFileSync(
  join(dir, 'table.html'),
  [
    '<!doctype html><html><head><meta charset="utf-8"></head><body><div class="content">',
    '<p>为深入贯彻共同富裕示范区建设要求，现提出主要指标如下，各地各部门要结合实际抓好落实。</p>',
    '<p>表1 共同富裕主要指标</p>',
    `<table><thead>${rows.slice(0, headerRows).map(tr).join('')}</thead>`,
    `<tbody>${rows.slice(headerRows).map(tr).join('')}</tbody></table>`,
    '<p>各镇（街道）要对照上述指标，制定具体措施，确保各项目标任务如期完成，并按年度报告进展情况。</p>',
    '</div></body></html>',
    '',
  ].join('\n'),
);

// Mixed encodings: UTF-8 lines, then one line saved as GBK (line 4).
const mixedLines: Uint8Array[] = lines.slice(0, 6).map((l) => new TextEncoder().encode(`${l}\n`));
mixedLines[3] = gbk(`${lines[3]}\n`);
writeFileSync(join(dir, 'mixed.txt'), Buffer.concat(mixedLines));

const browser = await launch();
try {
  // The PDF holds the first PDF_LINES lines only: every page embeds its own font subset (~150 KB).
  writeFileSync(join(dir, 'plan.pdf'), await printPdf(browser, lines.slice(0, PDF_LINES), '临海市人民政府'));
  // A "scan": a page with a picture and no text layer.
  const scan = await browser.newPage();
  await scan.setContent('<svg width="400" height="300"><rect width="400" height="300" fill="#ccc"/><circle cx="200" cy="150" r="80"/></svg>');
  writeFileSync(join(dir, 'scanned.pdf'), await scan.pdf({ format: 'A4' }));
} finally {
  await browser.close();
}
console.log(`fixtures written to ${dir}`);
