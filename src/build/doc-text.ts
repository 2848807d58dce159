/**
 * The interface text inside a rendered plan (permalink labels, 上一章/下一章, the editorial
 * notes 原网页未收录…). The plan body is rendered once and then converted into the page's
 * script by Converted.astro; interface text must not go through that conversion — it is
 * written by hand in both scripts (src/lib/i18n/doc.json). So the document components write
 * an ASCII placeholder, which OpenCC leaves alone, and Converted.astro resolves it in the
 * page's script after converting the body. Document.astro must therefore always be rendered
 * inside Converted.astro.
 */
import { escapeHtml } from '../lib/html.ts';
import { type AreaKey, t } from '../lib/i18n/index.ts';
import type { Script } from '../lib/plan-types.ts';

export type DocKey = AreaKey<'doc'>;

/** `[[doc:key|arg|arg]]`; arguments are ids, numbers and numerals (no `|` or `]`). */
const TOKEN = /\[\[doc:(\w+)((?:\|[^|\]]*)*)\]\]/g;

/** The placeholder for `key` with its arguments. */
export function docText(key: DocKey, ...args: (string | number)[]): string {
  const bad = args.find((a) => /[|\]]/.test(String(a)));
  if (bad !== undefined) throw new Error(`doc-text: argument "${bad}" of ${key} holds | or ]`);
  return `[[doc:${key}${args.map((a) => `|${a}`).join('')}]]`;
}

/**
 * The placeholders in rendered HTML replaced by their text in `script`, HTML-escaped (the
 * placeholder stands in attribute values as well as in text).
 */
export function resolveDocText(html: string, script: Script): string {
  return html.replace(TOKEN, (_, key: string, args: string) =>
    escapeHtml(t(script, `doc.${key}` as `doc.${DocKey}`, ...(args ? args.slice(1).split('|') : []))),
  );
}
