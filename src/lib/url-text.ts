/**
 * Text read from and written into URLs (browser-safe, pure). Whatever a URL holds — a cut
 * percent-escape (`#%E4%B8`), a lone `%`, an emoji split in half — reading it never throws,
 * and what the site writes into a URL is capped by code points, so no surrogate pair is ever
 * split (a lone surrogate makes encodeURIComponent throw) and no URL grows past what real
 * hosts accept (a 10,000-character query once made a 90 KB URL).
 */

/** The most code points of a query (`q`, `hl`) the site reads from or writes into a URL. */
export const MAX_QUERY = 500;

/** decodeURIComponent that returns its input unchanged where it is not valid percent-encoding. */
export function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The id a `#fragment` names ('' for none), whatever the fragment holds. */
export const fragmentId = (hash: string): string => safeDecode(hash.startsWith('#') ? hash.slice(1) : hash);

/** At most `max` code points of `text`, never half of a surrogate pair; lone surrogates dropped. */
export function capCodePoints(text: string, max = MAX_QUERY): string {
  let out = '';
  let n = 0;
  for (const ch of text) {
    if (n === max) break;
    // A lone surrogate is one "code point" to the iterator but cannot be encoded in a URL.
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0xd800 && c <= 0xdfff) continue;
    out += ch;
    n++;
  }
  return out;
}
