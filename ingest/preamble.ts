/**
 * The lines before a plan's first heading (stage 4): the red head, the notice's 文号 and
 * addressee, its title, date and signature, each a paragraph of its style; and the colophon
 * (版记) that closes an official document.
 */
import type { ParagraphStyle } from '../src/lib/plan-types.ts';

/** 前言, 序言 …: the heading of an unnumbered opening. */
const FOREWORD = /^(前言|序言|引言|导言|導言)$/;

/** The colophon of an official document (版记): who it is copied to, who issued it when. */
export const COLOPHON = /^(抄送|抄報|抄报)[:：]|^.{2,40}\d{4}年\d{1,2}月\d{1,2}日(印发|印發)$/;

/** A document number (文号): 某政发〔2021〕15号. */
const DOC_NUMBER = /[〔［[(（]\d{4}[〕］\])）]\s*\d+\s*号$/;

export function preambleStyle(t: string): ParagraphStyle {
  if (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(t)) return 'date';
  // The notice's 文号 and its 附件： line are text of the notice, not titles or signatures.
  if ((t.length <= 30 && DOC_NUMBER.test(t)) || /^附件/.test(t)) return 'plain';
  // The red head of an official document: 某市人民政府文件.
  if (t.length <= 30 && /文件$/.test(t) && !/[，。：]/.test(t)) return 'title';
  if (t.length <= 60 && /[:：]$/.test(t)) return 'addressee';
  if (FOREWORD.test(t)) return 'title';
  if (t.length <= 90 && !/[。，]/.test(t) && /(纲要|綱要|建议|建議|方案|规划|規劃|计划|計劃|办法|辦法|意见|意見|通知)/.test(t)) return 'title';
  if (t.length <= 20 && !/[，。、：；]/.test(t) && !/^[(（]/.test(t)) return 'signature';
  return 'plain';
}
