/** The two writing scripts every page exists in (hans/hant): their names, languages and URL prefixes. */
import type { Script } from './plan-types.ts';

export const SCRIPTS: readonly Script[] = ['hans', 'hant'];
export const LANG: Record<Script, string> = { hans: 'zh-Hans', hant: 'zh-Hant' };
export const PREFIX: Record<Script, string> = { hans: 'zh-hans', hant: 'zh-hant' };
/** Open Graph's locale for each script (a locale code, not interface text). */
export const OG_LOCALE: Record<Script, string> = { hans: 'zh_CN', hant: 'zh_TW' };
/** The script a page's switch leads to. */
export const other = (script: Script): Script => (script === 'hans' ? 'hant' : 'hans');
