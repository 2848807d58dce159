/**
 * Script conversion, at build time only (no converter is shipped to the browser; lint
 * forbids opencc-js outside src/build and ingest/).
 *
 * Simplified → traditional uses OpenCC's s2tw: Taiwan standard character forms (裡, 著,
 * 台州 as the place is written) without phrase substitution, because policy vocabulary must stay
 * the document's own (軟件 must not become 軟體). Traditional → simplified uses OpenCC's
 * generic t2s. A document is never converted into its own script: its original is shown
 * verbatim. See docs/SCRIPTS.md for the choice and its known limits.
 */
import OpenCC from 'opencc-js';
import type { Script } from '../lib/plan-types.ts';

type Convert = (text: string) => string;

/**
 * Corrections applied after OpenCC's s2tw, for policy vocabulary it gets wrong: its
 * segmentation reads 新征程 as 新徵 + 程, but 征程 (a journey) is written 征 in traditional
 * script as well. Each entry is tested in tests/unit/script.test.ts.
 */
const HANT_FIXES: [string, string][] = [['徵程', '征程']];

/**
 * Place names converted on their own, so that one form is used everywhere. OpenCC matches the
 * longest phrase from left to right, and a phrase ending in the name's first character takes it:
 * 对台 (對臺, "towards Taiwan") turned 对台州 into 對臺州 while 台州 alone stays 台州. Each name is
 * replaced by a stand-in OpenCC leaves alone (a supplementary private-use character) while the
 * text is converted, then by its own conversion (its documented form, tests/unit/script.test.ts).
 */
export const PLACE_NAMES = ['台州', '天台'] as const;
const NAME = new RegExp(PLACE_NAMES.join('|'), 'gu');
const STAND_IN = 0x10fff0;
const STAND_INS = new RegExp(`[${String.fromCodePoint(STAND_IN)}-${String.fromCodePoint(STAND_IN + PLACE_NAMES.length - 1)}]`, 'gu');

const keepingNames = (convert: Convert): Convert => {
  const forms = PLACE_NAMES.map((n) => convert(n));
  return (text) => {
    if (text.search(STAND_INS) >= 0) throw new Error('convert: the text contains a private-use stand-in character (U+10FFF0…)');
    const hidden = text.replace(NAME, (name) => String.fromCodePoint(STAND_IN + PLACE_NAMES.indexOf(name as (typeof PLACE_NAMES)[number])));
    return convert(hidden).replace(STAND_INS, (c) => forms[(c.codePointAt(0) ?? 0) - STAND_IN]);
  };
};

let hansToHant: Convert | undefined;
let hantToHans: Convert | undefined;

export function converter(from: Script, to: Script): Convert {
  if (from === to) return (t) => t;
  // Each converter loads its dictionaries once (about 0.2 s), on first use.
  if (to === 'hant') {
    hansToHant ??= keepingNames(OpenCC.ConverterFactory(OpenCC.Locale.from.cn, OpenCC.Locale.to.tw, [HANT_FIXES]));
    return hansToHant;
  }
  hantToHans ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return hantToHans;
}

/** Convert text written in `from` into `to`; identity when they are the same. */
export const convertText = (text: string, from: Script, to: Script): string => converter(from, to)(text);
