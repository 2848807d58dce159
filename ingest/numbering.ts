/**
 * Two transforms after the parse (stage 4, ingest/pipeline.ts): containers' source spans
 * cover their children, and numbered paragraphs are articles or, where the numbering restarts,
 * items of their section.
 */
import type { Article, Item, PlanDocument } from '../src/lib/plan-types.ts';
import { visit } from '../src/lib/plan-visit.ts';
import { type IngestFile, warn } from './ingest-file.ts';

/** Containers' spans cover their children. */
export function closeSpans(tree: PlanDocument): void {
  visit(tree, (node, ancestors) => {
    if (node.kind === 'preamble') return;
    for (const a of ancestors) if (a.kind !== 'preamble') a.source.to = Math.max(a.source.to, node.source.to);
  });
}

/**
 * Numbered paragraphs printed 1. 2. … outside boxes and notes are articles (a<k>) when the
 * numbering runs through the document, as in the Party proposals. Where it restarts inside
 * sections they are items of their section (<section>-i<k>). 第X条 are always articles.
 */
export function resolveNumbering(tree: PlanDocument, file: IngestFile): void {
  const articles: Article[] = [];
  visit(tree, (node) => {
    if (node.kind === 'article') articles.push(node);
  });
  const restarts = articles.some((a, i) => i > 0 && a.num <= articles[i - 1].num && a.num === 1);
  if (restarts && !articles.some((a) => a.label.startsWith('第'))) {
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
