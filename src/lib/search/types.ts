/** The static files the search reads (written by build.ts, read by engine.ts). */
import type { Script } from '../plan-types.ts';

export const FORMAT = 1;

/** Normalised characters per block of the candidate index (docs/SEARCH.md: size against precision). */
export const BLOCK_CHARS = 800;

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
  /** Normalised characters (what the density is relative to). */
  chars: number;
  records: number;
  /** Shard file per script, relative to the manifest, and its size in bytes. */
  file: Record<Script, string>;
  bytes: Record<Script, number>;
}

export interface Manifest {
  v: typeof FORMAT;
  /** Fold table file (a JSON string of k₁r₁k₂r₂…), relative to the manifest. */
  fold: string;
  foldBytes: number;
  plans: PlanMeta[];
}

/** One plan's passages in one script, with its FlexSearch candidate index. */
export interface Shard {
  v: typeof FORMAT;
  slug: string;
  /** Per passage: anchor id, index of its nearest enclosing heading passage (−1: none), text. */
  ids: string[];
  up: number[];
  text: string[];
  /**
   * The candidate index's documents are blocks of consecutive passages (about BLOCK_CHARS
   * normalised characters): block i holds passages blocks[i] … blocks[i + 1] − 1.
   */
  blocks: number[];
  /** FlexSearch Index.export() chunks: [key, data], ids being block numbers. */
  index: [string, unknown][];
}
