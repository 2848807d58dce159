/**
 * Bytes → text, strictly: UTF-8 (± BOM), UTF-16 LE/BE with BOM, or GB18030 (a superset of
 * GBK and GB2312). Never mojibake: a byte sequence that is not valid in the encoding found is
 * an error at its line and byte offset, and a file whose lines are in two encodings (UTF-8
 * lines among GBK ones — what a copy-paste between editors leaves) is refused, naming the
 * first line that breaks the file's encoding.
 */
import { IngestError, error } from '../problems.ts';
import type { Encoding } from './source.ts';

export interface Decoded {
  text: string;
  encoding: Exclude<Encoding, 'pdf' | 'docx'>;
  hadBom: boolean;
}

const BOMS: { bytes: number[]; encoding: Decoded['encoding'] }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

export function bomOf(bytes: Uint8Array): { encoding: Decoded['encoding']; length: number } | undefined {
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  return bom && { encoding: bom.encoding, length: bom.bytes.length };
}

/** 1-based line number of a byte offset (counting LF, CR and CRLF; UTF-16 counts its code units). */
export function lineAt(bytes: Uint8Array, offset: number, unit: 1 | 2 = 1, bigEndian = false): number {
  let line = 1;
  for (let i = 0; i < offset; i += unit) {
    const c = unit === 1 ? bytes[i] : bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8);
    const next = unit === 1 ? bytes[i + 1] : bigEndian ? (bytes[i + unit] << 8) | bytes[i + unit + 1] : bytes[i + unit] | (bytes[i + unit + 1] << 8);
    if (c === 0x0a || (c === 0x0d && next !== 0x0a)) line++;
  }
  return line;
}

/**
 * Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1.
 * `surrogates`: let ED A0–BF through, the UTF-16 surrogates that CESU-8 (and a lone
 * surrogate written as UTF-8) leaves, which are not UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0, to = bytes.length, surrogates = false): number {
  let i = from;
  while (i < to) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // Length and the allowed range of the second byte (excludes overlongs and surrogates).
    let n = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed && !surrogates) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + n >= to) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Byte ranges of the lines (without their line ends) of single-byte-unit text. */
function lineRanges(bytes: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || bytes[i] === 0x0d) {
      out.push([start, i]);
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) i++;
      start = i + 1;
    }
  }
  out.push([start, bytes.length]);
  return out;
}

const CJK_TEXT = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014\s\p{N}\p{P}\p{Script=Latin}]*$/u;

/**
 * A line that is plainly UTF-8 Chinese: valid UTF-8 with at least two multi-byte characters,
 * all of them Han or common punctuation. GBK text almost never forms such a line by chance.
 */
function isUtf8ChineseLine(bytes: Uint8Array, [a, b]: [number, number]): boolean {
  if (firstInvalidUtf8(bytes, a, b) !== -1) return false;
  const text = new TextDecoder('utf-8').decode(bytes.subarray(a, b));
  const multi = [...text].filter((ch) => ch.codePointAt(0)! > 0x7f).length;
  return multi >= 2 && CJK_TEXT.test(text) && /\p{Script=Han}/u.test(text);
}

/**
 * A line that is valid UTF-8 only by accident: two or more characters from U+0080–U+07FF
 * (other than common signs such as · × °) and nothing from CJK — what GBK Han bytes such as
 * D6 D0 C3 C0 can look like to a UTF-8 decoder. No plan line reads so.
 */
function looksLikeDisguisedGbk(bytes: Uint8Array, [a, b]: [number, number]): boolean {
  const text = new TextDecoder('utf-8').decode(bytes.subarray(a, b));
  const twoByte = [...text].filter((ch) => ch >= '\u0080' && ch <= '\u07ff' && !'·×÷°±§¨´µ¶¹²³¼½¾'.includes(ch)).length;
  return twoByte >= 2 && ![...text].some((ch) => ch.codePointAt(0)! >= 0x800) && strict(bytes.subarray(a, b), 'gb18030') !== undefined;
}

function strict(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Han, CJK and full-width punctuation, ASCII and white space: what a Chinese plan is made of. */
const PLAN_CHAR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014\u00b7\x20-\x7e\s]/u;

/**
 * UTF-16 without a byte-order mark, read as Chinese: the bytes decode strictly in one byte
 * order to text that is at least a third Han and almost all plan characters. GBK bytes read
 * so land in Hangul, surrogates and private use, never in Han: no GBK file passes.
 */
