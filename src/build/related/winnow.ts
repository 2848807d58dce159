/**
 * Winnowing (Schleimer, Wilkerson & Aiken 2003): from the hashes of every k-character window
 * of a text, keep the smallest in each run of w consecutive hashes. Two texts that share a
 * passage of at least w + k − 1 characters are guaranteed to share a fingerprint, and a text
 * keeps only about 2/(w + 1) of its positions, so candidate pairs come from a small index.
 */

/** FNV-1a over k code units, 32 bits. */
function hashAt(text: string, at: number, k: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + k; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The distinct fingerprints of `text` (k-grams never span a line break). */
export function fingerprints(text: string, k: number, w: number): Set<number> {
  const out = new Set<number>();
  for (const line of text.split('\n')) {
    const n = line.length - k + 1;
    if (n <= 0) continue;
    const hashes = new Uint32Array(n);
    for (let i = 0; i < n; i++) hashes[i] = hashAt(line, i, k);
    if (n <= w) {
      out.add(Math.min(...hashes));
      continue;
    }
    for (let start = 0; start + w <= n; start++) {
      let min = hashes[start];
      for (let i = start + 1; i < start + w; i++) if (hashes[i] <= min) min = hashes[i];
      out.add(min);
    }
  }
  return out;
}
