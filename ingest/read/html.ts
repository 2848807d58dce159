/**
 * The saved-web-page reader: HTML → the decoded source.
 *
 * The page is parsed by parse5 (the HTML standard's algorithm, with source locations) and
 * flattened into blocks: one per paragraph-level element or <br>-separated run, in reading
 * order. The document is found by the page's structure, not by any portal's class names: the
 * element that holds the most Chinese text in paragraphs (a paragraph's characters count for
 * its container in full and half again for the one above, links not counted) is the document;
 * headings just before it (the page's title of the plan) belong to it as well.
 * Everything else is set aside as furniture with the reason its tag, position or wording gives
 * (see furniture.ts). Data tables become one line per non-empty cell, like the saved text pages,
 * with the real table (spans, header rows) attached to the first; a bold run opening a
 * paragraph is marked as its lead sentence.
 */
import { type DefaultTreeAdapterTypes as T, parse } from 'parse5';
import { MAX_HTML_DEPTH } from '../limits.ts';
import { IngestError, error } from '../problems.ts';
import { furnitureByTag, furnitureByText } from './furniture.ts';
import { decodeHtml } from './html-charset.ts';
import type { DecodedSource, ReaderSetAside, SourceCell, SourceLine, SourceTable } from './source.ts';

type Element = T.Element;

const BLOCK = new Set(
  'address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'object', 'canvas']);

/** A paragraph-level run of text as the page shows it. */
interface Block {
  text: string;
  /** Characters inside links. */
  linkChars: number;
  line: number;
  /** Ancestors, outermost first; the last is the nearest block-level element. */
  path: Element[];
  boldLead?: string;
  table?: SourceTable;
  /** The data table this block is a cell of: its cells go together, kept or set aside as one. */
  cellOf?: Element;
}

const isElement = (n: T.ChildNode | T.ParentNode): n is Element => 'tagName' in n;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const hidden = (el: Element) => attr(el, 'hidden') !== undefined || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, 'style') ?? '');
const isBold = (el: Element) => el.tagName === 'strong' || el.tagName === 'b' || /font-weight\s*:\s*(bold|[6-9]00)/i.test(attr(el, 'style') ?? '');
/** HTML white space collapses; the ideographic space and NBSP are text and stay. */
const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');
const startLine = (n: T.ChildNode | T.ParentNode) => ('sourceCodeLocation' in n ? n.sourceCodeLocation?.startLine : undefined) ?? 1;

function textOf(node: T.ChildNode | T.ParentNode): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  if (isElement(node) && (SKIPPED.has(node.tagName) || hidden(node))) return '';
  if (isElement(node) && node.tagName === 'br') return '\n';
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** Every text node's text, scripts and hidden parts included (for the report). */
const allText = (node: T.ChildNode | T.ParentNode): string =>
  node.nodeName === '#text'
    ? (node as T.TextNode).value
    : node.nodeName === 'template'
      ? // A <template>'s text is in its content fragment: reported with its line, never dropped unseen.
        allText((node as T.Template).content)
      : 'childNodes' in node
        ? node.childNodes.map(allText).join('')
        : '';

/** How deep elements nest (iteratively: the walks below recurse, and a hostile page nests 20,000 deep). */
function nestingDepth(root: T.ParentNode): { depth: number; line?: number } {
  let deepest = { depth: 0, line: undefined as number | undefined };
  const stack: [T.ChildNode | T.ParentNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [T.ChildNode | T.ParentNode, number];
    if (depth > deepest.depth) deepest = { depth, line: isElement(node as T.ChildNode) ? startLine(node as Element) : undefined };
    if (deepest.depth > MAX_HTML_DEPTH) break;
    const children = node.nodeName === 'template' ? (node as T.Template).content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const c of children) stack.push([c, depth + 1]);
  }
  return deepest;
}

/** A table of data, not of layout: no nested table and no paragraph-length cell. */
function isDataTable(table: Element): boolean {
  let ok = true;
  const visit = (n: Element, depth: number) => {
    for (const c of n.childNodes) {
      if (!isElement(c)) continue;
      if (c.tagName === 'table' && depth > 0) ok = false;
      if ((c.tagName === 'td' || c.tagName === 'th') && collapse(textOf(c)).trim().length > 200) ok = false;
      visit(c, depth + 1);
    }
  };
  visit(table, 1);
  return ok;
}

