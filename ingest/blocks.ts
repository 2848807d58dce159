/**
 * The parser's block builders (stage 4): a paragraph with its lead sentence, an item, a
 * heading's title split from the text printed after it, and the shape tests the parser's
 * rules ask of a line (a title, a table cell, a box's row label).
 */
import type { Inline, Item, Paragraph, ParagraphStyle } from '../src/lib/plan-types.ts';
import { cleanLine, splitLead } from './text.ts';

export const text = (value: string): Inline[] => (value === '' ? [] : [{ type: 'text', value }]);
export const span = (no: number) => ({ from: no, to: no });

/**
 * A paragraph; `bold` is the lead sentence the format printed in bold (HTML <strong>), which
 * decides over the shape of the text where the format says so.
 */
export function paragraph(value: string, no: number, style?: ParagraphStyle, bold?: string): Paragraph {
  if (style === 'goal' || style === undefined) {
    const lead = bold ? { lead: bold, rest: value.slice(bold.length) } : splitLead(value);
    if (lead) {
      return { kind: 'paragraph', id: '', style: style ?? 'lead', lead: text(lead.lead), content: text(lead.rest), source: span(no) };
    }
  }
  return { kind: 'paragraph', id: '', style: style ?? 'plain', content: text(value), source: span(no) };
}

/**
 * The part of a line's bold opening (`bold`, as the format printed it) that falls inside
 * `value`, the text after the line's number: the lead sentence of that text, if any.
 */
export function boldLead(bold: string | undefined, line: string, value: string): string | undefined {
  if (bold === undefined) return undefined;
  const b = cleanLine(bold);
  if (!line.startsWith(b) || !line.endsWith(value)) return undefined;
  const lead = b.slice(line.length - value.length);
  return lead.trim() !== '' && value.length > lead.length && value.startsWith(lead) ? lead : undefined;
}

/** Short unpunctuated lines inside a box are row labels of a flattened layout table. */
export const isBoxLabel = (t: string) => t.length <= 16 && !/[，。、：；,.:;！？()（）“”]/.test(t);
/** A table cell line: short, and not a sentence. */
export const isCellLine = (t: string) => t.length <= 60 && !/。./.test(t) && !t.endsWith('。');

/** A line that can be the title of a heading printed alone on the line before (第一章 / 总则). */
export const isTitleLine = (t: string) => t.length <= 60 && !/[。！？；]./.test(t) && !/[，,]$/.test(t);

/** "总体要求。全面贯彻…": a heading's title and the text printed after it on the same line. */
export function splitTitle(rest: string): { title: string; body?: string } {
  const m = splitLead(rest) ?? /^(?<lead>.+?[。！？；])(?<rest>.+)$/.exec(rest)?.groups;
  return m ? { title: m.lead, body: m.rest } : { title: rest };
}

/** An item of a box or note (a note's first item keeps its 注： in the label). */
export function item(num: number, body: string, label: string, no: number): Item {
  return { kind: 'item', id: '', num, label, children: [paragraph(body, no)], source: span(no) };
}
