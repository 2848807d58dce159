/**
 * How related passages and plans are named in the interface, from the document's own
 * numbering as printed: article "31." → 第31条, section （三） of chapter 十一、 → 十一（三）,
 * 专栏三 as printed. Pure, so pages and browser code share it.
 */
import type { CatalogEntry } from '../catalog-schema.ts';
import words from '../i18n/cite.json' with { type: 'json' };
import type { OutlineNode } from '../plan-data.ts';
import type { Script } from '../plan-types.ts';

/** The label of a section, article or box as a reader would cite it. */
export function passageLabel(node: OutlineNode, chapter: OutlineNode | undefined, script: Script): string {
  const printed = node.label[script].trim();
  if (node.kind === 'article') return `第${printed.replace(/[.．]$/, '')}${words[script].article}`;
  if (node.kind === 'section' && chapter) return `${chapter.label[script].replace(/[、，,]$/, '')}${printed}`;
  return printed;
}

/** Short plan name: the city without 市 and the document kind, "台州建议", "衢州纲要". */
export function planShortName(entry: Pick<CatalogEntry, 'city' | 'kind'>): string {
  return `${entry.city.zh.replace(/市$/, '')}${entry.kind}`;
}
