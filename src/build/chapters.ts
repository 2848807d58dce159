/**
 * Build time: the chapters of a plan for the compare page's by-chapter view, shipped in the
 * search's outline file so that the browser never reads places back from ids.
 *
 * A passage belongs to the chapter of its outermost enclosing heading (`up` chain); a passage
 * outside any heading belongs to the front matter before the first chapter, and after it to
 * the chapter above it (articles a<k> are numbered through the document but sit inside
 * chapters). In document order this makes every chapter one run of passages, so a chapter is
 * shipped as its first passage.
 */
import { parseId } from '../lib/ids.ts';
import type { Chapter } from '../lib/search/types.ts';

/** A top-level id's kind for the by-chapter view: a chapter (c3, or its repeat c3-dup1) with its number, the unnumbered annex, or neither. */
function chapterOf(id: string): { kind: 'chapter'; n: number } | { kind: 'annex' } | undefined {
  const parts = parseId(id);
  const [own, dup] = parts;
  if (parts.length > 2 || (dup && dup.kind !== 'duplicate')) return undefined;
  if (own?.kind === 'chapter') return { kind: 'chapter', n: own.n };
  if (own?.kind === 'annex' && own.n === undefined) return { kind: 'annex' };
  return undefined;
}

export function planChapters(ids: readonly string[], up: readonly number[]): Chapter[] {
  const list: Chapter[] = [{ key: 'preamble', kind: 'preamble', rec: 0, n: '' }];
  let frontMatter = false;
  for (let i = 0; i < ids.length; i++) {
    let root = i;
    for (let guard = 0; up[root] >= 0 && guard < 64; guard++) root = up[root];
    const top = root === i ? chapterOf(ids[i]) : undefined;
    if (top) list.push({ key: ids[i], kind: top.kind, rec: i, n: top.kind === 'chapter' ? String(top.n) : '' });
    else if (list.length === 1) frontMatter = true;
  }
  // No front matter: the list starts with the first chapter.
  return frontMatter || list.length === 1 ? list : list.slice(1);
}
