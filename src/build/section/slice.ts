/**
 * One passage cut out of its plan's rendered HTML, for the passage's own page: the element that
 * carries the id (or, for a chapter or section, the <section> its heading labels), with the
 * whole plan's furniture left out and every in-page link sent to the place in the whole plan.
 * The plan is rendered by the same components as its page, so the passage reads the same.
 *
 * A plan has ~60 passages cut from the same ~300 KB of HTML: `blockIndex` reads the HTML once
 * and finds every block's extent, so a passage is a slice, not another scan of the plan.
 */

const BLOCK_TAG = /<(\/?)(section|div|figure|p)\b([^>]*)>/g;
const KEY = /\s(?:id|aria-labelledby)="([^"]*)"/g;

/** Where each block is in a plan's HTML, by id: [start of its start tag, end of its end tag). */
export type BlockIndex = ReadonlyMap<string, readonly [number, number]>;

/**
 * Every `<section|div|figure|p>` that carries an id or aria-labelledby, with its matching end
 * tag (tags of the same name nest). Where two elements name the same id, the first wins.
 */
export function blockIndex(html: string): BlockIndex {
  const ranges = new Map<string, [number, number]>();
  const claimed = new Set<string>();
  const open = new Map<string, { start: number; keys: string[] }[]>();
  for (const m of html.matchAll(BLOCK_TAG)) {
    const name = m[2];
    const stack = open.get(name) ?? open.set(name, []).get(name) ?? [];
    if (!m[1]) {
      const keys = [...m[3].matchAll(KEY)].map((k) => k[1]).filter((k) => !claimed.has(k));
      for (const k of keys) claimed.add(k);
      stack.push({ start: m.index, keys });
      continue;
    }
    const start = stack.pop();
    if (start) for (const k of start.keys) ranges.set(k, [start.start, m.index + m[0].length]);
  }
  return ranges;
}

/** The element (start tag to its matching end tag) that is the block `id`, or undefined. */
export function outerHtml(html: string, id: string, index: BlockIndex = blockIndex(html)): string | undefined {
  const range = index.get(id);
  return range && html.slice(range[0], range[1]);
}

/**
 * The passage ready for its page: its own heading, if it has one, promoted to <h1>, the
 * chapter navigation of the whole plan left out, and `#id` links pointing into the plan page.
 */
export function passageHtml(html: string, id: string, planHref: string, promoteHeading: boolean, index?: BlockIndex): string | undefined {
  let passage = outerHtml(html, id, index);
  if (passage === undefined) return undefined;
  passage = passage.replace(/<nav class="chapter-nav"[\s\S]*?<\/nav>/g, '');
  passage = passage.replace(/href="#([^"]*)"/g, (_, frag) => `href="${planHref}#${frag}"`);
  // A chapter's, section's or box's own heading is the first in it.
  const heading = /<h([2-4])([^>]*)>([\s\S]*?)<\/h\1>/.exec(passage);
  if (promoteHeading && heading) passage = passage.replace(heading[0], `<h1${heading[2]}>${heading[3]}</h1>`);
  return passage;
}
