/**
 * Cutting text by code points, never inside a surrogate pair: `s.slice(0, n)` can split an
 * astral character (CJK Extension B such as 𠀀, an emoji) and leave a lone surrogate, which
 * is not valid Unicode and breaks JSON consumers and the build.
 */
export function cutCodePoints(s: string, n: number): string {
  let units = 0;
  let points = 0;
  for (const ch of s) {
    if (points === n) return s.slice(0, units);
    units += ch.length;
    points++;
  }
  return s;
}
