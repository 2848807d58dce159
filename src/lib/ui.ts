/** Interface text in both scripts, written by hand (not converted) so each reads natively. */
import { formatPeriod } from './numerals.ts';
import type { Script } from './plan-types.ts';

const strings = {
  siteName: { hans: '浙江规划文本库', hant: '浙江規劃文本庫' },
  siteTagline: { hans: '阅读、检索、比较地方发展规划', hant: '閱讀、檢索、比較地方發展規劃' },
  skipToContent: { hans: '跳到正文', hant: '跳到正文' },
  home: { hans: '全部规划', hant: '全部規劃' },
  about: { hans: '关于', hant: '關於' },
  switchTo: { hans: '繁體', hant: '简体' },
  switchToLabel: { hans: '切换到繁体中文', hant: '切換到簡體中文' },
  read: { hans: '阅读全文', hant: '閱讀全文' },
  kind: { hans: '类型', hant: '類型' },
  period: { hans: '规划期', hant: '規劃期' },
  issuer: { hans: '发布机关', hant: '發布機關' },
  adoptedBy: { hans: '审议通过', hant: '審議通過' },
  docNumber: { hans: '文号', hant: '文號' },
  indexNumber: { hans: '索引号', hant: '索引號' },
  written: { hans: '成文日期', hant: '成文日期' },
  adopted: { hans: '通过日期', hant: '通過日期' },
  published: { hans: '发布日期', hant: '發布日期' },
  reposted: { hans: '转载日期', hant: '轉載日期' },
  source: { hans: '文本来源', hant: '文本來源' },
  via: { hans: '经由', hant: '經由' },
  length: { hans: '字数', hant: '字數' },
  chapters: { hans: '章数', hant: '章數' },
  characters: { hans: '字', hant: '字' },
  remark: { hans: '原文注记', hant: '原文註記' },
  sourceNote: { hans: '说明', hant: '說明' },
  originalScript: { hans: '原文为简体', hant: '原文為簡體' },
  originalScriptHant: { hans: '原文为繁体', hant: '原文為繁體' },
  converted: { hans: '本页由繁体原文转换为简体（OpenCC）', hant: '本頁由簡體原文轉換為繁體（OpenCC）' },
  contents: { hans: '目录', hant: '目錄' },
  notStated: { hans: '原文未载明', hant: '原文未載明' },
  titleAndFrontMatter: { hans: '标题与前言', hant: '標題與前言' },
  citeThis: { hans: '引用本文', hant: '引用本文' },
  citeHint: { hans: '点选正文中任一段落旁的链接符号，引文即指向该处。', hant: '點選正文中任一段落旁的連結符號，引文即指向該處。' },
  copyCitation: { hans: '复制引文', hant: '複製引文' },
  copied: { hans: '已复制', hant: '已複製' },
  linkCopied: { hans: '链接已复制', hant: '連結已複製' },
  copyFailed: { hans: '无法自动复制，请手动复制地址栏中的链接', hant: '無法自動複製，請手動複製網址列中的連結' },
  backToTop: { hans: '回到顶部', hant: '回到頂部' },
  plansOf: { hans: '份规划', hant: '份規劃' },
  corpusIntro: {
    hans: '收录浙江省地方国民经济和社会发展规划及相关文件。全文可读、可检索，每一章、节、条、段都有固定链接。',
    hant: '收錄浙江省地方國民經濟和社會發展規劃及相關文件。全文可讀、可檢索，每一章、節、條、段都有固定連結。',
  },
  date: { hans: '日期', hant: '日期' },
} as const;

export type UiKey = keyof typeof strings;
export const ui = (script: Script, key: UiKey): string => strings[key][script];

/** “十四五”（2021—2025年）: the same in both scripts. */
export const periodLabel = (period: number, years: [number, number]): string => `${formatPeriod(period)}（${years[0]}—${years[1]}年）`;
