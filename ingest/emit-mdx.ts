/**
 * Stage 6a — emit one MDX file per plan, in the plan's original script.
 *
 * Every block is written as a JSX element carrying its contract id; the text inside is
 * escaped so that MDX reads it as text: `{ } < > &` and the Markdown/GFM specials become
 * character references (`{#id}` heading syntax is not MDX, so ids are attributes).
 * The frontmatter holds the slug only; the catalog facts live in the data JSON, one source.
 */
import type { Block, IndicatorTable, Inline, Note, Paragraph, PlanDocument, TableBlock } from '../src/lib/plan-types.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '{': '&#123;',
  '}': '&#125;',
  '*': '&#42;',
  _: '&#95;',
  '`': '&#96;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '~': '&#126;',
  '|': '&#124;',
  '@': '&#64;',
  ':': '&#58;',
  '#': '&#35;',
  '!': '&#33;',
  '"': '&quot;',
};

/** Text as MDX text (and safe inside a double-quoted attribute). */
export const escapeMdx = (s: string): string => s.replace(/[&<>{}*_`[\]\\~|@:#!"]/g, (c) => ESCAPES[c]);

export function inlineMdx(inlines: Inline[] | undefined): string {
  return (inlines ?? [])
    .map((i) => (i.type === 'text' ? escapeMdx(i.value) : `<sup class="fnref"><a href="#annex" title="名词解释 ${i.n}（原网页未收录）">${i.n}</a></sup>`))
    .join('');
}

/**
 * The permalink control every addressable block carries: a link to its own fragment (the
 * reader script copies the full URL). Its mark is drawn by CSS so copied text stays clean;
 * the label is converted with the rest of the page for the traditional script.
 */
export const permalink = (id: string): string => `<a class="permalink" href="#${id}" aria-label="链接到此处（${id}）"></a>`;

/** An article or item number links to the article itself (第7条 → #a7). */
const numLink = (id: string, label: string) => `<a class="num num-link" href="#${id}">${escapeMdx(label)}</a>`;

function paragraphMdx(p: Paragraph, numbered?: { id: string; label: string }): string {
  const num = numbered ? numLink(numbered.id, numbered.label) : '';
  const lead = p.lead ? `<strong class="lead">${inlineMdx(p.lead)}</strong>` : '';
  return `<p id="${p.id}" class="p-${p.style}">${num}${lead}${inlineMdx(p.content)}${permalink(p.id)}</p>`;
}

function noteMdx(n: Note, ctx: EmitContext): string[] {
  return [
    `<div id="${n.id}" class="note${n.tableMissing ? ' note-table-missing' : ''}">`,
    ...(n.tableMissing ? ['<p class="editorial">（此注所属的表格原网页未收录）</p>'] : []),
    ...n.children.flatMap((c) => blockMdx(c, ctx)),
    permalink(n.id),
    '</div>',
  ];
}

function tableMdx(t: TableBlock, ctx: EmitContext): string[] {
  const table: IndicatorTable = t.table;
  const hasCategories = table.groups.some((g) => g.category !== null);
  const hasUnit = table.headerRows.some((row) => row.some((c) => c.text === '单位'));
  const th = (c: { text: string; colspan?: number; rowspan?: number }) =>
    `<th scope="col"${c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}>${escapeMdx(c.text)}</th>`;
  // A 类别 column with no category in any row is left out rather than drawn empty.
  const head = table.headerRows.map(
    (row) =>
      `<tr>${row
        .filter((c) => hasCategories || c.text !== '类别')
        .map(th)
        .join('')}</tr>`,
  );
  const body = table.groups.flatMap((g) => {
    const rows = g.rows.map((r, i) => {
      const prev = g.rows[i - 1];
      const span = (same: (x: typeof r) => boolean) => {
        let n = 1;
        while (g.rows[i + n] && same(g.rows[i + n])) n++;
        return n > 1 ? ` rowspan="${n}"` : '';
      };
      const cells: string[] = [];
      if (hasCategories && i === 0)
        cells.push(`<th scope="rowgroup"${g.rows.length > 1 ? ` rowspan="${g.rows.length}"` : ''} class="category">${escapeMdx(g.category ?? '')}</th>`);
      // Sub-rows share the number and parent label printed once (城镇化率 › 常住/户籍).
      if (!(prev && r.no !== undefined && prev.no === r.no)) cells.push(`<td class="no"${span((x) => x.no === r.no)}>${escapeMdx(r.no ?? '')}</td>`);
      const parent = r.parent !== undefined && !(prev && prev.parent === r.parent) ? `<span class="parent">${escapeMdx(r.parent)}</span>` : '';
      cells.push(`<th scope="row">${parent}${escapeMdx(r.name)}</th>`);
      if (hasUnit) cells.push(`<td class="unit">${escapeMdx(r.unit ?? '')}</td>`);
      cells.push(...table.columns.map((c) => `<td class="value">${escapeMdx(r.cells[c.key]?.raw ?? '')}</td>`));
      cells.push(`<td class="attr">${escapeMdx(r.attribute ?? '')}</td>`);
      return `<tr>${cells.join('')}</tr>`;
    });
    return ['<tbody>', ...rows, '</tbody>'];
  });
  return [
    `<div id="${t.id}" class="table-block">`,
    // A scrollable frame must be reachable by keyboard, and named: a labelled region.
    `<section class="table-scroll" tabindex="0" aria-label="${escapeMdx(`${t.label} ${plainTitle(t.title)}`)}">`,
    '<table>',
    `<caption><span class="num">${escapeMdx(t.label)}</span> ${inlineMdx(t.title)}${permalink(t.id)}</caption>`,
    `<thead>${head.join('')}</thead>`,
    ...body,
    '</table>',
    '</section>',
    ...t.children.flatMap((n) => noteMdx(n, ctx)),
    ...(table.rebuiltBy === 'unresolved'
      ? ['<p class="editorial">（此表由程序按规则重建，原网页丢失了空白单元格，部分数值所在的列可能有误，请以原文件为准。）</p>']
      : []),
    // Where the page draws this table as a chart (only with JavaScript; the table is the content).
    `<div class="chart-slot" data-chart-for="${t.id}" data-table-label="${escapeMdx(t.label)}" hidden></div>`,
    '</div>',
  ];
}

const plainTitle = (inlines: Inline[]) => inlines.map((i) => (i.type === 'text' ? i.value : '')).join('');

function blockMdx(b: Block, ctx: EmitContext): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [paragraphMdx(b)];
    case 'chapter':
      return [
        `<section class="chapter" aria-labelledby="${b.id}">`,
        `<h2 id="${b.id}"><span class="num">${escapeMdx(b.label)}</span>${inlineMdx(b.title)}${permalink(b.id)}</h2>`,
        ...b.children.flatMap((c) => blockMdx(c, ctx)),
        chapterNav(b.id, ctx),
        '</section>',
        '',
      ];
    case 'section':
      return [
        `<section class="section" aria-labelledby="${b.id}">`,
        `<h3 id="${b.id}"><span class="num">${escapeMdx(b.label)}</span>${inlineMdx(b.title)}${permalink(b.id)}</h3>`,
        ...b.children.flatMap((c) => blockMdx(c, ctx)),
        '</section>',
      ];
    case 'article':
    case 'item':
      return [
        `<div id="${b.id}" class="${b.kind}">`,
        ...b.children.map((p, i) => paragraphMdx(p, i === 0 ? { id: b.id, label: b.label } : undefined)),
        '</div>',
      ];
    case 'box':
      return [
        `<section id="${b.id}" class="box" aria-label="${escapeMdx(b.label)}">`,
        `<h4 class="box-title"><span class="num">${escapeMdx(b.label)}</span> ${inlineMdx(b.title)}${permalink(b.id)}</h4>`,
        ...b.children.flatMap((c) => blockMdx(c, ctx)),
        '</section>',
      ];
    case 'table':
      return tableMdx(b, ctx);
    case 'figure':
      return [
        `<figure id="${b.id}" class="figure-missing">`,
        `<div class="figure-placeholder">（原网页未收录此图）</div>`,
        `<figcaption><span class="num">${escapeMdx(b.label)}</span> ${inlineMdx(b.caption)}${permalink(b.id)}</figcaption>`,
        '</figure>',
      ];
    case 'note':
      return noteMdx(b, ctx);
    case 'annex':
      return [
        `<section class="annex" aria-labelledby="${b.id}">`,
        `<h2 id="${b.id}">${inlineMdx(b.title)}${permalink(b.id)}</h2>`,
        ...(b.bodyMissing ? ['<p class="editorial">（附件正文原网页未收录；正文中的上标数字即指向此附件的注释序号。）</p>'] : []),
        '</section>',
      ];
  }
}

/** Previous/next chapter and back-to-top links at the end of every chapter. */
interface EmitContext {
  chapters: { id: string; label: string }[];
}

function chapterNav(id: string, ctx: EmitContext): string {
  const chapterOrder = ctx.chapters;
  const i = chapterOrder.findIndex((c) => c.id === id);
  const prev = chapterOrder[i - 1];
  const next = chapterOrder[i + 1];
  const links = [
    prev ? `<a class="prev" rel="prev" href="#${prev.id}">上一章 ${escapeMdx(prev.label)}</a>` : '',
    '<a class="top" href="#top">回到顶部</a>',
    next ? `<a class="next" rel="next" href="#${next.id}">下一章 ${escapeMdx(next.label)}</a>` : '',
  ];
  // Each chapter's navigation is its own landmark, so it needs its own name.
  const here = chapterOrder[i]?.label.replace(/、.*/, '') ?? '';
  return `<nav class="chapter-nav" aria-label="第${escapeMdx(here)}章前后">${links.join('')}</nav>`;
}

export function emitMdx(doc: PlanDocument): string {
  const ctx: EmitContext = { chapters: [] };
  ctx.chapters = doc.body.flatMap((b) =>
    b.kind === 'chapter' ? [{ id: b.id, label: `${b.label}${b.title.map((i) => (i.type === 'text' ? i.value : '')).join('')}` }] : [],
  );
  const lines = ['---', `slug: ${doc.slug}`, '---', ''];
  if (doc.preamble.children.length > 0) {
    lines.push('<section id="preamble" class="preamble">', ...doc.preamble.children.map((p) => paragraphMdx(p)), '</section>', '');
  }
  lines.push(...doc.body.flatMap((b) => blockMdx(b, ctx)));
  return `${lines.join('\n')}\n`;
}
