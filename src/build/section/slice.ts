/**
 * One passage cut out of its plan's rendered HTML, for the passage's own page: the element that
 * carries the id (or, for a chapter or section, the <section> its heading labels), with the
 * whole plan's furniture left out and every in-page link sent to the place in the whole plan.
 * The plan is rendered by the same components as its page, so the passage reads the same.
 */

/** The element (start tag to its matching end tag) that is the block `id`, or undefined. */
export function outerHtml(html: string, id: string): string | undefined {
  const start = new RegExp(`<(section|div|figure|p)\\b[^>]*\\s(?:id|aria-labelledby)="${id}"[^>]*>`).exec(html);
  if (!start) return undefined;
  const name = start[1];
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
  tags.lastIndex = start.index + start[0].length;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start.index, m.index + m[0].length);
  }
  return undefined;
}

/**
 * The passage ready for its page: its own heading, if it has one, promoted to <h1>, the
 * chapter navigation of the whole plan left out, and `#id` links pointing into the plan page.
 */
export function passageHtml(html: string, id: string, planHref: string, promoteHeading: boolean): string | undefined {
  let passage = outerHtml(html, id);
  if (passage === undefined) return undefined;
  passage = passage.replace(/<nav class="chapter-nav"[\s\S]*?<\/nav>/g, '');
  passage = passage.replace(/href="#([^"]*)"/g, (_, frag) => `href="${planHref}#${frag}"`);
  // A chapter's, section's or box's own heading is the first in it.
  const heading = /<h([2-4])([^>]*)>([\s\S]*?)<\/h\1>/.exec(passage);
  if (promoteHeading && heading) passage = passage.replace(heading[0], `<h1${heading[2]}>${heading[3]}</h1>`);
  return passage;
}
