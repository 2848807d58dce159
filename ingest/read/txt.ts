/** The plain-text reader: strictly decoded bytes → numbered lines (CRLF, LF or CR). */
import { IngestError, error } from '../problems.ts';
import { bomOf, decodeBytes, lineAt, utf16WithoutBom } from './decode.ts';
import type { DecodedSource, SourceLine } from './source.ts';

/** A NUL byte or many C0 control bytes mean this is not a text file in any 8-bit encoding. */
function binaryAt(bytes: Uint8Array): number | undefined {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const [i, b] of sample.entries()) {
    if (b === 0) return i;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  if (sample.length > 0 && controls / sample.length > 0.01) return 0;
  const nul = bytes.indexOf(0, sample.length);
  return nul === -1 ? undefined : nul;
}

/** UTF-16 without a byte-order mark, of ASCII text: every other byte is NUL. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return n > 0 && Math.max(even, odd) / (n / 2) > 0.2 && Math.min(even, odd) <= Math.max(even, odd) / 10;
}

export function splitLines(text: string): SourceLine[] {
  const parts = text.split(/\r\n|\r|\n/);
  // A final line end does not start another line.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((t, i) => ({ no: i + 1, text: t }));
}

/** Refuses what cannot be text, then decodes strictly (see decode.ts). */
export function readTxt(bytes: Uint8Array, file: string): DecodedSource {
  const bom = bomOf(bytes);
  const binary = bom?.encoding.startsWith('utf-16') ? undefined : binaryAt(bytes);
  if (binary !== undefined) {
    // Chinese in UTF-16 has NULs only at ASCII and at U+xx00 (一 is 00 4E), control bytes at U+xx01…: read by what it decodes to.
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return { format: 'txt', encoding: utf16.encoding, hadBom: false, lines: splitLines(utf16.text), setAside: [] };
    const nul = bytes[binary] === 0;
    const utf16Hint = looksUtf16(bytes);
    const message = utf16Hint
      ? 'this looks like UTF-16 text without a byte-order mark (a NUL byte in every other position), but it does not read as Chinese plan text: save it as UTF-8'
      : nul
        ? `this line holds a NUL byte (byte offset ${binary}): a text file never does; is it a binary file, or text in another format?`
        : 'this looks like a binary file, not plan text (control bytes found)';
    throw new IngestError([error(file, message, nul && !utf16Hint ? lineAt(bytes, binary) : undefined)]);
  }
  const { text, encoding, hadBom } = decodeBytes(bytes, file);
  return { format: 'txt', encoding, hadBom, lines: splitLines(text), setAside: [] };
}
