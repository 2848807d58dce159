/**
 * Stage 1 — read: bytes → lines.
 * Decodes UTF-8 (with or without BOM) or GB18030/GBK (what many Chinese government files
 * are saved in), accepts CRLF, LF or CR line ends, and refuses binary input.
 */
import { IngestError, error } from './problems.ts';

export interface SourceLine {
  /** 1-based line number in the file. */
  no: number;
  text: string;
}

export type Encoding = 'utf-8' | 'gb18030';

export interface ReadResult {
  encoding: Encoding;
  hadBom: boolean;
  lines: SourceLine[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A NUL byte or many C0 control bytes mean this is not a text file in either encoding. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.01;
}

function decodeStrict(bytes: Uint8Array, encoding: Encoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: Encoding; hadBom: boolean } {
  if (bytes.length === 0) throw new IngestError([error(file, 'the file is empty')]);
  if (looksBinary(bytes)) {
    throw new IngestError([error(file, 'this looks like a binary file, not plan text (NUL or control bytes found)')]);
  }
  const hadBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const utf8 = decodeStrict(hadBom ? bytes.subarray(3) : bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', hadBom };
  // Not valid UTF-8: GB18030 is a superset of GBK and GB2312 and decodes every byte sequence
  // those produce; fatal mode still rejects garbage.
  const gb = decodeStrict(bytes, 'gb18030');
  if (gb !== undefined) return { text: gb, encoding: 'gb18030', hadBom: false };
  throw new IngestError([error(file, 'the file is neither valid UTF-8 nor valid GB18030/GBK text')]);
}

export function splitLines(text: string): SourceLine[] {
  const parts = text.split(/\r\n|\r|\n/);
  // A final line end does not start another line.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((t, i) => ({ no: i + 1, text: t }));
}

export function readSource(bytes: Uint8Array, file: string): ReadResult {
  const { text, encoding, hadBom } = decodeText(bytes, file);
  const lines = splitLines(text);
  if (lines.every((l) => l.text.trim() === '')) {
    throw new IngestError([error(file, 'the file holds only white space')]);
  }
  return { encoding, hadBom, lines };
}
