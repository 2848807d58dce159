/**
 * The search engine (browser-safe; also run in Node by the tests and the benchmark).
 *
 * Per plan a shard (types.ts): passages in the page's script and a FlexSearch index of the
 * characters of their normalised text. A query is normalised into terms; FlexSearch proposes
 * the passages holding every character of every term; each proposal is verified by an exact
 * substring check of every term on the passage's normalised text, counted and ranked.
 */
import type { Script } from '../plan-types.ts';
import { candidateIndex, type FlexIndex } from './flexsearch.ts';
import { snippet, originalRanges, type Segment, type SnippetOptions } from './highlight.ts';
import { compareMatches, matchPassage, type PassageMatch } from './match.ts';
import { Normaliser, type Mapped } from './normalise.ts';
import { chars, queryTerms, rawTerms } from './tokens.ts';
import type { Manifest, PlanMeta, Shard } from './types.ts';

export type Sort = 'relevance' | 'doc';

export interface Hit {
  plan: number;
  rec: number;
  m: PassageMatch;
}

export interface PlanHits {
  plan: number;
  meta: PlanMeta;
  /** Occurrences of the terms in this plan's matching passages. */
  hits: number;
  /** Matching passages, ranked (or in document order). */
  passages: Hit[];
  phrase: boolean;
  density: number;
}

export interface Results {
  query: string;
  terms: string[];
  plans: PlanHits[];
  hits: number;
  passages: number;
  /** Matches in loaded plans that the filters leave out. */
  elsewhere: { plans: number; hits: number };
  /** Every plan the filters ask for was loaded and searched. */
  complete: boolean;
}

interface Loaded {
  shard: Shard;
  index: FlexIndex;
  norm: string[];
  mapped: Map<number, Mapped>;
}

export interface Progress {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
}

export type FetchShard = (file: string) => Promise<Shard>;

/** Shards fetched at once (what browsers open per host over HTTP/1.1). */
export const CONCURRENCY = 6;

export class Engine {
  readonly manifest: Manifest;
  readonly script: Script;
  readonly normaliser: Normaliser;
  private readonly fetchShard: FetchShard;
  private readonly loaded: (Loaded | undefined)[];
  private readonly pending = new Map<number, Promise<void>>();

  constructor(manifest: Manifest, fold: ReadonlyMap<string, string>, script: Script, fetchShard: FetchShard) {
    this.manifest = manifest;
    this.script = script;
    this.normaliser = new Normaliser(fold);
    this.fetchShard = fetchShard;
    this.loaded = new Array(manifest.plans.length);
  }

  isLoaded(plan: number): boolean {
    return !!this.loaded[plan];
  }