/** The table, and the source line of each of its cells. */
function readTable(table: Element): { table: SourceTable; lines: number[][] } {
  const rows: SourceCell[][] = [];
  const lines: number[][] = [];
  let headerRows = 0;
  let inBody = false;
  const visit = (n: Element, section: string) => {
    for (const c of n.childNodes) {
      if (!isElement(c) || hidden(c)) continue;
      if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') visit(c, c.tagName);
      else if (c.tagName === 'tr') {
        const tds = c.childNodes.filter(isElement).filter((td) => td.tagName === 'td' || td.tagName === 'th');
        lines.push(tds.map(startLine));
        const cells: SourceCell[] = tds.map((td) => {
          const cell: SourceCell = { text: collapse(textOf(td)).trim() };
          // As browsers do: at most 1000 columns, and (below) no row span past the table's end.
          const rowspan = Math.trunc(Number(attr(td, 'rowspan') ?? 1));
          const colspan = Math.min(Math.trunc(Number(attr(td, 'colspan') ?? 1)), 1000);
          if (rowspan > 1) cell.rowspan = rowspan;
          if (colspan > 1) cell.colspan = colspan;
          if (td.tagName === 'th' || section === 'thead') cell.header = true;
          return cell;
        });
        const allHeader = cells.length > 0 && cells.every((x) => x.header);
        if (allHeader && !inBody) headerRows++;
        else inBody = true;
        rows.push(cells);
      }
    }
  };
  visit(table, '');
  rows.forEach((row, r) => {
    for (const cell of row) {
      if (cell.rowspan === undefined || r + cell.rowspan <= rows.length) continue;
      if (rows.length - r > 1) cell.rowspan = rows.length - r;
      else delete cell.rowspan;
    }
  });
  return { table: { rows, headerRows }, lines };
}

/** The page as blocks in reading order, and what was skipped outright (scripts, hidden parts). */
function toBlocks(doc: T.Document): { blocks: Block[]; skipped: ReaderSetAside[] } {
  const blocks: Block[] = [];
  const skipped: ReaderSetAside[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let line = 1;
  let boldLead: string | undefined;
  let path: Element[] = [];

  const flush = () => {
    const text = collapse(parts.join('')).trim();
    if (text !== '') {
      const lead = boldLead?.trim();
      blocks.push({ text, linkChars, line, path, ...(lead && text.startsWith(lead) && text.length > lead.length ? { boldLead: lead } : {}) });
    }
    parts = [];
    linkChars = 0;
    boldLead = undefined;
  };
  const append = (text: string, at: number, inLink: boolean) => {
    if (parts.join('').trim() === '' && text.trim() !== '') line = at;
    parts.push(text);
    if (inLink) linkChars += collapse(text).trim().length;
  };

  const walk = (node: T.ChildNode | T.ParentNode, stack: Element[], inLink: boolean) => {
    if (node.nodeName === '#text') return append((node as T.TextNode).value, startLine(node), inLink);
    if (!isElement(node)) {
      if ('childNodes' in node) for (const c of node.childNodes) walk(c, stack, inLink);
      return;
    }
    const tag = node.tagName;
    if (tag === 'head') {
      // Only its title and scripts carry text; the title goes to the report.
      for (const c of node.childNodes.filter(isElement)) {
        const t = collapse(textOf(c)).trim();
        if (c.tagName === 'title' && t) skipped.push({ text: t, reason: 'the page title (<title>)', origin: { line: startLine(c) } });
        else walk(c, stack, inLink);
      }
      return;
    }
    if (SKIPPED.has(tag) || hidden(node)) {
      const text = collapse(allText(node)).trim();
      if (text !== '') {
        const reason = hidden(node)
          ? 'hidden element'
          : tag === 'style'
            ? 'style sheet'
            : tag === 'script' || tag === 'noscript'
              ? 'script'
              : `embedded <${tag}>`;
        skipped.push({ text: `<${tag}> ${[...text].length} characters`, reason, origin: { line: startLine(node) } });
      }
      return;
    }
    if (tag === 'br') return flush();
    const here = [...stack, node];
    if (tag === 'table' && isDataTable(node)) {
      flush();
      // The caption (表1 主要指标) is the line before the cells, as a printed page has it.
      const caption = node.childNodes.find((c): c is Element => isElement(c) && c.tagName === 'caption');
      const captionText = caption ? collapse(textOf(caption)).trim() : '';
      if (caption && captionText !== '') blocks.push({ text: captionText, linkChars: 0, line: startLine(caption), path: [...here, caption] });
      const { table, lines } = readTable(node);
      let first = true;
      table.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (cell.text === '') return;
          blocks.push({ text: cell.text, linkChars: 0, line: lines[r][c], path: here, cellOf: node, ...(first ? { table } : {}) });
          first = false;
        });
      });
      return;
    }
    if (BLOCK.has(tag)) {
      flush();
      path = here;
      for (const c of node.childNodes) walk(c, here, inLink || tag === 'a');
      flush();
      path = stack;
      return;
    }
    if (isBold(node) && parts.join('').trim() === '' && boldLead === undefined) boldLead = collapse(textOf(node));
    for (const c of node.childNodes) walk(c, stack, inLink || tag === 'a');
  };
  walk(doc, [], false);
  flush();
  return { blocks, skipped };
}

const CJK = /[\p{Script=Han}]/gu;
const cjkCount = (s: string) => s.match(CJK)?.length ?? 0;
const linkDense = (b: Block) => b.linkChars > 0 && b.linkChars >= 0.5 * b.text.length;

