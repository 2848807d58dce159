/**
 * The interface text of the site, in both scripts, written by hand (never converted: each
 * script reads natively, e.g. 搜索/搜尋, 链接/連結). Modelled on Starlight's translations:
 * one dictionary, keys grouped by area (one JSON file per area, both scripts side by side so a
 * reviewer sees each pair), one helper `t(script, key, ...args)`. A key missing from either
 * script is a type error here; tests/unit/i18n.test.ts checks that both scripts use the same
 * placeholders. Browser code does not import this module (it would ship both scripts): pages
 * embed the areas a client needs for their own script (src/components/I18nData.astro), and
 * src/client/i18n.ts reads them.
 */
import type { Script } from '../plan-types.ts';
import about from './about.json' with { type: 'json' };
import catalogue from './catalogue.json' with { type: 'json' };
import chart from './chart.json' with { type: 'json' };
import cite from './cite.json' with { type: 'json' };
import compare from './compare.json' with { type: 'json' };
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
import site from './site.json' with { type: 'json' };

/** An area's two halves, accepted only when each script has every key of the other. */
type Both<T extends { hans: object; hant: object }> = [keyof T['hans']] extends [keyof T['hant']]
  ? [keyof T['hant']] extends [keyof T['hans']]
    ? T
    : never
  : never;

const RAW = { about, catalogue, chart, cite, compare, doc, kind, marks, notFound, pairs, plan, reader, related, search, site };
type Raw = typeof RAW;
const AREAS: { [A in keyof Raw]: Both<Raw[A]> } = RAW;

export type Area = keyof Raw;
/** The keys of one area, without its prefix. */
export type AreaKey<A extends Area> = keyof Raw[A]['hans'] & string;
/** Every key of the dictionary: `<area>.<key>`, e.g. `search.label`. */
export type Key = { [A in Area]: `${A}.${AreaKey<A>}` }[Area];
/** One script's entries of some areas, keyed `<area>.<key>`: what a page embeds for its client. */
export type Entries = Record<string, string>;
export type Arg = string | number;

function lookup(script: Script, key: string): string {
  const dot = key.indexOf('.');
  const area = AREAS[key.slice(0, dot) as Area]?.[script] as Record<string, string> | undefined;
  const text = area?.[key.slice(dot + 1)];
  if (text === undefined) throw new Error(`i18n: no text for "${key}" (src/lib/i18n/)`);
  return text;
}

/** The text for `key` in `script`, with `{0}`, `{1}` … filled from `args` (see format.ts). */
export function t(script: Script, key: Key, ...args: Arg[]): string {
  return fill(lookup(script, key), args, (k) => lookup(script, k));
}

/** The entries of some areas in one script, for a page to embed for its client code. */
export function entries(script: Script, areas: readonly Area[]): Entries {
  const out: Entries = {};
  for (const area of areas) for (const [k, v] of Object.entries(AREAS[area][script])) out[`${area}.${k}`] = v;
  return out;
}

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
