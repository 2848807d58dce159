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
  item: (parent: string, k: number) => `${parent || 'doc'}-i${k}`,
  /** 专栏1-1 → box1-1 */
  box: (n: number, sub?: number) => (sub === undefined ? `box${n}` : `box${n}-${sub}`),
  /** 表1-1 → table1-1; inside 附件N → annex<N>-table<M> */
  table: (n: number, annexId?: string, sub?: number) => `${annexId ? `${annexId}-` : ''}table${n}${sub === undefined ? '' : `-${sub}`}`,
  /** 图5-1 → fig5-1, 图3 → fig3 */
  figure: (x: number, y?: number) => (y === undefined ? `fig${x}` : `fig${x}-${y}`),
  note: (parent: string) => `${parent || 'doc'}-note`,
  annex: (n?: number) => (n === undefined ? 'annex' : `annex${n}`),
  paragraph: (parent: string, i: number) => (parent ? `${parent}-p${i}` : `p${i}`),
  duplicate: (id: string, k: number) => `${id}-dup${k}`,
};

/** One segment of an id, read back. */
export type IdPart =
  | { kind: 'preamble' }
  | { kind: 'part' | 'chapter' | 'section' | 'article' | 'item' | 'box' | 'table' | 'paragraph' | 'duplicate'; n: number }
  | { kind: 'figure'; x: number; y: number }
  | { kind: 'note' }
  | { kind: 'annex'; n?: number }
  /** A segment outside the grammar (the fallbacks `doc`, `fig`): kept as written. */
  | { kind: 'other'; text: string };

const NUMBERED: [RegExp, Exclude<IdPart['kind'], 'preamble' | 'figure' | 'note' | 'annex' | 'other'>][] = [
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
  for (const [pattern, kind] of NUMBERED) {
    const m = pattern.exec(segment);
    if (m) return { kind, n: Number(m[1]) };
  }
  return { kind: 'other', text: segment };
}

/** c3-s2-p4 → chapter 3, section 2, paragraph 4; fig5-1 is one part (figure 5-1). */
export function parseId(id: string): IdPart[] {
  const parts: IdPart[] = [];
  for (const segment of id.split('-')) {
    const last = parts[parts.length - 1];
    if (last?.kind === 'other' && /^fig\d+$/.test(last.text) && /^\d+$/.test(segment)) {
      parts[parts.length - 1] = { kind: 'figure', x: Number(last.text.slice(3)), y: Number(segment) };
    } else parts.push(readSegment(segment));
  }
  return parts;
}
