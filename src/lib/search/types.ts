/**
 * The static files the search and the compare page read (written by src/build/search-index.ts,
 * read by engine.ts). docs/SEARCH.md describes the format; FORMAT changes with any change of it,
 * and a client refuses a manifest of another version.
 */
import type { Script } from '../plan-types.ts';

export const FORMAT = 3;

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
  /** Bytes of the plan's passages (their share of the fragments) per script: progress and the text path's scope. */
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
   * A hash of every chunk, table and fragment, in their names: one per corpus rather than one
   * per file, so that the manifest does not list 40,000 file names at 1,000 plans.
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

/**
 * Passages' text, cut by size across plans in passage order (every plan's passages one after
 * another, in manifest order): what results show, fetched only for the passages painted. Both
 * scripts are cut at the same places, so one address serves both.
 */
export interface TextFragment {
  v: typeof FORMAT;
  /** The corpus-wide number of its first passage (plan p's passage r is PassageTable.start + r). */
  first: number;
  /** Per passage: anchor id, corpus-wide number of its nearest enclosing heading (−1: none), text. */
  ids: string[];
  up: number[];
  text: string[];
  /**
   * The enclosing headings of its passages that are not in it (corpus-wide number → [text, up]),
   * so that a passage's heading path needs no other file.
   */
  heads: Record<string, [string, number]>;
}

/** One plan's passages without their text (both scripts): what ranking and addressing need. */
export interface PassageTable {
  v: typeof FORMAT;
  /** The corpus-wide number of the plan's first passage. */
  start: number;
  /** Per passage, the length of its normalised text (the density's denominator). */
  len: number[];
  /** The fragment holding passage 0, and the passages where each next fragment starts. */
  frag: number;
  cuts: number[];
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

/** Text fragment n in one script, relative to the manifest. */
export const fragmentFile = (m: Pick<Manifest, 'hash'>, n: number, script: Script): string => `f${n}.${script}.${m.hash}.json`;

/** A plan's passage table, relative to the manifest. */
export const tableFile = (m: Pick<Manifest, 'hash'>, slug: string): string => `${slug}.${m.hash}.json`;
