/**
 * The gram directory's chunk files (browser-safe; the build writes them with encodeChunk):
 * which chunk holds a gram, the file's layout (types.ts ChunkFile), and a gram's posting list
 * out of a fetched chunk.
 */
import { ByteReader, ByteWriter, decodePostings, type Postings } from './postings.ts';
import type { GramDirectory } from './types.ts';

/** The chunk that holds `gram` if the corpus has it: the last chunk whose first gram is not after it. */
export function chunkOf(dir: GramDirectory, gram: string): number {
  let lo = 0;
  let hi = dir.first.length - 1;
  if (hi < 0 || gram < dir.first[0]) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (dir.first[mid] <= gram) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The uncompressed chunk: grams (sorted) with their encoded posting lists. */
export function encodeChunk(lists: readonly [string, Uint8Array][]): Uint8Array {
  const w = new ByteWriter();
  w.varint(lists.length);
  let prev: string[] = [];
  for (const [gram, bytes] of lists) {
    const cps = Array.from(gram);
    let shared = 0;
    while (shared < cps.length && shared < prev.length && cps[shared] === prev[shared]) shared++;
    w.varint(shared);
    w.varint(cps.length - shared);
    for (const c of cps.slice(shared)) w.varint(c.codePointAt(0)!);
    w.varint(bytes.length);
    prev = cps;
  }
  for (const [, bytes] of lists) w.append(bytes);
  return w.bytes();
}

/** A fetched chunk (uncompressed): its grams' lists, decoded on demand. */
export class Chunk {
  private readonly bytes: Uint8Array;
  /** Gram → [from, to) of its list in `bytes`. */
  private readonly where = new Map<string, [number, number]>();

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    const r = new ByteReader(bytes);
    const n = r.varint();
    const grams: [string, number][] = [];
    let prev: string[] = [];
    for (let i = 0; i < n; i++) {
      const shared = r.varint();
      const rest = r.varint();
      const cps = prev.slice(0, shared);
      for (let k = 0; k < rest; k++) cps.push(String.fromCodePoint(r.varint()));
      grams.push([cps.join(''), r.varint()]);
      prev = cps;
    }
    let at = r.at;
    for (const [gram, length] of grams) {
      this.where.set(gram, [at, at + length]);
      at += length;
    }
    if (at !== bytes.length) throw new Error(`chunk: lists end at ${at}, file at ${bytes.length}`);
  }

  /** The gram's places (an empty list when the corpus does not have it). */
  postings(gram: string): Postings {
    const span = this.where.get(gram);
    return span ? decodePostings(this.bytes, span[0], span[1]) : new Map();
  }
}

/** Gunzips a chunk file (DecompressionStream: every current browser, and Node). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
