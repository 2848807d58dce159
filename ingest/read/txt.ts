/** The plain-text reader: strictly decoded bytes → numbered lines (CRLF, LF or CR). */
import { IngestError, error } from '../problems.ts';
import { bomOf, decodeBytes } from './decode.ts';
import type { DecodedSource, SourceLine } from './source.ts';

/** A NUL byte or many C0 control bytes mean this is not a text file in any 8-bit encoding. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.01;
}

/** UTF-16 without a byte-order mark: ASCII characters leave every other byte NUL. */
function looksUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return n > 0 && Math.max(even, odd) / (n / 2) > 0.2 && Math.min(even, odd) === 0;
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
  if (!bom?.encoding.startsWith('utf-16') && looksBinary(bytes)) {
    const hint = looksUtf16WithoutBom(bytes) ? ' — it may be UTF-16 without a byte-order mark: save it as UTF-8' : '';
    throw new IngestError([error(file, `this looks like a binary file, not plan text (NUL or control bytes found)${hint}`)]);
  }
  const { text, encoding, hadBom } = decodeBytes(bytes, file);
  return { format: 'txt', encoding, hadBom, lines: splitLines(text), setAside: [] };
}
