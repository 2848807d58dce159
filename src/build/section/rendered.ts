/**
 * Each plan's rendered HTML in each script, kept while its passage pages are built: its passage
 * pages are cut from one rendering. Pages are built in getStaticPaths order (a plan's passages
 * one after another), so only the last few renderings are kept: holding every plan's HTML
 * would grow the build's memory with the corpus.
 */
const KEEP = 4;
const rendered = new Map<string, Promise<string>>();

export function renderedPlan(key: string, render: () => Promise<string>): Promise<string> {
  let html = rendered.get(key);
  if (html === undefined) {
    html = render();
    rendered.set(key, html);
    for (const old of rendered.keys()) if (rendered.size > KEEP) rendered.delete(old);
  }
  return html;
}
