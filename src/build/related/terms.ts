/**
 * Character n-grams of Chinese text, as numbers, so that counting a thousand plans allocates
 * no string per n-gram. Characters are first interned to small dense ids (a corpus uses a few
 * thousand), which keeps a bigram's key a small integer that V8 hashes fast. N-grams never
 * cross punctuation, spaces or line breaks: only runs of Han characters, letters and digits.
 */

const WORD = /[\p{Script=Han}\p{L}\p{N}]+/gu;
/** Interning table shared by every call in a process: code unit → dense id (−1: not seen). */
const ids = new Int32Array(65536).fill(-1);
const units: number[] = [];
const SPAN = 65536;
/** Offsets that keep the key ranges of the three n-gram sizes apart. */
const OFFSET = [0, 0, SPAN, SPAN + SPAN * SPAN];

const idOf = (unit: number): number => {
  let id = ids[unit];
  if (id < 0) {
    id = units.length;
    ids[unit] = id;
    units.push(unit);
  }
  return id;
};

/** The runs of word characters in `text`. */
export const runs = (text: string): string[] => text.match(WORD) ?? [];

/** Word-character class per code unit, decided by WORD on first sight: 0 unknown, 1 word, 2 other. */
const kind = new Uint8Array(65536);
const isWord = (unit: number): boolean => {
  if (kind[unit] === 0) kind[unit] = /^[\p{Script=Han}\p{L}\p{N}]$/u.test(String.fromCharCode(unit)) ? 1 : 2;
  return kind[unit] === 1;
};

/** Add the n-grams of `text` (for each n in `sizes`, 1 to 3) to `counts`, each counted `weight` times. */
export function addNgrams(counts: Map<number, number>, text: string, sizes: readonly number[], weight = 1): void {
  // The ids of the current run of word characters; n-grams end at each new character.
  const run: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    const unit = i < text.length ? text.charCodeAt(i) : 32;
    if (!isWord(unit)) {
      run.length = 0;
      continue;
    }
    run.push(idOf(unit));
    for (const n of sizes) {
      if (run.length < n) continue;
      let key = 0;
      for (let j = run.length - n; j < run.length; j++) key = key * SPAN + run[j];
      key += OFFSET[n];
      counts.set(key, (counts.get(key) ?? 0) + weight);
    }
  }
}
