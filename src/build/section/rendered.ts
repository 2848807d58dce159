/** Each plan's rendered HTML in each script, kept for the build: its ~60 passage pages cut from one rendering. */
const rendered = new Map<string, string>();

export async function renderedPlan(key: string, render: () => Promise<string>): Promise<string> {
  let html = rendered.get(key);
  if (html === undefined) {
    html = await render();
    rendered.set(key, html);
  }
  return html;
}
