/**
 * Script conversion, at build time only (no converter is shipped to the browser).
 *
 * Simplified → traditional uses OpenCC's s2tw: Taiwan standard character forms (裡, 著,
 * 台/臺 as in Taiwan usage) without phrase substitution, because policy vocabulary must stay
 * the document's own (軟件 must not become 軟體). Traditional → simplified uses OpenCC's
 * generic t2s. A document is never converted into its own script: its original is shown
 * verbatim. See docs/SCRIPTS.md for the choice and its known limits.
 */
import OpenCC from 'opencc-js';
import type { Script } from './plan-types.ts';

type Convert = (text: string) => string;
let hansToHant: Convert | undefined;
let hantToHans: Convert | undefined;

export function converter(from: Script, to: Script): Convert {
  if (from === to) return (t) => t;
  if (to === 'hant') return (hansToHant ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
  return (hantToHans ??= OpenCC.Converter({ from: 't', to: 'cn' }));
}

/** Convert text written in `from` into `to`; identity when they are the same. */
export const convertText = (text: string, from: Script, to: Script): string => converter(from, to)(text);

export const SCRIPTS: readonly Script[] = ['hans', 'hant'];
export const LANG: Record<Script, string> = { hans: 'zh-Hans', hant: 'zh-Hant' };
export const PREFIX: Record<Script, string> = { hans: 'zh-hans', hant: 'zh-hant' };
