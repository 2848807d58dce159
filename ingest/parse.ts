/**
 * Stage 4 — parse the structure the document itself numbers.
 *
 * Input: the plan lines (debris already set aside), cleaned. Output: a PlanDocument whose
 * ids are still empty (stage 5 assigns them); the raw cell lines of every table go to
 * `file.tableCells` (stage 6 rebuilds them).
 *
 * Each line is read by the block rules of patterns.ts into a mark (part, numbered heading
 * or paragraph of some style, box, table, figure, note, attachment). Which contract level a
 * numbering style is — chapter, section, article or an item of the ladder below — is
 * decided once per document from the styles it prints (`hierarchyOf`); then one pass with a
 * stack of open containers builds the tree:
 *   part │ chapter › section › article | box | table | note | figure › items (one level per style)
 * Two transforms finish the tree (numbering.ts): `resolveNumbering` (articles or items) and
 * `closeSpans`. The hierarchy is hierarchy.ts, the block builders blocks.ts, the preamble's
 * styles preamble.ts.
 */
import type { Annex, Article, Block, Box, Chapter, Figure, Item, Note, Part, PlanDocument, Section, TableBlock } from '../src/lib/plan-types.ts';
import { type ClassifiedLine, trimLine } from './classify.ts';
import { type CellLine, type IngestFile, warn } from './ingest-file.ts';
import type { SourceTable } from './read/source.ts';
import { hierarchyOf, isHeadingLevel, type Numbered } from './hierarchy.ts';
import { GOAL, recognise, type Style } from './patterns.ts';
import { COLOPHON, preambleStyle } from './preamble.ts';
import { boldLead, isBoxLabel, isCellLine, isTitleLine, item, paragraph, span, splitTitle, text } from './blocks.ts';
import { cleanLine, splitLead } from './text.ts';

type Leaf = Article | Box | Note | Item;

