/**
 * Each plan's rendered HTML in each script, with the index of its blocks, kept while its
 * passage pages are built: its passage pages are cut from one rendering, read once. Pages are
 * built in getStaticPaths order (a plan's passages one after another), so only the last few
 * renderings are kept: holding every plan's HTML would grow the build's memory with the corpus.
 */
import { type BlockIndex, blockIndex } from './slice.ts';

export interface RenderedPlan {
  html: string;
  index: BlockIndex;
}

const KEEP = 4;
const rendered = new Map<string, Promise<RenderedPlan>>();

export function renderedPlan(key: string, render: () => Promise<string>): Promise<RenderedPlan> {
  let plan = rendered.get(key);
  if (plan === undefined) {
    plan = render().then((html) => ({ html, index: blockIndex(html) }));
    rendered.set(key, plan);
    for (const old of rendered.keys()) if (rendered.size > KEEP) rendered.delete(old);
  }
  return plan;
}
