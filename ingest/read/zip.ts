/**
 * A .docx is a zip archive, and a zip can inflate a few hundred KB into gigabytes (a "zip
 * bomb": 400 KB → 400 MB cost 3.5 GB of memory in mammoth). Before mammoth sees the file,
 * its central directory is read here and every entry's inflated size checked against the
 * limits (ingest/limits.ts); the document part is then inflated with that size as a hard cap
 * (a size the directory understates does not get through) and refused if it holds a NUL,
 * which XML never does.
 */
import { inflateRawSync } from 'node:zlib';
import { MAX_ZIP_ENTRY_BYTES, MAX_ZIP_TOTAL_BYTES } from '../limits.ts';
import { IngestError, error } from '../problems.ts';

interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  inflated: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const n = (x: number) => x.toLocaleString('en-US');

/** The entries of the central directory; undefined when the bytes have none (not a zip: mammoth says so). */
function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return entries;
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      inflated: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** An entry's bytes, inflated with a hard cap. */
function inflate(bytes: Uint8Array, e: ZipEntry, file: string): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  const data = bytes.subarray(start, start + e.compressed);
  if (e.method === 0) return Buffer.from(data);
  try {
    return inflateRawSync(data, { maxOutputLength: MAX_ZIP_ENTRY_BYTES });
  } catch (x) {
    const tooLarge = (x as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    throw new IngestError([
      error(
        file,
        tooLarge
          ? `the Word file's ${e.name} inflates to more than ${n(MAX_ZIP_ENTRY_BYTES)} bytes (the limit for one part): refused`
          : `the Word file's ${e.name} cannot be inflated: ${(x as Error).message}`,
      ),
    ]);
  }
}

/** Refuses a .docx whose parts inflate past the limits, or whose document part holds a NUL. */
export function checkDocxZip(bytes: Uint8Array, file: string): void {
  const entries = zipEntries(bytes);
  if (!entries) return;
  let total = 0;
  for (const e of entries) {
    // 0xFFFFFFFF: a ZIP64 size, 4 GB or more.
    if (e.inflated > MAX_ZIP_ENTRY_BYTES || e.inflated === 0xffffffff) {
      throw new IngestError([
        error(file, `the Word file's ${e.name} inflates to ${n(e.inflated)} bytes, more than one part may (${n(MAX_ZIP_ENTRY_BYTES)}): refused`),
      ]);
    }
    total += e.inflated;
  }
  if (total > MAX_ZIP_TOTAL_BYTES) {
    throw new IngestError([error(file, `the Word file inflates to ${n(total)} bytes, more than a document may (${n(MAX_ZIP_TOTAL_BYTES)}): refused`)]);
  }
  const main = entries.find((e) => e.name === 'word/document.xml');
  if (!main || (main.method !== 0 && main.method !== 8)) return;
  const xml = inflate(bytes, main, file);
  const nul = xml.indexOf(0);
  if (nul !== -1)
    throw new IngestError([
      error(file, `the Word file's word/document.xml holds a NUL byte (at byte ${n(nul)} of it), which XML never does: the file is damaged`),
    ]);
}
