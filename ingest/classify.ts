/**
 * Stage 3 — separate plan text from what the saved web page put around it.
 *
 * Web debris (navigation, app prompts, bylines, view counters, copyright and repost
 * notices, comment boxes, print buttons, portal advertising) sits *around* the document:
 * in the head before the first heading and in the tail after the last paragraph. The rules
 * below are therefore only applied there; a line inside the document is never dropped by a
 * rule, only by an explicit per-plan override in the catalog. The printed table of contents
 * is recognised and set aside (the site generates its own), and an editorial remark such as
 * （本文部分内容删减） is moved to the plan's metadata. Every line that does not become plan
 * text is returned with its role and the rule that decided it, for the ingestion report.
 */
import type { SourceLine } from './read/index.ts';
import { GOAL, isStructuralHeading, recognise, stripPageNumber } from './patterns.ts';
import { cleanLine } from './text.ts';

export type LineRole = 'plan' | 'blank' | 'debris' | 'toc' | 'remark';

export interface ClassifiedLine extends SourceLine {
  role: LineRole;
  /** The rule (or override) that gave a non-plan role. */
  rule?: string;
}

/** Per-plan overrides from the catalog, for lines a general rule cannot decide. */
interface ClassifyOverrides {
  /** Lines (exact text after trimming) that are debris although no rule says so. */
  debris?: { text: string; reason: string }[];
  /** Lines (exact text after trimming) that are plan text although a rule says debris. */
  keep?: string[];
}

/** Trim ASCII, NBSP and ideographic spaces. */
export const trimLine = (s: string): string => s.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
const squeeze = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, '');

interface DebrisRule {
  name: string;
  test: (line: string) => boolean;
}

/** Words a page's chrome is made of; a short line made only of them is chrome. */
const CHROME_WORDS =
  /^(?:(?:进入|退出|進入|退出)?(?:老年|長者|长者|无障碍|無障礙)模式|打印|列印|关闭|關閉|扫码(?:下载|咨询)|掃碼(?:下載|諮詢)|关注有礼|關注有禮|官方微信|商务合作|商務合作|重要资讯|重要資訊|相关文章|相關文章|相关阅读|网友点评|網友點評|发表评论|發表評論|我要评论|评价|評價|分享到?|收藏|返回顶部|返回頂部|上一篇|下一篇|字[号號体體][:：]?[大中小+-]*|(?:微信)?扫一扫(?:在手机(?:上)?打开(?:当前页|本页)?)?|掃一掃(?:在手機(?:上)?打開(?:當前頁|本頁)?)?|打印本页|列印本頁|关闭窗口|關閉窗口|微信|微博|QQ空间|QQ空間|QQ好友|朋友圈|[^\s]{0,6}(?:APP|App|app)|[^\s]{0,6}客服|[:：()（）【】[\]+\-•·|｜/])+$/;

const DEBRIS_RULES: DebrisRule[] = [
  { name: 'page chrome (buttons, app prompts, section labels)', test: (l) => squeeze(l).length <= 24 && CHROME_WORDS.test(squeeze(l)) },
  // A year range (2021-2025) is a table cell, not a phone number.
  { name: 'hotline or phone number', test: (l) => /热线|熱線/.test(l) || (/^[\d\-\s()+]{7,}$/.test(l) && !/^\d{4}\s*-\s*\d{4}$/.test(l.trim())) },
  { name: 'breadcrumb navigation', test: (l) => /^(当前位置|當前位置|您的位置|你的位置)/.test(l) || /^>\s|\s>\s.*\s>\s/.test(l) },
  {
    name: 'page metadata block (facts kept in the catalog)',
    test: (l) =>
      /^(索引号|索引號|文号|文號|发文字号|發文字號|发文机关|發文機關|成文日期|生效日期|有效性|时效性|時效性|发布单位|發布單位|发布机构|發布機構|主题分类|主題分類|公开方式|公開方式)[:：]/.test(
        l,
      ),
  },
  {
    name: 'byline, date stamp or view counter',
    test: (l) =>
      /^[•·]?\s*(日期|发布日期|發布日期|发布时间|發布時間|来源|來源|信息来源|信息來源|作者|浏览次数|瀏覽次數|访问量|訪問量|阅读量|閱讀量|点击数|點擊數)[:：]/.test(
        l,
      ) ||
      /^[(（]?(责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核)[:：][^。]{0,20}[)）]?$/.test(l) ||
      /^[(（]?(来源|來源|转自|轉自|稿源)[:：][^。]{0,30}[)）]?$/.test(l) ||
      /\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}/.test(l) ||
      /(阅读量|閱讀量|浏览次数|瀏覽次數)[:：]?\s*\d*$/.test(l),
  },
  {
    name: 'copyright or reposting notice',
    test: (l) =>
      /版权所有|版權所有|版权均属|版權均屬|版权归|版權歸|(转载|轉載)(请|請|文章|本网|本網|的稿件)|(不得|授权|授權|如需)(转载|轉載)|镜像|鏡像|投稿邮箱|投稿郵箱/.test(
        l,
      ),
  },
  {
    name: 'site footer (site code, licence numbers, sponsor)',
    test: (l) =>
      /网站标识码|網站標識碼|ICP[备備]|公网安备|公網安備|^(主办|主辦|承办|承辦|技术支持|技術支持)(单位|單位)?[:：]|网站地图|網站地圖|联系我们|聯繫我們/.test(l),
  },
  { name: 'follow-us prompt', test: (l) => /(关注|關注).{0,20}(微信|微博|公众号|公眾號|频道|頻道)/.test(l) },
  { name: 'comment box', test: (l) => /请自觉遵守|請自覺遵守|严禁发布|嚴禁發布/.test(l) },
  { name: 'portal advertising', test: (l) => /请咨询|請諮詢|欢迎咨询|歡迎諮詢/.test(l) },
  {
    name: 'attachment download link',
    test: (l) => /\.(pdf|docx?|xlsx?|wps|ofd|zip|rar)$/i.test(l) || /^(附件下载|附件下載|相关附件|相關附件)[:：]?/.test(l),
  },
  { name: 'portal headline marker', test: (l) => /^(全文|原文)[:：]/.test(l) },
];

