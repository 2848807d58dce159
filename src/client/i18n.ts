/**
 * Interface text in the browser: the page embeds, for its own script only, the dictionary
 * areas its scripts need (src/components/I18nData.astro), so no client bundle carries both
 * scripts. Same call shape as src/lib/i18n's t(); the script argument is the page's own and
 * is kept only so that call sites read the same in pages and client code.
 */
import type { Area, AreaKey, Arg, Entries } from '../lib/i18n/index.ts';
import { fill } from '../lib/i18n/format.ts';
import type { Script } from '../lib/plan-types.ts';

export { termList } from '../lib/i18n/format.ts';

let cache: Entries | undefined;
function embedded(): Entries {
  cache ??= Object.assign({}, ...[...document.querySelectorAll('script[data-i18n]')].map((e) => JSON.parse(e.textContent ?? '{}') as Entries));
  return cache as Entries;
}

function lookup(key: string): string {
  const text = embedded()[key];
  if (text === undefined) throw new Error(`i18n: the page does not embed "${key}" (add its area to <I18nData>)`);
  return text;
}

/** t(script, key, ...args) for one area's keys. */
const textOf =
  <A extends Area>(area: A) =>
  (_script: Script, key: AreaKey<A>, ...args: Arg[]): string =>
    fill(lookup(`${area}.${key}`), args, lookup);

export const searchText = textOf('search');
export const compareText = textOf('compare');
export const readerText = textOf('reader');
export const chartText = textOf('chart');
export const catalogueText = textOf('catalogue');
export const shareText = textOf('share');
export const targetsText = textOf('targets');
export const targetsHintText = textOf('targetsHint');
export const pairsText = textOf('pairs');

/** The page's own script, from <html lang>. */
export const pageScript = (): Script => (document.documentElement.lang === 'zh-Hant' ? 'hant' : 'hans');

/** A term in the page script's quotation marks: “数字经济”, 「數字經濟」. */
export const quote = (_script: Script, term: string | number): string => fill('{0:quoted}', [term], lookup);