/** The element that holds the document: most Chinese text in its paragraphs (see the top). */
function documentElement(blocks: Block[]): Element | undefined {
  const score = new Map<Element, number>();
  const depth = new Map<Element, number>();
  for (const b of blocks) {
    if (linkDense(b) || b.table) continue;
    const c = cjkCount(b.text);
    const n = b.path.length;
    // The paragraph itself and its container in full, the container's container in half.
    [1, 1, 0.5].forEach((w, d) => {
      const el = b.path[n - 1 - d];
      if (!el) return;
      score.set(el, (score.get(el) ?? 0) + w * c);
      depth.set(el, n - 1 - d);
    });
  }
  let best: Element | undefined;
  for (const [el, s] of score) {
    const bs = best ? (score.get(best) ?? 0) : -1;
    if (s > bs || (s === bs && (depth.get(el) ?? 0) > (depth.get(best as Element) ?? 0))) best = el;
  }
  return best;
}

const HEADING = /^h([1-6])$/;
const headingOf = (b: Block) => {
  const m = HEADING.exec(b.path.at(-1)?.tagName ?? '');
  return m ? Number(m[1]) : undefined;
};

/**
 * Where the page says it came from: the "saved from url" mark browsers write into a saved
 * page, else its canonical link or og:url. Only http(s) addresses count.
 */
export function savedFrom(html: string): { url: string; line: number } | undefined {
  const patterns = [
    /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i,
    /<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["'](https?:\/\/[^"']+)["']/i,
    /<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["'](https?:\/\/[^"']+)["']/i,
  ];
  for (const re of patterns) {
    const m = re.exec(html);
    if (m) return { url: m[1], line: html.slice(0, m.index).split('\n').length };
  }
  return undefined;
}

export function readHtml(bytes: Uint8Array, file: string): DecodedSource {
  const { text, encoding, hadBom } = decodeHtml(bytes, file);
  return htmlSource(text, { format: 'html', encoding, hadBom }, file);
}

/**
 * HTML text → the decoded source. A saved page (`html`) has a portal's furniture around the
 * plan, set aside by tag and wording; HTML converted from a Word file (`docx`) is the
 * document alone: nothing in it is furniture by wording, and its lines have no file line.
 */
export function htmlSource(text: string, o: Pick<DecodedSource, 'format' | 'encoding' | 'hadBom'>, file: string): DecodedSource {
  const portal = o.format === 'html';
  const doc = parse(text, { sourceCodeLocationInfo: true });
  const deep = nestingDepth(doc);
  if (deep.depth > MAX_HTML_DEPTH) {
    const what = portal ? 'the page' : 'the Word file';
    throw new IngestError([
      error(
        file,
        `${what} nests its elements more than ${MAX_HTML_DEPTH.toLocaleString('en-US')} deep, more than any document does: refused`,
        portal ? deep.line : undefined,
      ),
    ]);
  }
  const { blocks, skipped } = toBlocks(doc);
  const main = documentElement(blocks);
  const inside = (b: Block) => main !== undefined && b.path.includes(main);
  const firstInside = blocks.findIndex(inside);
  // Headings just before the document (its title), with only furniture between.
  const titles = new Set<number>();
  for (let i = firstInside - 1; i >= 0; i--) {
    if (headingOf(blocks[i]) !== undefined && !(portal && furnitureByText(blocks[i].text))) titles.add(i);
    else if (!furnitureByText(blocks[i].text) && !linkDense(blocks[i])) break;
  }
  const mainDesc = main ? `<${main.tagName}> at line ${startLine(main)}` : 'none';

  const lines: SourceLine[] = [];
  const setAside: ReaderSetAside[] = [...skipped];
  /** A data table's decision, made on its first cell. */
  const tables = new Map<Element, string | undefined>();
  blocks.forEach((b, i) => {
    const inDoc = inside(b) || titles.has(i);
    const byTag = furnitureByTag(b.path.map((el) => el.tagName));
    const byText = portal ? furnitureByText(b.text) : undefined;
    let reason: string | undefined;
    if (b.cellOf && tables.has(b.cellOf)) reason = tables.get(b.cellOf);
    // A cell of a table inside the document is data, whatever its wording (来源, 单位…).
    else if (b.cellOf && inDoc) reason = byTag;
    else if (inDoc)
      reason =
        byTag ?? (b.text.length <= 80 ? byText : undefined) ?? (linkDense(b) && !b.table ? 'a link on its own (navigation or related links)' : undefined);
    else reason = byTag ?? byText ?? (linkDense(b) ? 'navigation (links)' : `outside the document (the document is the block ${mainDesc})`);
    if (b.cellOf && !tables.has(b.cellOf)) tables.set(b.cellOf, reason);
    const origin = portal ? { line: b.line } : {};
    if (reason) {
      setAside.push({ text: b.text, reason, origin });
      return;
    }
    const heading = headingOf(b);
    lines.push({
      no: lines.length + 1,
      text: b.text,
      ...(portal ? { origin } : {}),
      ...(b.boldLead ? { boldLead: b.boldLead } : {}),
      ...(heading ? { heading } : {}),
      ...(b.table ? { table: b.table } : {}),
    });
  });
  setAside.sort((a, b) => (a.origin.line ?? 0) - (b.origin.line ?? 0));
  const from = portal ? savedFrom(text) : undefined;
  return { ...o, lines, setAside, ...(from ? { savedFrom: from } : {}) };
}
