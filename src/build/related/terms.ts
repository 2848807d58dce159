/**
 * Character n-grams of Chinese text, as numbers (code units packed into one safe integer) so
 * that counting a thousand plans does not allocate a string per n-gram. N-grams never cross
 * punctuation, spaces or line breaks: only runs of Han characters, letters and digits count.
 */

const WORD = /[\p{Script=Han}\p{L}\p{N}]+/gu;

/** The runs of word characters in `text`. */
export const runs = (text: string): string[] => text.match(WORD) ?? [];

/** Add the n-grams of `text` (for each n in `sizes`, 1 to 3) to `counts`, each counted `weight` times. */
export function addNgrams(counts: Map<number, number>, text: string, sizes: readonly number[], weight = 1): void {
  for (const run of runs(text)) {
    for (const n of sizes) {
      for (let i = 0; i + n <= run.length; i++) {
        let key = 0;
        for (let j = 0; j < n; j++) key = key * 65536 + run.charCodeAt(i + j);
        // Sizes are told apart by an offset above any packed value of a smaller size.
        key += n === 1 ? 0 : n === 2 ? 2 ** 16 : 2 ** 32 + 2 ** 16;
        counts.set(key, (counts.get(key) ?? 0) + weight);
      }
    }
  }
}

/** Decode a packed n-gram (for reports and tests). */
export function ngramText(key: number): string {
  const n = key >= 2 ** 32 + 2 ** 16 ? 3 : key >= 2 ** 16 ? 2 : 1;
  let k = key - (n === 1 ? 0 : n === 2 ? 2 ** 16 : 2 ** 32 + 2 ** 16);
  const codes: number[] = [];
  for (let j = 0; j < n; j++) {
    codes.unshift(k % 65536);
    k = Math.floor(k / 65536);
  }
  return String.fromCharCode(...codes);
}
