/**
 * HTML written as strings, for the parts of pages made outside Astro's templates (the section
 * pages, src/build/section/): text and attribute values escaped as Astro escapes them.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, safe inside an element or a double-quoted attribute. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** An element's attributes: `attrs({ id: 'x', hidden: true, title: undefined })` → ` id="x" hidden`. */
export function attrs(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('');
}
