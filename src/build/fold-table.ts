/**
 * Build time only (Node): the character-level traditional → simplified fold, derived from
 * OpenCC's own character dictionaries, so that the browser needs a small table instead of
 * OpenCC's dictionaries.
 *
 * Characters are grouped into classes joined by every character pair OpenCC knows: TS
 * (traditional → simplified), ST (simplified → traditional) and the Taiwan and Hong Kong
 * variant tables (着/著, 裏/裡, 台/臺 …). Each class folds to one representative: a character
 * OpenCC does not simplify further and that is itself the simplified form of a member (台 for
 * 台/臺/颱/檯/枱, 干 for 干/幹/乾/榦, 只 for 只/隻/衹, 系 for 系/係/繫, 里 for 里/裏/裡 …).
 * So whichever conversion produced a page (s2tw, t2s, HK forms), every form of a character
 * folds to the same one, without phrase tables and without guessing.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import type { FoldTableString } from '../lib/search/normalise.ts';

const pairs = (dict: string): [string, string][] =>
  dict.split('|').flatMap((entry) => {
    const [k, ...vs] = entry.split(' ');
    return vs.map((v): [string, string] => [k, v]);
  });

/**
 * The full fold: every character OpenCC relates to another → its class representative.
 * `extra` joins more pairs: those a phrase conversion produced in the corpus (see alignPairs).
 */
export function fullFold(extra: Iterable<[string, string]> = []): Map<string, string> {
  const ts = new Map(pairs(TSCharacters));
  const all = [...ts, ...[STCharacters, TWVariants, TWVariantsRev, HKVariants, HKVariantsRev].flatMap(pairs), ...extra];
  const parent = new Map<string, string>();
  const find = (c: string): string => {
    let r = c;
    while (parent.get(r) !== r) r = parent.get(r)!;
    while (parent.get(c) !== r) {
      const next = parent.get(c)!;
      parent.set(c, r);
      c = next;
    }
    return r;
  };
  for (const [a, b] of all) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const classes = new Map<string, string[]>();
  for (const c of parent.keys()) {
    const r = find(c);
    if (!classes.has(r)) classes.set(r, []);
    classes.get(r)!.push(c);
  }
  // How many members of a class simplify to c (OpenCC's TS), to pick the representative.
  const targets = new Map<string, number>();
  for (const s of ts.values()) targets.set(s, (targets.get(s) ?? 0) + 1);
  const cmp = (a: string, b: string) => a.codePointAt(0)! - b.codePointAt(0)!;
  const fold = new Map<string, string>();
  for (const members of classes.values()) {
    const plain = members.filter((c) => !ts.has(c));
    const pool = plain.length ? plain : members;
    const rep = [...pool].sort((a, b) => (targets.get(b) ?? 0) - (targets.get(a) ?? 0) || cmp(a, b))[0];
    for (const c of members) if (c !== rep) fold.set(c, rep);
  }
  return fold;
}

/**
 * OpenCC's phrase tables convert a few characters differently inside phrases (批复 → 批覆,
 * 明了 → 明瞭, 家具 → 家俱). Where the two scripts of a passage still differ after the
 * character fold, the differing characters are joined, so that both scripts of every passage
 * normalise to the same text. Returns the pairs and the passages that could not be aligned
 * (different lengths), for the build report.
 */
export function alignPairs(
  passages: Iterable<{ hans: string; hant: string }>,
  normalise: (s: string) => string,
): { pairs: [string, string][]; unaligned: number } {
  const out = new Map<string, [string, string]>();
  let unaligned = 0;
  for (const { hans, hant } of passages) {
    const a = normalise(hans);
    const b = normalise(hant);
    if (a === b) continue;
    const ca = Array.from(a);
    const cb = Array.from(b);
    if (ca.length !== cb.length) {
      unaligned++;
      continue;
    }
    for (let i = 0; i < ca.length; i++) if (ca[i] !== cb[i]) out.set(ca[i] + cb[i], [ca[i], cb[i]]);
  }
  return { pairs: [...out.values()], unaligned };
}

export const serialiseFold = (fold: ReadonlyMap<string, string>): FoldTableString =>
  [...fold]
    .sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!)
    .map(([k, v]) => k + v)
    .join('');

/**
 * The table shipped to the browser: only the classes whose representative occurs in the
 * corpus. For any other class no text can match either way, so leaving it out changes no
 * result (a query character then stays itself and still finds nothing).
 */
export function corpusFold(full: ReadonlyMap<string, string>, corpusChars: Iterable<string>): Map<string, string> {
  const reps = new Set<string>();
  for (const c of corpusChars) reps.add(full.get(c) ?? c);
  return new Map([...full].filter(([, r]) => reps.has(r)));
}