  /**
   * Loads the shards of these plans (all when omitted), at most CONCURRENCY at a time so that
   * the first ones arrive early; rejects if one fails (call again to retry what failed).
   */
  async load(plans: number[] = this.manifest.plans.map((_, i) => i), onProgress?: (p: Progress) => void): Promise<void> {
    const progress: Progress = {
      done: 0,
      total: plans.length,
      bytesDone: 0,
      bytesTotal: plans.reduce((n, i) => n + this.manifest.plans[i].bytes[this.script], 0),
    };
    onProgress?.({ ...progress });
    const todo = [...plans];
    let failure: unknown;
    const worker = async () => {
      for (let i = todo.shift(); i !== undefined; i = todo.shift()) {
        try {
          await this.loadOne(i);
          progress.done++;
          progress.bytesDone += this.manifest.plans[i].bytes[this.script];
          onProgress?.({ ...progress });
        } catch (e) {
          failure ??= e;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, todo.length) }, worker));
    if (failure) throw failure;
  }

  private loadOne(i: number): Promise<void> {
    if (this.loaded[i]) return Promise.resolve();
    let p = this.pending.get(i);
    if (!p) {
      p = this.fetchShard(this.manifest.plans[i].file[this.script]).then((shard) => this.add(i, shard));
      p.finally(() => this.pending.delete(i)).catch(() => {});
      this.pending.set(i, p);
    }
    return p;
  }

  /** Adds a fetched shard (exposed for the benchmark, which times it). */
  add(plan: number, shard: Shard): void {
    if (shard.slug !== this.manifest.plans[plan].slug) throw new Error(`shard ${shard.slug} is not plan ${this.manifest.plans[plan].slug}`);
    const index = candidateIndex();
    for (const [key, data] of shard.index) index.import(key, data as string);
    const norm = shard.text.map((t) => this.normaliser.text(t));
    this.loaded[plan] = { shard, index, norm, mapped: new Map() };
  }

  /** Plans (manifest positions) matching the filters; every value list is a union. */
  select(filters: { city?: string[]; type?: string[]; period?: number[] } = {}): number[] {
    return this.manifest.plans.flatMap((p, i) => {
      if (filters.city?.length && !filters.city.includes(p.city.hans)) return [];
      if (filters.type?.length && !filters.type.includes(p.kind)) return [];
      if (filters.period?.length && !filters.period.includes(p.period)) return [];
      return [i];
    });
  }

  search(query: string, options: { plans?: readonly number[]; sort?: Sort; scan?: boolean } = {}): Results {
    const norm = (s: string) => this.normaliser.text(s);
    const terms = queryTerms(query, norm);
    const raw = rawTerms(query);
    const wanted = new Set(options.plans ?? this.manifest.plans.map((_, i) => i));
    const results: Results = { query, terms, plans: [], hits: 0, passages: 0, elsewhere: { plans: 0, hits: 0 }, complete: true };
    for (const i of wanted) if (!this.loaded[i]) results.complete = false;
    if (!terms.length) return results;
    const tokens = chars(...terms).join(' ');
    const termChars = terms.reduce((n, t) => n + t.length, 0) / terms.length;
    this.loaded.forEach((l, i) => {
      if (!l) return;
      const { blocks, text } = l.shard;
      // `scan` skips the candidate index (the benchmark's baseline: every passage checked).
      const candidates = options.scan ? blocks.map((_, b) => b) : (l.index.search(tokens, { limit: blocks.length + 1 }) as number[]);
      const passages: Hit[] = [];
      let hits = 0;
      for (const b of candidates) {
        for (let rec = blocks[b], end = blocks[b + 1] ?? text.length; rec < end; rec++) {
          const m = matchPassage(l.norm[rec], terms, text[rec], raw);
          if (!m) continue;
          passages.push({ plan: i, rec, m });
          hits += m.hits;
        }
      }
      if (!passages.length) return;
      if (!wanted.has(i)) {
        results.elsewhere.plans++;
        results.elsewhere.hits += hits;
        return;
      }
      passages.sort(options.sort === 'doc' ? (a, b) => a.rec - b.rec : (a, b) => compareMatches(a.m, b.m) || a.rec - b.rec);
      const meta = this.manifest.plans[i];
      results.plans.push({ plan: i, meta, hits, passages, phrase: passages.some((p) => p.m.phrase), density: (hits * termChars) / (meta.chars + 1) });
      results.hits += hits;
      results.passages += passages.length;
    });
    if (options.sort !== 'doc') results.plans.sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.density - a.density || a.plan - b.plan);
    return results;
  }

  /** The best passages across plans, for the quick panel. */
  top(results: Results, n: number): Hit[] {
    return results.plans
      .flatMap((p) => p.passages)
      .sort((a, b) => compareMatches(a.m, b.m) || a.plan - b.plan || a.rec - b.rec)
      .slice(0, n);
  }

  private mappedOf(hit: Hit): Mapped {
    const l = this.loaded[hit.plan]!;
    let m = l.mapped.get(hit.rec);
    if (!m) {
      m = this.normaliser.mapped(l.shard.text[hit.rec]);
      l.mapped.set(hit.rec, m);
    }
    return m;
  }

  /** The passage's text (page script) around its hits, with the hits marked. */
  snippet(hit: Hit, terms: readonly string[], options?: SnippetOptions): Segment[] {
    const text = this.loaded[hit.plan]!.shard.text[hit.rec];
    return snippet(text, originalRanges(this.mappedOf(hit), terms), options);
  }

  /** The passage's anchor id. */
  id(hit: Hit): string {
    return this.loaded[hit.plan]!.shard.ids[hit.rec];
  }

  /** A loaded plan's shard and the normalised text of its passages (the compare page counts on these). */
  passages(plan: number): { shard: Shard; norm: readonly string[] } | undefined {
    const l = this.loaded[plan];
    return l && { shard: l.shard, norm: l.norm };
  }

  /** Texts of the headings around the passage, outermost first. */
  path(hit: Hit): string[] {
    const { shard } = this.loaded[hit.plan]!;
    const out: string[] = [];
    for (let up = shard.up[hit.rec]; up >= 0 && out.length < 8; up = shard.up[up]) out.unshift(shard.text[up]);
    return out;
  }
}
