/**
 * The contract id grammar (docs/CONTRACT.md, "Anchors inside a plan"), written and read in
 * one place. The ingestion writes every id with the functions below; the browser reads an
 * id back into its parts (`parseId`) to cite the place it names. Browser-safe.
 *
 *   preamble · preamble-p<i> · part<n> · c<n> · c<n>-s<m> · a<k> · <parent>-i<k> · box<N>
 *   table<N> · fig<X>-<Y> · <parent>-note · annex<N> (annex when unnumbered) · <parent>-p<i>
 *   and <id>-dup<k> for the k-th repeat of a number the document prints twice.
 */

/** Writers: one per element of the grammar. An empty parent means "at the top of the body". */
export const ids = {
  part: (n: number) => `part${n}`,
  chapter: (n: number) => `c${n}`,
  section: (chapterId: string | undefined, m: number) => (chapterId ? `${chapterId}-s${m}` : `s${m}`),
  article: (k: number) => `a${k}`,
  item: (parent: string, k: number) => (parent ? `${parent}-i${k}` : `i${k}`),
  /** 专栏1-1 → box1-1 */
  box: (n: number, sub?: number) => (sub === undefined ? `box${n}` : `box${n}-${sub}`),
  /** 表1-1 → table1-1; inside 附件N → annex<N>-table<M> */
  table: (n: number, annexId?: string, sub?: number) => `${annexId ? `${annexId}-` : ''}table${n}${sub === undefined ? '' : `-${sub}`}`,
  /** 图5-1 → fig5-1, 图3 → fig3 */
  figure: (x: number, y?: number) => (y === undefined ? `fig${x}` : `fig${x}-${y}`),
  note: (parent: string) => (parent ? `${parent}-note` : 'note'),
  annex: (n?: number) => (n === undefined ? 'annex' : `annex${n}`),
  paragraph: (parent: string, i: number) => (parent ? `${parent}-p${i}` : `p${i}`),
  duplicate: (id: string, k: number) => `${id}-dup${k}`,
};

/** One part of an id, read back: one segment, or two for a sub-number (box1-1, table1-1, fig5-1). */
export type IdPart =
  | { kind: 'preamble' }
  | { kind: 'part' | 'chapter' | 'section' | 'article' | 'item' | 'paragraph' | 'duplicate'; n: number }
  /** 专栏X-Y, 表X-Y: `sub` is Y. */
  | { kind: 'box' | 'table'; n: number; sub?: number }
  | { kind: 'figure'; x: number; y?: number }
  | { kind: 'note' }
  | { kind: 'annex'; n?: number }
  /** A segment outside the grammar: kept as written. */
  | { kind: 'other'; text: string };

const NUMBERED: [RegExp, 'part' | 'chapter' | 'section' | 'article' | 'item' | 'box' | 'table' | 'paragraph' | 'duplicate'][] = [
  [/^part(\d+)$/, 'part'],
  [/^c(\d+)$/, 'chapter'],
  [/^s(\d+)$/, 'section'],
  [/^a(\d+)$/, 'article'],
  [/^i(\d+)$/, 'item'],
  [/^box(\d+)$/, 'box'],
  [/^table(\d+)$/, 'table'],
  [/^p(\d+)$/, 'paragraph'],
  [/^dup(\d+)$/, 'duplicate'],
];

function readSegment(segment: string): IdPart {
  if (segment === 'preamble') return { kind: 'preamble' };
  if (segment === 'note') return { kind: 'note' };
  const annex = /^annex(\d*)$/.exec(segment);
  if (annex) return annex[1] ? { kind: 'annex', n: Number(annex[1]) } : { kind: 'annex' };
  const fig = /^fig(\d+)$/.exec(segment);
  if (fig) return { kind: 'figure', x: Number(fig[1]) };
  for (const [pattern, kind] of NUMBERED) {
    const m = pattern.exec(segment);
    if (m) return { kind, n: Number(m[1]) };
  }
  return { kind: 'other', text: segment };
}

/** c3-s2-p4 → chapter 3, section 2, paragraph 4; fig5-1 and box1-1 are one part each. */
export function parseId(id: string): IdPart[] {
  const parts: IdPart[] = [];
  for (const segment of id.split('-')) {
    const last = parts[parts.length - 1];
    const digits = /^\d+$/.test(segment) ? Number(segment) : undefined;
    if (digits !== undefined && last?.kind === 'figure' && last.y === undefined) last.y = digits;
    else if (digits !== undefined && (last?.kind === 'box' || last?.kind === 'table') && last.sub === undefined) last.sub = digits;
    else parts.push(readSegment(segment));
  }
  return parts;
}

/** One part written back: `formatId(parseId(id)) === id` for every id in the grammar. */
function formatPart(p: IdPart): string {
  switch (p.kind) {
    case 'preamble':
    case 'note':
      return p.kind;
    case 'annex':
      return ids.annex(p.n);
    case 'figure':
      return ids.figure(p.x, p.y);
    case 'box':
      return ids.box(p.n, p.sub);
    case 'table':
      return ids.table(p.n, undefined, p.sub);
    case 'other':
      return p.text;
    case 'part':
      return ids.part(p.n);
    case 'chapter':
      return ids.chapter(p.n);
    case 'section':
      return `s${p.n}`;
    case 'article':
      return ids.article(p.n);
    case 'item':
      return `i${p.n}`;
    case 'paragraph':
      return `p${p.n}`;
    case 'duplicate':
      return `dup${p.n}`;
  }
}

export const formatId = (parts: IdPart[]): string => parts.map(formatPart).join('-');