export function utf16WithoutBom(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = strict(bytes, encoding);
    if (text === undefined) continue;
    const chars = [...text];
    const han = chars.filter((c) => /\p{Script=Han}/u.test(c)).length;
    const plan = chars.filter((c) => PLAN_CHAR.test(c)).length;
    if (han * 3 >= chars.length && plan >= chars.length * 0.98) return { text, encoding };
  }
  return undefined;
}

/** Offset of the first invalid UTF-16 code unit (odd length, lone surrogate), or -1. */
function firstInvalidUtf16(bytes: Uint8Array, start: number, bigEndian: boolean): number {
  if ((bytes.length - start) % 2 !== 0) return bytes.length - 1;
  const unit = (i: number) => (bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8));
  for (let i = start; i < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const v = i + 2 < bytes.length ? unit(i + 2) : -1;
      if (v < 0xdc00 || v > 0xdfff) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return -1;
}

const at = (file: string, message: string, line: number, offset: number) => new IngestError([error(file, `${message} (byte offset ${offset})`, line)]);

/** Decode a text file's bytes, strictly. Throws an IngestError naming file, line and byte. */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  const bom = bomOf(bytes);
  if (bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be') {
    const be = bom.encoding === 'utf-16be';
    const bad = firstInvalidUtf16(bytes, bom.length, be);
    if (bad !== -1)
      throw at(
        file,
        `not valid ${bom.encoding.toUpperCase()} text: a broken surrogate pair or a truncated code unit`,
        lineAt(bytes.subarray(bom.length), bad - bom.length, 2, be),
        bad,
      );
    return { text: strict(bytes.subarray(bom.length), bom.encoding) ?? '', encoding: bom.encoding, hadBom: true };
  }
  const start = bom ? bom.length : 0;
  const body = bytes.subarray(start);
  const firstBad = firstInvalidUtf8(body);
  // GBK Han whose bytes happen to form UTF-8 decode to Greek, Cyrillic… and no CJK at all.
  const ranges = lineRanges(body);
  const disguised = bom || firstBad !== -1 ? -1 : ranges.findIndex((r) => looksLikeDisguisedGbk(body, r));
  if (firstBad === -1 && disguised === -1) return { text: strict(body, 'utf-8') ?? '', encoding: 'utf-8', hadBom: bom !== undefined };
  const bad = firstBad !== -1 ? firstBad : ranges[disguised][0];
  const line = lineAt(body, bad);
  if (firstBad !== -1 && firstInvalidUtf8(body, 0, body.length, true) === -1) {
    // UTF-8 but for surrogates: read as GB18030 it would be mojibake (Text 頎€ here.).
    throw at(
      file,
      'this line holds a UTF-16 surrogate written as UTF-8 (CESU-8, or a lone surrogate), which is not valid UTF-8: save the file as real UTF-8',
      line,
      bad + start,
    );
  }
  if (bom) throw at(file, 'the file starts with a UTF-8 byte-order mark but this line is not valid UTF-8', line, bad + start);
  const utf16 = firstBad !== -1 ? utf16WithoutBom(body) : undefined;
  if (utf16) return { text: utf16.text, encoding: utf16.encoding, hadBom: false };

  // Not UTF-8. Either GB18030 throughout, or two encodings mixed.
  const utf8Line = ranges.findIndex((r) => isUtf8ChineseLine(body, r));
  if (utf8Line !== -1) {
    // The offending line is the later one: the file's encoding is set by what comes first.
    const gbFirst = line < utf8Line + 1;
    const offending = gbFirst ? utf8Line + 1 : line;
    const what = gbFirst ? `is UTF-8, while line ${line} before it is not` : `is not UTF-8, while line ${utf8Line + 1} before it is`;
    throw at(file, `the file mixes encodings: this line ${what}; save the whole file in one encoding (UTF-8)`, offending, gbFirst ? ranges[utf8Line][0] : bad);
  }
  const gb = strict(body, 'gb18030');
  if (gb !== undefined) return { text: gb, encoding: 'gb18030', hadBom: false };
  const badLine = ranges.findIndex(([a, b]) => strict(body.subarray(a, b), 'gb18030') === undefined);
  const [a] = ranges[Math.max(0, badLine)];
  throw at(file, 'the file is neither valid UTF-8 nor valid GB18030/GBK text: this line (from its first byte) is neither', badLine + 1, a);
}