/** A table's caption: 表N …, or 附表 … (an attachment that is a table). */
const isTableCaption = (t: string): boolean => {
  const mark = recognise(t);
  return mark?.kind === 'table' || (mark?.kind === 'annex' && mark.label === '附表');
};
/** What a table prints in an empty cell. */
const EMPTY_CELL = /^[-－—–―/／\\]+$/;

const EDITORIAL_REMARK = /^[(（][^()（）]{0,20}(删减|刪減|节选|節選|删节|刪節|摘编|摘編)[^()（）]{0,10}[)）]$/;
const TOC_LINE = /^目[录錄]$/;

/** Words in which a page speaks of the website itself: no plan is written like this. */
const WEB_SELF = /本站|本网|本網|网站|網站|网友|網友|提醒您|稿件|(转载|轉載)(请|請)|请咨询|請諮詢|严禁发布|嚴禁發布|阅读量|閱讀量|浏览次数|瀏覽次數/;

/**
 * The shape of plan text: numbered like a heading or article, a —— goal, or a sentence.
 * A debris rule may set such a line aside only where it speaks of the website itself.
 */
export function looksLikePlanText(line: string): boolean {
  const t = cleanLine(line);
  return recognise(t)?.kind === 'numbered' || GOAL.test(t) || (t.length >= 12 && /[。；！？]/.test(t));
}

export function matchDebrisRule(line: string): string | undefined {
  const rule = DEBRIS_RULES.find((r) => r.test(line))?.name;
  return rule && (!looksLikePlanText(line) || WEB_SELF.test(line)) ? rule : undefined;
}

/** Unnumbered entries a contents may list beside the headings. */
const TOC_EXTRA = /^(前言|序言|引言|导言|導言|结束语|結束語|结语|結語|附件.{0,30}|附表.{0,30}|名词解释|名詞解釋)$/;

/**
 * The printed table of contents starting at `at` (a line reading 目录): the lines it spans.
 * It ends where the body begins: an entry printed again, or the top numbering starting over.
 */
function tocAt(out: ClassifiedLine[], at: number): number {
  const seen = new Set<string>();
  let top: { style: string; num: number } | undefined;
  let i = at + 1;
  for (; i < out.length; i++) {
    const t = trimLine(out[i].text);
    if (t === '') continue;
    const entry = squeeze(stripPageNumber(t));
    if (seen.has(entry)) break;
    const mark = recognise(stripPageNumber(t));
    // An unnumbered entry (前言, 附件) is one only before the numbered ones or with its page number.
    const extra = TOC_EXTRA.test(entry) && (top === undefined || stripPageNumber(t) !== t);
    if (!isStructuralHeading(t) && !extra) break;
    if (mark?.kind === 'numbered') {
      if (top === undefined) top = { style: mark.style, num: mark.num };
      else if (mark.style === top.style) {
        if (mark.num <= top.num) break;
        top.num = mark.num;
      }
    }
    seen.add(entry);
  }
  // Trailing blank lines belong to what follows.
  while (i > at + 1 && trimLine(out[i - 1].text) === '') i--;
  return i;
}

/**
 * Classify every line. `lines` are the raw lines of one file.
 */
