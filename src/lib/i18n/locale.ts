/**
 * Locales: the language an interface is written in, beside the writing script plan text is shown
 * in (src/lib/script.ts). A locale names its tag, its `<html lang>`, the script its pages show
 * plan text in, and where its strings are written. zh-Hans and zh-Hant are the two halves of
 * the side-by-side area files (src/lib/i18n/<area>.json: a reviewer sees each pair); a further
 * locale is a folder of strings plus one entry here, e.g. English:
 *
 *   src/lib/i18n/en/index.ts  — `export const strings = { about, catalogue, … } satisfies Strings`,
 *                               one flat JSON file per area (`en/about.json`: `{ "intro": "…" }`)
 *   LOCALES                   — `{ tag: 'en', lang: 'en', script: 'hans', folder: 'src/lib/i18n/en/', strings }`
 *
 * `satisfies Strings` makes a missing key a type error; checkLocale() says the same at run time
 * (for strings read from elsewhere) and also catches a placeholder dropped in translation.
 * tests/unit/i18n-locale.test.ts shows both with a generated pseudo-locale.
 */
import type { Script } from '../plan-types.ts';
import { LANG } from '../script.ts';
import { type Arg, allKeys, type Key, type Strings, scriptStrings, textIn } from './index.ts';

export interface Locale {
  /** BCP 47 tag naming the locale. */
  tag: string;
  /** The page's `<html lang>`. */
  lang: string;
  /** The script plan text is shown in on this locale's pages (an English page still quotes Chinese). */
  script: Script;
  /** Where the strings are written, for people and error messages. */
  folder: string;
  strings: Strings;
}

export const LOCALES: readonly Locale[] = [
  { tag: 'zh-Hans', lang: LANG.hans, script: 'hans', folder: 'src/lib/i18n/*.json ("hans")', strings: scriptStrings('hans') },
  { tag: 'zh-Hant', lang: LANG.hant, script: 'hant', folder: 'src/lib/i18n/*.json ("hant")', strings: scriptStrings('hant') },
];

/** The locale a script's pages are written in today: the one `t(script, …)` reads. */
export const localeOf = (script: Script): Locale => LOCALES.find((l) => l.strings === scriptStrings(script)) as Locale;

/** The text for `key` in `locale`, placeholders filled (as t() does for a script's own locale). */
export const text = (locale: Locale, key: Key, ...args: Arg[]): string => textIn(locale.strings, key, args, locale.folder);

const placeholders = (s: string) =>
  [...s.matchAll(/\{\d+(?::\w+)?\}/g)]
    .map((m) => m[0])
    .sort()
    .join(' ');

/**
 * What is wrong with a locale's strings against the reference locale (zh-Hans): keys missing or
 * unknown, empty texts, placeholders that differ. Empty when the locale is complete.
 */
export function checkLocale(locale: Locale, reference: Locale = LOCALES[0]): string[] {
  const flat = (l: Locale) =>
    new Map(
      Object.entries(l.strings).flatMap(([area, texts]) => Object.entries(texts as Record<string, unknown>).map(([k, v]) => [`${area}.${k}`, v] as const)),
    );
  const mine = flat(locale);
  const theirs = flat(reference);
  const where = `${locale.tag} (${locale.folder})`;
  const problems: string[] = [];
  for (const key of allKeys()) {
    const value = mine.get(key);
    if (value === undefined) problems.push(`${where}: no text for "${key}"`);
    else if (typeof value !== 'string' || !value.trim()) problems.push(`${where}: "${key}" is empty or not a string`);
    else if (placeholders(value) !== placeholders(String(theirs.get(key))))
      problems.push(
        `${where}: "${key}" has placeholders ${placeholders(value) || 'none'}, ${reference.tag} has ${placeholders(String(theirs.get(key))) || 'none'}`,
      );
  }
  for (const key of mine.keys()) if (!theirs.has(key)) problems.push(`${where}: "${key}" is not a key of ${reference.tag}`);
  return problems;
}
