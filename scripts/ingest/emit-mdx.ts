/**
 * Stage 6a — emit one MDX file per plan, in the plan's original script.
 *
 * Every block is written as a JSX element carrying its contract id; the text inside is
 * escaped so that MDX reads it as text: `{ } < > &` and the Markdown/GFM specials become
 * character references (`{#id}` heading syntax is not MDX, so ids are attributes).
 * The frontmatter holds the slug only; the catalog facts live in the data JSON, one source.
 */
import type {
  Block,
  IndicatorTable,
  Inline,
  Note,
  Paragraph,
  PlanDocument,
  TableBlock,
} from '../../src/lib/plan-types.ts';

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
    .map((i) =>
      i.type === 'text'
        ? escapeMdx(i.value)
        : `<sup class="fnref"><a href="#annex" title="名词解释 ${i.n}（原网页未收录）">${i.n}</a></sup>`,
    )
    .join('');
}

function paragraphMdx(p: Paragraph, label?: string): string {
  const num = label ? `<span class="num">${escapeMdx(label)}</span>` : '';
  const lead = p.lead ? `<strong class="lead">${inlineMdx(p.lead)}</strong>` : '';
  return `<p id="${p.id}" class="p-${p.style}">${num}${lead}${inlineMdx(p.content)}</p>`;
}

function noteMdx(n: Note): string[] {
  return [
    `<div id="${n.id}" class="note${n.tableMissing ? ' note-table-missing' : ''}">`,
    ...(n.tableMissing ? ['<p class="editorial">（此注所属的表格原网页未收录）</p>'] : []),
    ...n.children.flatMap((c) => blockMdx(c)),
    '</div>',
  ];
}

function tableMdx(t: TableBlock): string[] {
  const table: IndicatorTable = t.table;
  const head = table.headerRows.map(
    (row) =>
      `<tr>${row
        .map((c) => `<th scope="col"${c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}>${escapeMdx(c.text)}</th>`)
        .join('')}</tr>`,
  );
  const hasNo = table.groups.some((g) => g.rows.some((r) => r.no !== undefined));
  const hasUnit = table.headerRows.some((row) => row.some((c) => c.text === '单位'));
  const width = table.columns.length + 3 + (hasNo ? 1 : 0) + (hasUnit ? 1 : 0);
  const body = table.groups.flatMap((g) => [
    '<tbody>',
    ...(g.category ? [`<tr class="group"><th scope="rowgroup" colspan="${width}">${escapeMdx(g.category)}</th></tr>`] : []),
    ...g.rows.map((r) => {
      const cells = [
        hasNo ? `<td class="no">${escapeMdx(r.no ?? '')}</td>` : '',
        `<th scope="row">${r.parent ? `<span class="parent">${escapeMdx(r.parent)}</span> ` : ''}${escapeMdx(r.name)}</th>`,
        hasUnit ? `<td class="unit">${escapeMdx(r.unit ?? '')}</td>` : '',
        ...table.columns.map((c) => `<td>${escapeMdx(r.cells[c.key]?.raw ?? '')}</td>`),
        `<td class="attr">${escapeMdx(r.attribute ?? '')}</td>`,
      ];
      return `<tr>${cells.join('')}</tr>`;
    }),
    '</tbody>',
  ]);
  return [
    `<div id="${t.id}" class="table-block">`,
    '<div class="table-scroll">',
    '<table>',
    `<caption><span class="num">${escapeMdx(t.label)}</span> ${inlineMdx(t.title)}</caption>`,
    `<thead>${head.join('')}</thead>`,
    ...body,
    '</table>',
    '</div>',
    ...(t.note ? noteMdx(t.note) : []),
    '</div>',
  ];
}

function blockMdx(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [paragraphMdx(b)];
    case 'chapter':
      return [
        `<section class="chapter" aria-labelledby="${b.id}">`,
        `<h2 id="${b.id}"><span class="num">${escapeMdx(b.label)}</span>${inlineMdx(b.title)}</h2>`,
        ...b.children.flatMap(blockMdx),
        '</section>',
        '',
      ];
    case 'section':
      return [
        `<section class="section" aria-labelledby="${b.id}">`,
        `<h3 id="${b.id}"><span class="num">${escapeMdx(b.label)}</span>${inlineMdx(b.title)}</h3>`,
        ...b.children.flatMap(blockMdx),
        '</section>',
      ];
    case 'article':
    case 'item':
      return [
        `<div id="${b.id}" class="${b.kind}">`,
        ...b.children.map((p, i) => paragraphMdx(p, i === 0 ? b.label : undefined)),
        '</div>',
      ];
    case 'box':
      return [
        `<section id="${b.id}" class="box" aria-label="${escapeMdx(b.label)}">`,
        `<h4 class="box-title"><span class="num">${escapeMdx(b.label)}</span> ${inlineMdx(b.title)}</h4>`,
        ...b.children.flatMap(blockMdx),
        '</section>',
      ];
    case 'table':
      return tableMdx(b);
    case 'figure':
      return [
        `<figure id="${b.id}" class="figure-missing">`,
        `<div class="figure-placeholder" role="img" aria-label="图片缺失">原网页未收录此图</div>`,
        `<figcaption><span class="num">${escapeMdx(b.label)}</span> ${inlineMdx(b.caption)}</figcaption>`,
        '</figure>',
      ];
    case 'note':
      return noteMdx(b);
    case 'annex':
      return [
        `<section class="annex" aria-labelledby="${b.id}">`,
        `<h2 id="${b.id}">${inlineMdx(b.title)}</h2>`,
        ...(b.bodyMissing ? ['<p class="editorial">（附件正文原网页未收录；正文中的上标数字即指向此附件的注释序号。）</p>'] : []),
        '</section>',
      ];
  }
}

export function emitMdx(doc: PlanDocument): string {
  const lines = ['---', `slug: ${doc.slug}`, '---', ''];
  if (doc.preamble.children.length > 0) {
    lines.push('<section id="preamble" class="preamble">', ...doc.preamble.children.map((p) => paragraphMdx(p)), '</section>', '');
  }
  lines.push(...doc.body.flatMap(blockMdx));
  return `${lines.join('\n')}\n`;
}