export function classifyLines(lines: SourceLine[], overrides: ClassifyOverrides = {}): ClassifiedLine[] {
  const out: ClassifiedLine[] = lines.map((l) => ({ ...l, role: trimLine(l.text) === '' ? 'blank' : 'plan' }));
  const keep = new Set(overrides.keep ?? []);
  const forced = new Map((overrides.debris ?? []).map((d) => [d.text, d.reason]));
  const mark = (i: number, role: LineRole, rule: string) => {
    out[i] = { ...out[i], role, rule };
  };

  // Every printed table of contents (目录, then heading-shaped lines until the first entry repeats).
  let firstToc = -1;
  for (let i = 0; i < out.length; i++) {
    if (!TOC_LINE.test(squeeze(out[i].text)) || keep.has(trimLine(out[i].text))) continue;
    const end = tocAt(out, i);
    for (let j = i; j < end; j++) if (out[j].role !== 'blank') mark(j, 'toc', 'printed table of contents');
    if (firstToc < 0) firstToc = i;
    i = end - 1;
  }
  // The document starts at its first heading outside a table of contents.
  const firstHeading = out.findIndex((l) => l.role === 'plan' && isStructuralHeading(trimLine(l.text)));
  const bodyStart = firstHeading < 0 ? out.length : firstHeading;

  const ruleFor = (i: number): string | undefined => {
    const t = trimLine(out[i].text);
    if (keep.has(t)) return undefined;
    return forced.has(t) ? `catalog override: ${forced.get(t)}` : matchDebrisRule(t);
  };

  // Head: before the document (or its first table of contents) starts.
  const headEnd = firstToc >= 0 && firstToc < bodyStart ? firstToc : bodyStart;
  const headPlan: number[] = [];
  for (let i = 0; i < headEnd; i++) {
    if (out[i].role !== 'plan') continue;
    const rule = ruleFor(i);
    if (rule) mark(i, 'debris', rule);
    else headPlan.push(i);
  }
  // A page heading repeats the document's own title line (sometimes split over two lines).
  for (let k = 0; k < headPlan.length; k++) {
    const i = headPlan[k];
    const later = headPlan.slice(k + 1).map((j) => squeeze(out[j].text));
    const one = squeeze(out[i].text);
    const next = headPlan[k + 1];
    const two = next === undefined ? '' : one + squeeze(out[next].text);
    if (one.length >= 8 && later.some((t) => t === one)) {
      mark(i, 'debris', 'page heading repeating the document title');
    } else if (next !== undefined && two.length >= 8 && later.slice(1).some((t) => t === two)) {
      mark(i, 'debris', 'page heading repeating the document title (split over two lines)');
      mark(next, 'debris', 'page heading repeating the document title (split over two lines)');
      k++;
    }
  }

  // Tail: from the end upwards, while lines are blank, debris or an editorial remark. After a
  // table's caption, a line of only a dash or slash is an empty cell, not a page's separator.
  const lastCaption = out.findLastIndex((l) => l.role === 'plan' && isTableCaption(trimLine(l.text)));
  for (let i = out.length - 1; i >= bodyStart; i--) {
    if (out[i].role !== 'plan' && out[i].role !== 'debris') continue;
    const t = trimLine(out[i].text);
    if (lastCaption >= 0 && i > lastCaption && EMPTY_CELL.test(t)) break;
    if (EDITORIAL_REMARK.test(t) && !keep.has(t)) {
      mark(i, 'remark', 'editorial remark (shown with the plan metadata)');
      continue;
    }
    const rule = ruleFor(i);
    if (!rule) break;
    mark(i, 'debris', rule);
  }

  // Anywhere: explicit overrides only.
  for (let i = 0; i < out.length; i++) {
    const t = trimLine(out[i].text);
    if (out[i].role === 'plan' && forced.has(t)) mark(i, 'debris', `catalog override: ${forced.get(t)}`);
  }
  return out;
}

/**
 * Set-aside lines that have the shape of plan text (numbered, or a sentence): each one is a
 * warning, so a person reads it before the plan is published without it. The message names
 * the line and its shape, not its text: problems are published (ingest-summary.json), the
 * removed text is not.
 */
export function doubtfulSetAside(lines: ClassifiedLine[]): { line: number; message: string }[] {
  return lines
    .filter((l) => l.role === 'debris' && looksLikePlanText(l.text) && !l.rule?.startsWith('catalog override'))
    .map((l) => {
      const t = cleanLine(l.text);
      const shape = recognise(t)?.kind === 'numbered' ? 'a numbered line' : `a sentence of ${[...t].length} characters`;
      return {
        line: l.no,
        message: `set aside as "${l.rule}" although it reads like plan text (${shape}); check the line, or keep it with a catalog override`,
      };
    });
}
