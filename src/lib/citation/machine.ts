/**
 * The same citation for reference managers: BibTeX (biblatex fields, which Zotero and
 * JabRef read), RIS (type GOVDOC) and CSL-JSON (type "document"). One item type and a dozen
 * fields, so a small formatter tested against expected output beats a general conversion
 * library (citation-js would add a large dependency and still need the rules above).
 */
import type { Script } from '../plan-types.ts';
import type { CiteTarget } from './gbt7714.ts';
import type { CiteSource } from './source.ts';

const LANGUAGE: Record<Script, string> = { hans: 'zh-CN', hant: 'zh-TW' };
/** The day of citing, where known: a page built without JavaScript leaves it to the reader. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A key that names plan and place, safe in BibTeX and as a CSL id. */
export const citeKey = (src: CiteSource, id: string): string => (id ? `${src.slug}:${id}` : src.slug);

/** BibTeX's specials in a field value (the url field is verbatim and left alone). */
const tex = (s: string) => s.replace(/[\\{}%&$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`));

export function bibtex(src: CiteSource, target: CiteTarget, id: string, script: Script): string {
  const fields: [string, string | undefined][] = [
    // Corporate authors in double braces, so no one reads 人民政府 as a family name.
    ['author', src.authors.length ? src.authors.map((a) => `{${tex(a)}}`).join(' and ') : undefined],
    ['title', tex(src.title)],
    ['number', src.docNumber && tex(src.docNumber)],
    ['date', src.date],
    ['year', src.date?.slice(0, 4)],
    ['publisher', tex(src.publisher)],
    ['howpublished', src.via && tex(src.via)],
    ['note', target.place ? tex(target.place) : undefined],
    ['url', target.url],
    ['urldate', DAY.test(target.accessed) ? target.accessed : undefined],
    ['langid', LANGUAGE[script]],
  ];
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${v}}`);
  return `@misc{${citeKey(src, id)},\n${body.join(',\n')}\n}\n`;
}

export function ris(src: CiteSource, target: CiteTarget, script: Script): string {
  const tags: [string, string | undefined][] = [
    ['TY', 'GOVDOC'],
    ...src.authors.map((a): [string, string] => ['AU', a]),
    ['TI', src.title],
    ['M1', src.docNumber],
    ['PY', src.date?.slice(0, 4)],
    ['DA', src.date?.replaceAll('-', '/')],
    ['SE', target.place || undefined],
    ['PB', src.publisher],
    ['UR', target.url],
    ['Y2', DAY.test(target.accessed) ? target.accessed.replaceAll('-', '/') : undefined],
    ['LA', LANGUAGE[script]],
    ['ER', ''],
  ];
  return `${tags
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}  - ${v}`)
    .join('\n')}\n`;
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

export function cslJson(src: CiteSource, target: CiteTarget, id: string, script: Script): Record<string, unknown> {
  return {
    id: citeKey(src, id),
    type: 'document',
    ...(src.authors.length ? { author: src.authors.map((literal) => ({ literal })) } : {}),
    title: src.title,
    ...(src.docNumber ? { number: src.docNumber } : {}),
    ...(src.date ? { issued: dateParts(src.date) } : {}),
    ...(target.place ? { section: target.place } : {}),
    publisher: src.publisher,
    URL: target.url,
    ...(DAY.test(target.accessed) ? { accessed: dateParts(target.accessed) } : {}),
    language: LANGUAGE[script],
  };
}
