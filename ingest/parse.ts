/**
 * Stage 4 — parse the structure the document itself numbers.
 *
 * Input: the plan lines (debris already set aside), cleaned. Output: a PlanDocument whose
 * ids are still empty (stage 5 assigns them); the raw cell lines of every table go to
 * `file.tableCells` (stage 6 rebuilds them). The parser is a single pass with a stack of
 * open containers:
 *   chapter 一、 › section （一） › article 1. | box 专栏 | table 表 | note 注 | figure 图
 * Two transforms finish the tree: `resolveNumbering` (articles or items) and `closeSpans`.
 */
import type {
  Annex,
  Article,
  Block,
  Box,
  Chapter,
  Figure,
  Inline,
  Item,
  Note,
  Paragraph,
  ParagraphStyle,
  PlanDocument,
  Section,
  TableBlock,
} from '../src/lib/plan-types.ts';
import { type ClassifiedLine, trimLine } from './classify.ts';
import { ANNEX, BOX, FIGURE, GOAL, NOTE, NUMBERED, TABLE, matchChapter, matchSection } from './patterns.ts';
import { cleanLine, splitLead } from './text.ts';
import { parseNumeralOrDigits } from '../src/lib/numerals.ts';
import { visit } from '../src/lib/plan-visit.ts';
import { type CellLine, type IngestFile, warn } from './ingest-file.ts';

const text = (value: string): Inline[] => (value === '' ? [] : [{ type: 'text', value }]);
const span = (no: number) => ({ from: no, to: no });

function paragraph(value: string, no: number, style?: ParagraphStyle): Paragraph {
  if (style === 'goal' || style === undefined) {
    const lead = splitLead(value);
    if (lead) {
      return { kind: 'paragraph', id: '', style: style ?? 'lead', lead: text(lead.lead), content: text(lead.rest), source: span(no) };
    }
  }
  return { kind: 'paragraph', id: '', style: style ?? 'plain', content: text(value), source: span(no) };
}

/** Short unpunctuated lines inside a box are row labels of a flattened layout table. */
const isBoxLabel = (t: string) => t.length <= 16 && !/[，。、：；,.:;！？()（）“”]/.test(t);
/** A table cell line: short, and not a sentence. */
const isCellLine = (t: string) => t.length <= 60 && !/。./.test(t) && !t.endsWith('。');