export function parseDocument(lines: ClassifiedLine[], file: IngestFile): PlanDocument {
  const doc: PlanDocument = { slug: file.entry.slug, preamble: { kind: 'preamble', id: 'preamble', children: [] }, body: [] };
  const planLines = lines.filter((l) => l.role === 'plan').map((l) => ({ no: l.no, raw: l.text, t: cleanLine(l.text), source: l.table, bold: l.boldLead }));
  const marks = planLines.map((l) => (l.t === '' ? undefined : recognise(l.t)));
  const hierarchy = hierarchyOf(marks.filter((m): m is Numbered => m?.kind === 'numbered'));
  // A "1 title" line is a chapter only in a document of decimal chapters, and only as the next
  // of their run (1, 2, 3 …); any other is plain text, as it always was ("10 大行动…" in a paragraph).
  let nextDecimal = 1;
  for (const [i, m] of marks.entries()) {
    if (m?.kind !== 'numbered' || m.style !== 'decimal1') continue;
    if (hierarchy.chapter === 'decimal1' && m.num === nextDecimal) nextDecimal++;
    else marks[i] = undefined;
  }
  // A plan numbered only 1. 2. 3. starts at its first article; any other at its first heading.
  const articlesOnly = hierarchy.chapter === undefined && hierarchy.section === undefined;

  let started = false;
  let part: Part | undefined;
  let chapter: Chapter | undefined;
  let section: Section | undefined;
  let annex: Annex | undefined;
  let leaf: Leaf | undefined; // the innermost open container below a section
  let ladder: { style: Style; item: Item }[] = []; // open items, outermost first
  /** The open table; `printed`: the format carried it as a table, and `cells` of it are still to come as lines. */
  let table: { block: TableBlock; cellLines: CellLine[]; printed?: { cells: string[] } } | undefined;
  let awaitingTitle: Part | Chapter | Section | Box | Annex | undefined; // 第一章 or 专栏 or 附件1 alone: the title is on the next line
  let lastBox = 0;
  let lastTable = 0;
  let lastChapter = 0;

  const host = (): Block[] => (section ? section.children : chapter ? chapter.children : annex ? annex.children : doc.body);
  const extend = (c: { source: { to: number } }, no: number) => {
    c.source.to = Math.max(c.source.to, no);
  };
  const closeLeaf = () => {
    leaf = undefined;
    ladder = [];
  };
  const openHeading = () => {
    started = true;
    closeLeaf();
    table = undefined;
    awaitingTitle = undefined;
  };

  /** A numbered line of a style that is an item here: a sibling of its style, or one level down. */
  const ladderItem = (m: Numbered, no: number, bold?: string) => {
    const at = ladder.findIndex((l) => l.style === m.style);
    if (at >= 0) ladder = ladder.slice(0, at);
    const it: Item = { kind: 'item', id: '', num: m.num, label: m.label, children: [], source: span(no) };
    it.children.push(paragraph(m.rest, no, undefined, bold));
    const parent = ladder[ladder.length - 1]?.item ?? (leaf && leaf.kind !== 'note' ? leaf : undefined);
    if (parent) parent.children.push(it);
    else host().push(it);
    ladder.push({ style: m.style, item: it });
  };

  /** How many lines from `from` on read as table cells (short, not a heading or other block). */
  const cellRun = (from: number): number => {
    let k = from;
    while (k < planLines.length && planLines[k].t !== '' && isCellLine(planLines[k].t) && (marks[k] === undefined || marks[k]?.kind === 'numbered')) k++;
    return k - from;
  };

  /** A table the format carried as a table: it is the open 表N's (its caption came just before), or one of its own. */
  const printedTable = (source: SourceTable, no: number, raw: string) => {
    let block = table && table.cellLines.length === 0 && !table.printed ? table.block : undefined;
    if (!block) {
      openHeading();
      block = {
        kind: 'table',
        id: '',
        num: lastTable + 1,
        label: '',
        title: [],
        table: { headerRows: [], columns: [], groups: [], rebuiltBy: '' },
        children: [],
        source: span(no),
      };
      host().push(block);
    }
    lastTable = block.num;
    const cellLines: CellLine[] = [{ no, text: trimLine(raw) }];
    table = {
      block,
      cellLines,
      printed: {
        cells: source.rows
          .flat()
          .flatMap((c) => (c.text === '' ? [] : [c.text]))
          .slice(1),
      },
    };
    file.tableCells.set(block, cellLines);
    file.sourceTables.set(block, source);
    extend(block, no);
  };

  planLines.forEach(({ no, raw, t, source, bold }, index) => {
    if (t === '') return;
    // The cell lines of a table the format carried as a table: the table has them already.
    if (table?.printed && table.printed.cells.length > 0) {
      const expected = table.printed.cells.shift();
      if (trimLine(raw) === expected) {
        table.cellLines.push({ no, text: expected });
        extend(table.block, no);
        return;
      }
      warn(file, `${table.block.label || 'a table'}: its cell "${expected}" is not among the plan lines here (set aside?); the table keeps it`, no);
      table.printed.cells = [];
    }
    if (source) {
      printedTable(source, no, raw);
      return;
    }
    const read = marks[index];
    // A line numbered in a heading level's style but not shaped as a title is a paragraph.
    const splitChapter = hierarchy.chapterWithText === true && read?.kind === 'numbered' && read.style === hierarchy.chapter;
    const untitled = read?.kind === 'numbered' && !read.titled && !splitChapter && isHeadingLevel(read.style, hierarchy);
    // 1.2 is a section of chapter 1 only, 1.2.3 an item of 1.2 only: elsewhere it is a figure in a sentence.
    const misplaced =
      read?.kind === 'numbered' && read.within !== undefined && read.within.join('.') !== [chapter?.num, section?.num].slice(0, read.within.length).join('.');
    const mark = untitled || misplaced ? undefined : read;

    if (awaitingTitle && awaitingTitle.kind !== 'annex' && !mark && isTitleLine(t)) {
      awaitingTitle.title = text(t);
      extend(awaitingTitle, no);
      awaitingTitle = undefined;
      return;
    }
    if (awaitingTitle?.kind === 'annex' && (!mark || (mark.kind === 'annex' && mark.label === ''))) {
      // The heading keeps the line it printed (附件1); the title line is the body's first line.
      awaitingTitle.children.push(paragraph(t, no, 'title'));
      awaitingTitle = undefined;
      return;
    }
    awaitingTitle = undefined;

    // Inside a table, short lines are its cells until the note or the next real block.
    if (table) {
      if (mark?.kind === 'note') {
        const n: Note = { kind: 'note', id: '', children: [paragraph(t, no, 'plain')], tableMissing: false, source: span(no) };
        table.block.children.push(n);
        extend(table.block, no);
        table = undefined;
        return;
      }
      const structural = mark !== undefined && !(mark.kind === 'numbered' && ['arabic', 'arabicParen', 'circled'].includes(mark.style));
      // A printed table has all its cells: what follows is not one of them.
      if (!structural && isCellLine(t) && !table.printed) {
        // Cells stay verbatim (only trimmed): the curated table is checked against them.
        table.cellLines.push({ no, text: trimLine(raw) });
        extend(table.block, no);
        return;
      }
      table = undefined;
    }

    if (mark?.kind === 'numbered' && mark.style === 'part') {
      openHeading();
      part = { kind: 'part', id: '', num: mark.num, label: mark.label, title: text(mark.rest), children: [], source: span(no) };
      doc.body.push(part);
      if (mark.rest === '') awaitingTitle = part;
      chapter = undefined;
      section = undefined;
      annex = undefined;
      return;
    }
    // An attachment numbers its own contents (一、 1. （1）): items of it, until a chapter continues the document's run.
    const continuesChapters = mark?.kind === 'numbered' && mark.style === hierarchy.chapter && mark.num === lastChapter + 1;
    if (annex && mark?.kind === 'numbered' && !continuesChapters) {
      ladderItem(mark, no, boldLead(bold, t, mark.rest));
      return;
    }
    if (mark?.kind === 'numbered' && mark.style === hierarchy.chapter) {
      openHeading();
      lastChapter = mark.num;
      const split = mark.titled ? { title: mark.rest } : splitTitle(mark.rest);
      chapter = { kind: 'chapter', id: '', num: mark.num, label: mark.label, title: text(split.title), children: [], source: span(no) };
      doc.body.push(chapter);
      if (split.body !== undefined) chapter.children.push(paragraph(split.body, no, 'plain'));
      if (mark.rest === '') awaitingTitle = chapter;
      part = undefined;
      section = undefined;
      annex = undefined;
      return;
    }
    if (mark?.kind === 'numbered' && mark.style === hierarchy.section && !annex) {
      openHeading();
      // A title and body text on one line (（一）title。body…) are split.
      const split = mark.style === 'cnParen' ? splitLead(mark.rest) : undefined;
      section = { kind: 'section', id: '', num: mark.num, label: mark.label, title: text(split ? split.lead : mark.rest), children: [], source: span(no) };
      (chapter ? chapter.children : doc.body).push(section);
      if (split) section.children.push(paragraph(split.rest, no, 'plain'));
      if (mark.rest === '') awaitingTitle = section;
      return;
    }
    if (mark?.kind === 'box') {
      openHeading();
      // An unnumbered 专栏 takes the next number after the boxes before it.
      lastBox = mark.num ?? lastBox + 1;
      const b: Box = {
        kind: 'box',
        id: '',
        num: lastBox,
        ...(mark.sub !== undefined ? { sub: mark.sub } : {}),
        label: mark.label,
        title: text(mark.title),
        children: [],
        source: span(no),
      };
      host().push(b);
      leaf = b;
      if (mark.title === '') awaitingTitle = b;
      return;
    }
    if (mark?.kind === 'table') {
      openHeading();
      lastTable = mark.num;
      const block: TableBlock = {
        kind: 'table',
        id: '',
        num: mark.num,
        ...(mark.sub !== undefined ? { sub: mark.sub } : {}),
        label: mark.label,
        title: text(mark.title),
        table: { headerRows: [], columns: [], groups: [], rebuiltBy: '' },
        children: [],
        source: span(no),
      };
      host().push(block);
      table = { block, cellLines: [] };
      file.tableCells.set(block, table.cellLines);
      return;
    }
    if (mark?.kind === 'figure') {
      openHeading();
      const f: Figure = { kind: 'figure', id: '', label: mark.label, caption: text(mark.caption), pictureMissing: true, source: span(no) };
      host().push(f);
      return;
    }
    if (mark?.kind === 'annex' && started) {
      openHeading();
      annex = {
        kind: 'annex',
        id: '',
        ...(mark.num !== undefined ? { num: mark.num } : {}),
        title: text(t),
        children: [],
        bodyMissing: true,
        source: span(no),
      };
      doc.body.push(annex);
      if (mark.title === '' && mark.label !== '') awaitingTitle = annex;
      // 附表 重大项目表 followed by a run of cells: the attachment is that table (annex-table1).
      if (mark.label === '附表' && mark.title !== '' && cellRun(index + 1) >= 4) {
        const block: TableBlock = {
          kind: 'table',
          id: '',
          num: 1,
          label: '',
          title: [],
          table: { headerRows: [], columns: [], groups: [], rebuiltBy: '' },
          children: [],
          source: span(no),
        };
        annex.children.push(block);
        table = { block, cellLines: [] };
        file.tableCells.set(block, table.cellLines);
      }
      part = undefined;
      chapter = undefined;
      section = undefined;
      return;
    }
    if (mark?.kind === 'note') {
      started = true;
      closeLeaf();
      // A note under a figure is the figure's; elsewhere it is a table's whose table the page lacks.
      const previous = host()[host().length - 1];
      const n: Note = { kind: 'note', id: '', children: [], tableMissing: previous?.kind !== 'figure', source: span(no) };
      const first = /^(\d{1,3})\s*[.．、](?!\d)\s*(.*)$/.exec(mark.rest);
      if (first) n.children.push(item(Number(first[1]), first[2], `${mark.label}：${first[1]}.`, no));
      else n.children.push(paragraph(t, no, 'plain'));
      host().push(n);
      leaf = n;
      return;
    }

    // Inside a box or note, "4.2020年…" is item 4 when item 3 came before it.
    const boxItem = /^(\d{1,2})\s*[.．]\s*(.*)$/.exec(t);
    if (ladder.length === 0 && boxItem && (leaf?.kind === 'box' || leaf?.kind === 'note')) {
      const items = leaf.children.filter((c): c is Item => c.kind === 'item');
      if (Number(boxItem[1]) === (items[items.length - 1]?.num ?? 0) + 1) {
        leaf.children.push(item(Number(boxItem[1]), boxItem[2], `${boxItem[1]}.`, no));
        extend(leaf, no);
        return;
      }
    }
    // 1. under an item that hangs in a section (not in an article) is one level further down.
    const nested = mark?.kind === 'numbered' && mark.style === 'arabic' && ladder.length > 0 && leaf?.kind !== 'article';
    if (mark?.kind === 'numbered' && mark.style === hierarchy.article && (started || articlesOnly) && !nested) {
      started = true;
      closeLeaf();
      // Numbered through the document (articles) unless it turns out to restart: see resolveNumbering.
      const a: Article = { kind: 'article', id: '', num: mark.num, label: mark.label, children: [], source: span(no) };
      // Its first paragraph carries the number on the page, even where the line is only the number.
      a.children.push(paragraph(mark.rest, no, undefined, boldLead(bold, t, mark.rest)));
      host().push(a);
      leaf = a;
      return;
    }
    if (mark?.kind === 'numbered' && started && mark.style !== 'part') {
      ladderItem(mark, no, boldLead(bold, t, mark.rest));
      return;
    }

    if (!started) {
      doc.preamble.children.push(paragraph(t, no, preambleStyle(t)));
      return;
    }
    // The colophon closes the document: it belongs to no chapter or attachment.
    if (COLOPHON.test(t)) {
      openHeading();
      part = chapter = section = annex = undefined;
      doc.body.push(paragraph(t, no, 'plain'));
      return;
    }

    // A plain paragraph: it joins the open item or leaf container, unless it ends it.
    const open = ladder[ladder.length - 1]?.item;
    const lead = boldLead(bold, t, t);
    if (open) {
      open.children.push(paragraph(t, no, undefined, lead));
      extend(open, no);
      return;
    }
    if (leaf?.kind === 'note') closeLeaf();
    if (leaf?.kind === 'box') {
      const b = leaf;
      const endsBox = b.children.length > 0 && (GOAL.test(t) || (splitLead(t) !== undefined && !isBoxLabel(t)));
      if (!endsBox) {
        const last = b.children[b.children.length - 1];
        const prev = planLines[index - 1];
        if (isBoxLabel(t) && last?.kind === 'paragraph' && last.style === 'label' && last.source.to === prev?.no) {
          // One label printed over two lines (特色 / 产业园).
          (last.content[0] as { value: string }).value += t;
          last.source.to = no;
        } else {
          b.children.push(isBoxLabel(t) ? paragraph(t, no, 'label') : paragraph(t, no, 'plain'));
        }
        extend(b, no);
        return;
      }
      closeLeaf();
    }
    const p = paragraph(t, no, GOAL.test(t) ? 'goal' : undefined, lead);
    if (leaf) {
      leaf.children.push(p);
      extend(leaf, no);
    } else if (part && doc.body[doc.body.length - 1] === part) {
      // Text under a part heading, before any block of it: the part's own (once a section,
      // box, table or item follows the heading, text after it is theirs or the body's, so the
      // page keeps the source's order).
      part.children.push(p);
    } else {
      host().push(p);
    }
  });

  for (const a of doc.body) if (a.kind === 'annex') a.bodyMissing = a.children.length === 0;
  if (!doc.body.some((b) => b.kind !== 'paragraph')) {
    warn(file, 'no recognisable headings: the text is kept as plain paragraphs');
    if (doc.body.length === 0) {
      doc.body = doc.preamble.children;
      doc.preamble.children = [];
    }
  }
  return doc;
}
