/**
 * The static files the search and the compare page read (written by src/build/search-index.ts,
 * read by engine.ts). docs/SEARCH.md describes the format; FORMAT changes with any change of it,
 * and a client refuses a manifest of another version.
 */
import type { Script } from '../plan-types.ts';

export const FORMAT = 2;

export interface PlanMeta {
  slug: string;
  /** Catalog city name (simplified) and its traditional form. */
  city: Record<Script, string>;
  /** Catalog kind: 建议 / 纲要 / 实施方案, and as shown in each script. */
  kind: string;
  kindLabel: Record<Script, string>;
  period: number;
  years: [number, number];
  title: Record<Script, string>;
  /** Normalised characters (the denominator of densities and rates). */
  chars: number;
  records: number;
  /** Size in bytes of the plan's fragment (fragmentFile) per script. */
  bytes: Record<Script, number>;
}

/**
 * Where the posting lists are: chunk files of consecutive grams in sorted order (chunkFile). A
 * gram is in the last chunk whose first gram is not after it.
 */
export interface GramDirectory {
  /** The first gram of each chunk, sorted. */
  first: string[];
  /** The common pairs (grams.ts) and the bytes of their posting lists: the query planner's costs. */
  common: Record<string, number>;
}

export interface Manifest {
  v: typeof FORMAT;
  /**
   * A hash of every chunk and fragment, in their names: one per corpus rather than one per
   * file, so that the manifest does not list 10,000 file names at 1,000 plans.
   */
  hash: string;
  /** Fold table file (a JSON string of k₁r₁k₂r₂…), relative to the manifest. */
  fold: string;
  foldBytes: number;
  plans: PlanMeta[];
  grams: GramDirectory;
  /** The chapters of every plan (for the compare page's strips; no text, so one file for both scripts). */
  outline: string;
}

/** One plan's passages in one script: what results show (fetched only for plans shown). */
export interface Fragment {
  v: typeof FORMAT;
  slug: string;
  /** Per passage: anchor id, index of its nearest enclosing heading passage (−1: none), text. */
  ids: string[];
  up: number[];
  text: string[];
}

/** A part of a plan for the by-chapter view: the front matter, a chapter, an attachment. */
export interface Chapter {
  /** `preamble`, the chapter's id (`c3`), or `annex`: also the anchor on the plan page. */
  key: string;
  kind: 'preamble' | 'chapter' | 'annex';
  /** The chapter's first passage (its heading; 0 for the front matter). */
  rec: number;
  /** The chapter's number as printed in a strip (`3`), empty for front matter and attachment. */
  n: string;
}

/** Every plan's chapters, in manifest order. */
export interface Outline {
  v: typeof FORMAT;
  plans: Chapter[][];
}

/**
 * A chunk file (binary, gzip-compressed by the build: hosts do not compress binary types):
 * varints (postings.ts) — the number of grams; per gram the code points it shares with the
 * previous gram's start, the number of its other code points and those code points, and the
 * byte length of its posting list; then the posting lists one after another.
 */
export type ChunkFile = Uint8Array;

/** A chunk's file, relative to the manifest. */
export const chunkFile = (m: Pick<Manifest, 'hash'>, chunk: number): string => `g${chunk}.${m.hash}.bin`;

/** A plan's fragment file in one script, relative to the manifest. */
export const fragmentFile = (m: Pick<Manifest, 'hash'>, slug: string, script: Script): string => `${slug}.${script}.${m.hash}.json`;