function preambleStyle(t: string): ParagraphStyle {
  if (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(t)) return 'date';
  if (t.length <= 60 && /[:：]$/.test(t)) return 'addressee';
  if (t.length <= 90 && !/[。，]/.test(t) && /(纲要|綱要|建议|建議|方案|规划|規劃|通知)/.test(t)) return 'title';
  if (t.length <= 20 && !/[，。、：；]/.test(t) && !/^[(（]/.test(t)) return 'signature';
  return 'plain';
}

export function parseDocument(lines: ClassifiedLine[], file: IngestFile): PlanDocument {
  const doc: PlanDocument = { slug: file.entry.slug, preamble: { kind: 'preamble', id: 'preamble', children: [] }, body: [] };
  let started = false; // the body starts at the first structural line
  let chapter: Chapter | undefined;
  let section: Section | undefined;
  let leaf: Article | Box | Note | Item | undefined; // the innermost open container below a section
  let table: { block: TableBlock; cellLines: CellLine[] } | undefined;

  const host = (): Block[] => (section ? section.children : chapter ? chapter.children : doc.body);
  const extend = (c: { source: { to: number } }, no: number) => {
    c.source.to = Math.max(c.source.to, no);
  };
  const closeLeaf = () => {
    leaf = undefined;
  };
  const closeTable = () => {
    table = undefined;
  };

  for (const line of lines) {
    if (line.role !== 'plan') continue;
    const t = cleanLine(line.text);
    if (t === '') continue;
    const no = line.no;

    // Inside a table, short lines are its cells until the note or the next real block.
    if (table) {
      const note = NOTE.exec(t);
      if (note) {
        const n: Note = { kind: 'note', id: '', children: [paragraph(t, no, 'plain')], tableMissing: false, source: span(no) };
        table.block.children.push(n);
        extend(table.block, no);
        closeTable();
        continue;
      }
      const structural = matchChapter(t) || matchSection(t) || BOX.test(t) || TABLE.test(t) || FIGURE.test(t);
      if (!structural && isCellLine(t)) {
        // Cells stay verbatim (only trimmed): the curated table is checked against them.
        table.cellLines.push({ no, text: trimLine(line.text) });
        extend(table.block, no);
        continue;
      }
      closeTable();
    }

    const chapterMatch = matchChapter(t);
    if (chapterMatch) {
      started = true;
      chapter = {
        kind: 'chapter',
        id: '',
        num: chapterMatch.num,
        label: `${chapterMatch.numeral}、`,
        title: text(chapterMatch.title),
        children: [],
        source: span(no),
      };
      doc.body.push(chapter);
      section = undefined;
      closeLeaf();
      continue;
    }
    const sectionMatch = matchSection(t);
    if (sectionMatch) {
      started = true;
      const split = splitLead(sectionMatch.rest);
      const title = split ? split.lead : sectionMatch.rest;
      section = { kind: 'section', id: '', num: sectionMatch.num, label: `（${sectionMatch.numeral}）`, title: text(title), children: [], source: span(no) };
      (chapter ? chapter.children : doc.body).push(section);
      if (split) section.children.push(paragraph(split.rest, no, 'plain'));
      closeLeaf();
      continue;
    }
    const box = BOX.exec(t);
    if (box) {
      started = true;
      const b: Box = {
        kind: 'box',
        id: '',
        num: parseNumeralOrDigits(box[1]) ?? 0,
        label: `专栏${box[1]}`,
        title: text(box[2]),
        children: [],
        source: span(no),
      };
      host().push(b);
      leaf = b;
      continue;
    }
    const tableMatch = TABLE.exec(t);
    if (tableMatch) {
      started = true;
      closeLeaf();
      const block: TableBlock = {
        kind: 'table',
        id: '',
        num: parseNumeralOrDigits(tableMatch[1]) ?? 0,
        label: `表${tableMatch[1]}`,
        title: text(tableMatch[2]),
        table: { headerRows: [], columns: [], groups: [], rebuiltBy: '' },
        children: [],
        source: span(no),
      };
      host().push(block);
      table = { block, cellLines: [] };
      file.tableCells.set(block, table.cellLines);
      continue;
    }
    const figure = FIGURE.exec(t);
    if (figure) {
      started = true;
      closeLeaf();
      const f: Figure = { kind: 'figure', id: '', label: `图${figure[1]}-${figure[2]}`, caption: text(figure[3]), pictureMissing: true, source: span(no) };
      host().push(f);
      continue;
    }
    const annex = started ? ANNEX.exec(t) : null;
    if (annex) {
      const a: Annex = { kind: 'annex', id: '', ...(annex[1] ? { num: Number(annex[1]) } : {}), title: text(t), bodyMissing: true, source: span(no) };
      doc.body.push(a);
      chapter = undefined;
      section = undefined;
      closeLeaf();
      continue;
    }
    const note = NOTE.exec(t);
    if (note) {
      started = true;
      const n: Note = { kind: 'note', id: '', children: [], tableMissing: true, source: span(no) };
      const first = NUMBERED.exec(note[1]);
      if (first) n.children.push(item(Number(first[1]), t, no));
      else n.children.push(paragraph(t, no, 'plain'));
      host().push(n);
      leaf = n;
      continue;
    }

    // Inside a box or note, "4.2020年…" is item 4 when item 3 came before it.
    if (leaf && (leaf.kind === 'box' || leaf.kind === 'note')) {
      const m = /^(\d{1,2})\s*[.．]\s*(.*)$/.exec(t);
      const items = leaf.children.filter((c): c is Item => c.kind === 'item');
      const expected = (items[items.length - 1]?.num ?? 0) + 1;
      if (m && Number(m[1]) === expected) {
        leaf.children.push(item(Number(m[1]), t, no));
        extend(leaf, no);
        continue;
      }
    }
    const numbered = NUMBERED.exec(t);
    if (numbered && started) {
      const num = Number(numbered[1]);
      // Numbered through the document (articles) unless it turns out to restart: see resolveNumbering.
      const a: Article = { kind: 'article', id: '', num, label: `${num}.`, children: [paragraph(numbered[2], no)], source: span(no) };
      host().push(a);
      leaf = a;
      continue;
    }

    if (!started) {
      doc.preamble.children.push(paragraph(t, no, preambleStyle(t)));
      continue;
    }

    // A plain paragraph: it joins the open leaf container, unless it ends it.
    if (leaf?.kind === 'note') closeLeaf();
    if (leaf?.kind === 'box') {
      const b = leaf;
      const endsBox = b.children.length > 0 && (GOAL.test(t) || (splitLead(t) !== undefined && !isBoxLabel(t)));
      if (!endsBox) {
        const last = b.children[b.children.length - 1];
        if (isBoxLabel(t) && last?.kind === 'paragraph' && last.style === 'label' && last.source.to === prevPlanLine(lines, no)) {
          // One label printed over two lines (特色 / 产业园).
          (last.content[0] as { value: string }).value += t;
          last.source.to = no;
        } else {
          b.children.push(isBoxLabel(t) ? paragraph(t, no, 'label') : paragraph(t, no, 'plain'));
        }
        extend(b, no);
        continue;
      }
      closeLeaf();
    }
    const p = paragraph(t, no, GOAL.test(t) ? 'goal' : undefined);
    if (leaf && leaf.kind !== 'box') {
      leaf.children.push(p);
      extend(leaf, no);
    } else {
      host().push(p);
    }
    if (section) extend(section, no);
    if (chapter) extend(chapter, no);
  }

  if (!doc.body.some((b) => b.kind !== 'paragraph')) {
    warn(file, 'no recognisable headings: the text is kept as plain paragraphs');
    if (doc.body.length === 0) {
      doc.body = doc.preamble.children;
      doc.preamble.children = [];
    }
  }
  return doc;
}

function item(num: number, t: string, no: number): Item {
  const m = /^(\d{1,3})\s*[.．、]\s*(.*)$/.exec(t.replace(/^注[:：]\s*/, ''));
  const body = m ? m[2] : t;
  const labelled = /^注[:：]/.test(t) ? `注：${num}.` : `${num}.`;
  return { kind: 'item', id: '', num, label: labelled, children: [paragraph(body, no)], source: span(no) };
}

function prevPlanLine(lines: ClassifiedLine[], no: number): number | undefined {
  for (let i = lines.findIndex((l) => l.no === no) - 1; i >= 0; i--) {
    if (lines[i].role === 'plan' && lines[i].text.trim() !== '') return lines[i].no;
  }
  return undefined;
}

/** Containers' spans cover their children. */
export function closeSpans(tree: PlanDocument): void {
  visit(tree, (node, ancestors) => {
    if (node.kind === 'preamble') return;
    for (const a of ancestors) if (a.kind !== 'preamble') a.source.to = Math.max(a.source.to, node.source.to);
  });
}

/**
 * Numbered paragraphs outside boxes and notes are articles (a<k>) when the numbering runs
 * through the document, as in the Party proposals. Where it restarts inside sections they
 * are items of their section (<section>-i<k>).
 */
export function resolveNumbering(tree: PlanDocument, file: IngestFile): void {
  const articles: Article[] = [];
  visit(tree, (node) => {
    if (node.kind === 'article') articles.push(node);
  });
  const restarts = articles.some((a, i) => i > 0 && a.num <= articles[i - 1].num && a.num === 1);
  if (restarts) {
    // Same shape, other kind: changed in place.
    for (const a of articles) (a as unknown as Item).kind = 'item';
    warn(file, 'numbered paragraphs restart inside sections: they are kept as section items, not articles');
    return;
  }
  articles.forEach((a, i) => {
    const expected = i === 0 ? 1 : articles[i - 1].num + 1;
    if (a.num !== expected) {
      const what = i > 0 && a.num === articles[i - 1].num ? 'duplicate' : 'skipped or out-of-order';
      warn(file, `${what} article number ${a.num} (expected ${expected})`, a.source.from);
    }
  });
}
