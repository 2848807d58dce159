/**
 * Build time (Node): the gram directory — every indexed gram's posting list (grams.ts,
 * postings.ts), cut into chunk files of consecutive grams in sorted order.
 *
 * Plan by plan: a first pass counts the pairs (to know the common ones), a second appends each
 * plan's places to every gram's list, so memory holds the encoded lists (about the size of the
 * index) and one plan's places, never the whole corpus's places as numbers.
 */
import { COMMON_BYTES, type GramKey, gramOf, passageGrams } from '../lib/search/grams.ts';
import { PostingWriter, place } from '../lib/search/postings.ts';
import { gzipSync } from 'node:zlib';
import { encodeChunk } from '../lib/search/chunks.ts';

/**
 * A chunk is closed once it reaches this many bytes before compression (a rare term loads one
 * or two chunks): the directory's size ÷ CHUNKS, within [MIN_CHUNK_BYTES, MAX_CHUNK_BYTES]. A
 * small corpus gets small chunks (at five plans a query's two chunks are ~6 KB, not ~34 KB);
 * a large one is held to about CHUNKS files and first grams in the manifest.
 */
export const MIN_CHUNK_BYTES = 4 * 1024;
export const MAX_CHUNK_BYTES = 24 * 1024;
const CHUNKS = 2048;
export const chunkBytes = (total: number): number => Math.min(MAX_CHUNK_BYTES, Math.max(MIN_CHUNK_BYTES, Math.round(total / CHUNKS)));
/**
 * A pair with more places than this is common. Places, not bytes, so that it is known before
 * encoding: a place of a common pair takes a little over one byte (COMMON_BYTES ÷ 1.5).
 */
const COMMON_PLACES = Math.round(COMMON_BYTES / 1.5);
const never = () => false;

export interface GramChunk {
  first: string;
  content: Uint8Array;
}

export interface GramIndex {
  chunks: GramChunk[];
  /** Common pairs and the bytes of their lists. */
  common: Record<string, number>;
  /** Grams and places indexed (for the report). */
  grams: number;
  places: number;
}

/**
 * `plans` yields, per plan in manifest order, the normalised text of its passages (called
 * twice: once to count, once to index). `commonPlaces` is lowered by the tests, so that the
 * five real plans have common pairs too.
 */
export function buildGramIndex(plans: () => Iterable<readonly string[]>, commonPlaces = COMMON_PLACES): GramIndex {
  const pairs = new Map<GramKey, number>();
  const count = (gram: GramKey) => pairs.set(gram, (pairs.get(gram) ?? 0) + 1);
  for (const passages of plans()) for (const norm of passages) passageGrams(norm, never, count);
  const commonSet = new Set([...pairs].filter(([, n]) => n > commonPlaces).map(([g]) => g));
  pairs.clear();
  const isCommon = (pair: GramKey) => commonSet.has(pair);

  // Per gram its writer and the places of the current plan, written out when the plan is done.
  const writers = new Map<GramKey, { w: PostingWriter; places: number[] }>();
  let touched: { w: PostingWriter; places: number[] }[] = [];
  let planIndex = 0;
  let rec = 0;
  const add = (gram: GramKey, at: number) => {
    let g = writers.get(gram);
    if (!g) {
      g = { w: new PostingWriter(), places: [] };
      writers.set(gram, g);
    }
    if (!g.places.length) touched.push(g);
    g.places.push(place(rec, at));
  };
  for (const passages of plans()) {
    for (rec = 0; rec < passages.length; rec++) passageGrams(passages[rec], isCommon, add);
    for (const g of touched) {
      g.w.add(planIndex, g.places);
      g.places = [];
    }
    touched = [];
    planIndex++;
  }

  const byName = new Map([...writers].map(([k, v]) => [gramOf(k), v.w]));
  writers.clear();
  const sorted = [...byName.keys()].sort(compareGrams);
  const common: Record<string, number> = {};
  for (const k of commonSet) common[gramOf(k)] = byName.get(gramOf(k))!.length;
  let total = 0;
  for (const w of byName.values()) total += w.length;
  const target = chunkBytes(total);
  const chunks: GramChunk[] = [];
  let batch: string[] = [];
  let size = 0;
  let places = 0;
  const flush = () => {
    if (!batch.length) return;
    chunks.push({ first: batch[0], content: gzipSync(encodeChunk(batch.map((g) => [g, byName.get(g)!.bytes()])), { level: 9 }) });
    batch = [];
    size = 0;
  };
  for (const g of sorted) {
    const w = byName.get(g)!;
    places += w.count;
    // A large list gets a chunk of its own rather than dragging small ones along.
    if (w.length >= target) flush();
    batch.push(g);
    // The list and about what its gram costs in the chunk's head.
    size += w.length + 6;
    if (size >= target) flush();
  }
  flush();
  return { chunks, common, grams: sorted.length, places };
}

/** The order of grams in the directory: by UTF-16 code units, as the browser compares strings. */
export const compareGrams = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
