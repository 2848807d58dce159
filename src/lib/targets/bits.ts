/**
 * A set of plan indices as a compact string (a bit per plan, base64url): the targets overview
 * tags each indicator and each filter option with the plans it concerns, so filtering is an AND
 * of bit strings, and 1,000 plans cost 171 characters a set.
 */

export function encodeBits(indices: Iterable<number>, size: number): string {
  const bytes = new Uint8Array(Math.ceil(size / 8));
  for (const i of indices) bytes[i >> 3] |= 1 << (i & 7);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeBits(text: string): Uint8Array {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

/** The members of `a` that are also in every one of `others`, counted. */
export function countAnd(a: Uint8Array, ...others: Uint8Array[]): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    let b = a[i];
    for (const o of others) b &= o[i] ?? 0;
    while (b) {
      n += b & 1;
      b >>= 1;
    }
  }
  return n;
}

export const has = (bits: Uint8Array, i: number): boolean => ((bits[i >> 3] ?? 0) & (1 << (i & 7))) !== 0;
