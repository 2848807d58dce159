/**
 * The interface text of the site, in both scripts, written by hand (never converted: each
 * script reads natively, e.g. 搜索/搜尋, 链接/連結). Modelled on Starlight's translations:
 * one dictionary, keys grouped by area (one JSON file per area, both scripts side by side so a
 * reviewer sees each pair), one helper `t(script, key, ...args)`. A key missing from either
 * script is a type error here; tests/unit/i18n.test.ts checks that both scripts use the same
 * placeholders. Browser code does not import this module (it would ship both scripts): pages
 * embed the areas a client needs for their own script (src/components/I18nData.astro), and
 * src/client/i18n.ts reads them. The zh-Hans and zh-Hant locales are this dictionary's two
 * halves; the locale registry, and how a further locale is added, is ./locale.ts.
 */
import type { Script } from '../plan-types.ts';
import about from './about.json' with { type: 'json' };
import catalogue from './catalogue.json' with { type: 'json' };
import chart from './chart.json' with { type: 'json' };
import chartReason from './chartReason.json' with { type: 'json' };
import cite from './cite.json' with { type: 'json' };
import citing from './citing.json' with { type: 'json' };
import compare from './compare.json' with { type: 'json' };
import data from './data.json' with { type: 'json' };
import dataFields from './dataFields.json' with { type: 'json' };
import doc from './doc.json' with { type: 'json' };
import { fill } from './format.ts';
import kind from './kind.json' with { type: 'json' };
import marks from './marks.json' with { type: 'json' };
import notFound from './notFound.json' with { type: 'json' };
import pairs from './pairs.json' with { type: 'json' };
import plan from './plan.json' with { type: 'json' };
import reader from './reader.json' with { type: 'json' };
import related from './related.json' with { type: 'json' };
import search from './search.json' with { type: 'json' };
import share from './share.json' with { type: 'json' };
import site from './site.json' with { type: 'json' };
import targets from './targets.json' with { type: 'json' };
import targetsHint from './targetsHint.json' with { type: 'json' };

/** An area's two halves, accepted only when each script has every key of the other. */
type Both<T extends { hans: object; hant: object }> = [keyof T['hans']] extends [keyof T['hant']]
  ? [keyof T['hant']] extends [keyof T['hans']]
    ? T
    : never
  : never;

const RAW = {
  about,
  catalogue,
  chart,
  chartReason,
  cite,
  citing,
  compare,
  data,
  dataFields,
  doc,
  kind,
  marks,
  notFound,
  pairs,
  plan,
  reader,
  related,
  search,
  share,
  site,
  targets,
  targetsHint,
};
type Raw = typeof RAW;
const AREAS: { [A in keyof Raw]: Both<Raw[A]> } = RAW;

export type Area = keyof Raw;
/** The keys of one area, without its prefix. */
export type AreaKey<A extends Area> = keyof Raw[A]['hans'] & string;
/** Every key of the dictionary: `<area>.<key>`, e.g. `search.label`. */
export type Key = { [A in Area]: `${A}.${AreaKey<A>}` }[Area];
/** One locale's strings, area by area: a locale missing a key is a type error where it is declared (locale.ts). */
export type Strings = { [A in Area]: Record<AreaKey<A>, string> };
/** One script's entries of some areas, keyed `<area>.<key>`: what a page embeds for its client. */
export type Entries = Record<string, string>;
export type Arg = string | number;

const half = (script: Script): Strings => Object.fromEntries(Object.entries(AREAS).map(([area, both]) => [area, both[script]])) as unknown as Strings;
const HALVES: Record<Script, Strings> = { hans: half('hans'), hant: half('hant') };
/** The strings of one script's half of the area files: the zh-Hans and zh-Hant locales' strings (locale.ts). */
export const scriptStrings = (script: Script): Strings => HALVES[script];

function lookup(strings: Strings, key: string, where: string): string {
  const dot = key.indexOf('.');
  const area = strings[key.slice(0, dot) as Area] as Record<string, string> | undefined;
  const text = area?.[key.slice(dot + 1)];
  if (text === undefined) throw new Error(`i18n: no text for "${key}" (${where})`);
  return text;
}

/** The text for `key` in one locale's strings, with `{0}`, `{1}` … filled from `args` (see format.ts). */
export function textIn(strings: Strings, key: Key, args: readonly Arg[], where = 'src/lib/i18n/'): string {
  return fill(lookup(strings, key, where), args, (k) => lookup(strings, k, where));
}

/**
 * The text for `key` on a page in `script`. Each script's pages are written in one locale today
 * (zh-Hans, zh-Hant: locale.ts), so the script names it; a page of another locale calls
 * locale.ts's text(locale, …).
 */
export function t(script: Script, key: Key, ...args: Arg[]): string {
  return textIn(HALVES[script], key, args);
}

/** The entries of some areas in one locale's strings, for a page to embed for its client code. */
export function entriesIn(strings: Strings, areas: readonly Area[]): Entries {
  const out: Entries = {};
  for (const area of areas) for (const [k, v] of Object.entries(strings[area])) out[`${area}.${k}`] = v;
  return out;
}
export const entries = (script: Script, areas: readonly Area[]): Entries => entriesIn(HALVES[script], areas);

/** Every key, for tests. */
export const allKeys = (): Key[] => Object.keys(entries('hans', Object.keys(AREAS) as Area[])) as Key[];

/** Each catalog kind (建议, 纲要, 实施方案) as each script writes it. */
export const KIND_LABEL: Record<string, Record<Script, string>> = Object.fromEntries(
  Object.entries(AREAS.kind.hans).map(([kind, hans]) => [kind, { hans, hant: (AREAS.kind.hant as Entries)[kind] }]),
);

/** A list written in the dictionary as one string: items separated by 、 (groups by ；). */
export const list = (script: Script, key: Key): string[] => t(script, key).split('、');
export const groups = (script: Script, key: Key): string[][] =>
  t(script, key)
    .split('；')
    .map((g) => g.split('、'));
