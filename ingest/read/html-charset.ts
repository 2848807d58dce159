/**
 * The character encoding of a saved web page. The bytes decide, strictly, as for a text file
 * (BOM, else valid UTF-8, else GB18030, never a mix): a page saved by a browser is re-encoded
 * but keeps its old <meta charset>, so the declaration cannot be trusted over valid bytes, and
 * GB18030 decodes UTF-8 bytes into mojibake without complaint, so it cannot be trusted over
 * the sniffing either. The declaration only matters where it names an encoding not read here.
 */
import { IngestError, error } from '../problems.ts';
import { bomOf, type Decoded, decodeBytes } from './decode.ts';

/** WHATWG labels of the encodings read here (UTF-8 and the GB family, read as GB18030). */
const SUPPORTED = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'gb2312', 'gbk', 'x-gbk', 'gb18030', 'chinese', 'csgb2312', 'iso-ir-58']);

/** The charset a <meta> in the first 4 KB declares, lower-cased, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta[0]);
    if (m) return m[1].toLowerCase();
  }
  return undefined;
}

export function decodeHtml(bytes: Uint8Array, file: string): Decoded {
  const declared = bomOf(bytes) ? undefined : declaredCharset(bytes);
  if (declared !== undefined && !SUPPORTED.has(declared)) {
    throw new IngestError([error(file, `the page declares charset "${declared}", which is not read here: save it as UTF-8 or GBK`)]);
  }
  return decodeBytes(bytes, file);
}
