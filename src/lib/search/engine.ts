/**
 * The search engine (browser-safe; also run in Node by the tests and the benchmarks).
 *
 * A query is normalised into terms (tokens.ts). Each term of two or more characters is
 * located exactly by the gram directory (grams.ts, locate.ts): a few posting-list chunks give
 * every occurrence in every plan — the per-plan counts, and per passage its hits — without any
 * text. Passages are ranked from the index and each plan's passage table (lengths), and only
 * the text of the passages painted is fetched (passages.ts: fragments cut by size across
 * plans). A term of one character cannot be located by pairs: such a query is answered from
 * the plans' text, all of it in a small corpus, otherwise the first SCAN_PLANS, and says so
 * (`partial`); there FlexSearch (passage-index.ts) retrieves each plan's candidate passages and
 * match.ts verifies them.
 *
 * One class on purpose: the directory, the text and the search share the caches and the retry
 * rules, and read best together.
 */
import type { Script } from '../plan-types.ts';
import { Chunk, chunkOf, gunzip } from './chunks.ts';
import { cover } from './grams.ts';
import { snippet, originalRanges, type Segment, type SnippetOptions } from './highlight.ts';
import { locate, nonOverlapping } from './locate.ts';
import { compareMatches, density, hitClusters, matchPassage, type Ranked, type Span } from './match.ts';
import { Normaliser } from './normalise.ts';
import { CONCURRENCY, PassageStore, type PlanText, pool } from './passages.ts';
import { offOf, type Postings, recOf } from './postings.ts';
import type { PassageIndex } from './passage-index.ts';
import { Recent } from './recent.ts';
import { parseQuery, type Query } from './tokens.ts';
import { chunkFile, FORMAT, type Manifest, type PlanMeta } from './types.ts';

export { CONCURRENCY };
export type Sort = 'relevance' | 'doc';

export interface Hit {
  plan: number;
  rec: number;
  m: Ranked;
}

export interface PlanHits {
  plan: number;
  meta: PlanMeta;
  /** Occurrences of the terms in this plan's matching passages. */
  hits: number;
  /** Matching passages, in document order. */
  recs: number[];
  /** Per matching passage (as `recs`): its hits, the characters they cover, whether it holds the phrase. */
  per: { hits: number[]; covered: number[]; phrase: boolean[] };
  phrase: boolean;
  density: number;
}

export interface Results {
  query: string;
  /** The query parsed: its included and excluded terms, normalised and as typed. */
  parsed: Query;
  /** The included terms, normalised (what is marked). */
  terms: string[];
  /** The excluded terms, normalised. */
  exclude: string[];
  plans: PlanHits[];
  hits: number;
  passages: number;
  /** Matches in plans that the filters leave out. */
  elsewhere: { plans: number; hits: number };
  /** Every plan the filters ask for was searched (false only for a partial single-character scan). */
  complete: boolean;
  /** A single-character query scanned only some plans' text: how many of how many. */
  partial?: { searched: number; total: number };
}

export interface Progress {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
}

/** How the engine gets its files (paths relative to the manifest): the client's loader, or the tests' map. */
export interface Fetcher {
  json<T>(file: string): Promise<T>;
  bytes(file: string): Promise<Uint8Array>;
}

/** A corpus whose text (one script) is at most this many bytes is scanned whole for one character. */
export const SCAN_ALL_BYTES = 3_000_000;
/**
 * A corpus whose text (one script) is at most this many bytes is fetched whole once the reader
 * types (`warm`): new queries then paint from memory, with at most one chunk to fetch.
 */
export const WARM_BYTES = 1_000_000;
/** Otherwise a single-character query scans this many plans. */
export const SCAN_PLANS = 12;
/** Decoded posting lists and located terms kept for typing (recent first out last). */
const KEEP = 96;

export class Engine {
  readonly manifest: Manifest;
  readonly script: Script;
  readonly normaliser: Normaliser;
  private readonly fetcher: Fetcher;
  private readonly text: PassageStore;
  /** FlexSearch over a whole plan's passages, made on the first text-path query (passage-index.ts). */
  private readonly flex = new Map<number, PassageIndex>();
  private readonly chunks = new Map<number, Promise<Chunk>>();
  private readonly lists = new Recent<string, Postings>(KEEP);
  private readonly located = new Recent<string, Promise<Postings>>(KEEP);
  /** Every plan's hits for recent queries (included and excluded terms), so that typing on repeats nothing. */
  private readonly found = new Recent<string, Promise<PlanHits[]>>(KEEP);

  constructor(manifest: Manifest, fold: ReadonlyMap<string, string>, script: Script, fetcher: Fetcher) {
    if (manifest.v !== FORMAT) throw new Error(`search index format ${manifest.v}, this page reads format ${FORMAT}: reload the page`);
    this.manifest = manifest;
    this.script = script;
    this.normaliser = new Normaliser(fold);
    this.fetcher = fetcher;
    this.text = new PassageStore(manifest, script, fetcher, this.normaliser);
  }

  /** Whether a whole plan's text is loaded (compare, the text path). */
  isLoaded(plan: number): boolean {
    return this.text.hasPlan(plan);
  }

  /** The query's included terms, normalised. */
  terms(query: string): string[] {
    return this.parse(query).include.map((t) => t.norm);
  }

  /** The query's included and excluded terms (tokens.ts). */
  parse(query: string): Query {
    return parseQuery(query, (s) => this.normaliser.text(s));
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

  // ——— the gram directory ———

  private async postings(gram: string): Promise<Postings> {
    const cached = this.lists.get(gram);
    if (cached) return cached;
    const dir = this.manifest.grams;
    const c = chunkOf(dir, gram);
    if (c < 0) return new Map();
    let chunk = this.chunks.get(c);
    if (!chunk) {
      chunk = this.fetcher.bytes(chunkFile(this.manifest, c)).then(async (b) => new Chunk(await gunzip(b)));
      chunk.catch(() => this.chunks.delete(c));
      this.chunks.set(c, chunk);
    }
    const list = (await chunk).postings(gram);
    this.lists.set(gram, list);
    return list;
  }

  /**
   * Every place (overlapping ones included) where a term of two or more characters starts, per
   * plan. Rejects if a chunk cannot be fetched (call again to retry).
   */
  places(term: string): Promise<Postings> {
    let p = this.located.get(term);
    if (!p) {
      const grams = cover(term, (g) => this.manifest.grams.common[g]);
      if (!grams) throw new Error(`a single character cannot be located: ${term}`);
      p = Promise.all(grams.map((g) => this.postings(g.gram))).then((lists) => locate(grams, lists));
      p.catch(() => this.located.delete(term));
      this.located.set(term, p);
    }
    return p;
  }

  /** Per plan, the non-overlapping occurrences of a term (places, postings.ts), as counted everywhere. */
  async occurrences(term: string): Promise<Map<number, number[]>> {
    const out = new Map<number, number[]>();
    for (const [plan, places] of await this.places(term)) out.set(plan, nonOverlapping(places, term.length));
    return out;
  }

  /** Whether a term can be located by the directory (two or more characters). */
  static locatable(term: string): boolean {
    return Array.from(term).length >= 2;
  }

  // ——— whole plans' text (compare, the text path) ———

  /**
   * Loads the whole text of these plans, at most CONCURRENCY plans at a time so that the first
   * ones arrive early; rejects if one fails (call again to retry what failed).
   */
  async load(plans: readonly number[] = this.manifest.plans.map((_, i) => i), onProgress?: (p: Progress) => void): Promise<void> {
    const todo = plans.filter((i) => !this.isLoaded(i));
    const progress: Progress = {
      done: 0,
      total: todo.length,
      bytesDone: 0,
      bytesTotal: todo.reduce((n, i) => n + this.manifest.plans[i].bytes[this.script], 0),
    };
    if (todo.length) onProgress?.({ ...progress });
    await pool(todo, async (i) => {
      await this.text.fetchPlan(i);
      progress.done++;
      progress.bytesDone += this.manifest.plans[i].bytes[this.script];
      onProgress?.({ ...progress });
    });
  }

  /**
   * For typing: in a small corpus (WARM_BYTES) every plan's text, fetched after what the page
   * needs now; nothing in a large one. Failures are left for the passages' own fetches to report.
   */
  warm(): Promise<void> {
    const bytes = this.manifest.plans.reduce((n, p) => n + p.bytes[this.script], 0);
    return bytes <= WARM_BYTES ? this.text.warm(this.manifest.plans.map((_, i) => i)).catch(() => {}) : Promise.resolve();
  }

  /** A loaded plan's passages and their normalised text. */
  passagesOf(plan: number): { fragment: PlanText; norm: readonly string[] } | undefined {
    if (!this.isLoaded(plan)) return undefined;
    const fragment = this.text.planText(plan);
    return { fragment, norm: fragment.text.map((_, rec) => this.text.norm({ plan, rec })) };
  }

  // ——— search ———

  /**
   * Every plan that holds every term in one passage, with its exact counts. Fetches the
   * chunks it needs (a one-character term: fragments); rejects when a fetch fails.
   */
  async search(query: string, options: { plans?: readonly number[]; sort?: Sort } = {}): Promise<Results> {
    const parsed = this.parse(query);
    const terms = parsed.include.map((t) => t.norm);
    const exclude = parsed.exclude.map((t) => t.norm);
    const all = this.manifest.plans.map((_, i) => i);
    const wanted = new Set(options.plans ?? all);
    const results: Results = { query, parsed, terms, exclude, plans: [], hits: 0, passages: 0, elsewhere: { plans: 0, hits: 0 }, complete: true };
    // Exclusions alone select nothing: there is no term to find.
    if (!terms.length) return results;
    let found: PlanHits[];
    if ([...terms, ...exclude].every(Engine.locatable)) {
      const key = `${terms.join('\n')}\t${exclude.join('\n')}`;
      let p = this.found.get(key);
      if (!p) {
        p = this.locateAll(terms, exclude);
        p.catch(() => this.found.delete(key));
        this.found.set(key, p);
      }
      found = await p;
    } else {
      const scope = this.scanScope([...wanted]);
      const [{ PassageIndex }] = await Promise.all([import('./passage-index.ts'), this.load(scope)]);
      found = this.scan(terms, exclude, scope, (norm) => new PassageIndex(norm));
      if (scope.length < wanted.size) {
        results.complete = false;
        results.partial = { searched: scope.length, total: wanted.size };
      }
    }
    for (const p of found) {
      if (!wanted.has(p.plan)) {
        results.elsewhere.plans++;
        results.elsewhere.hits += p.hits;
        continue;
      }
      results.plans.push(p);
      results.hits += p.hits;
      results.passages += p.recs.length;
    }
    if (options.sort !== 'doc') results.plans.sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.density - a.density || a.plan - b.plan);
    return results;
  }

  private async locateAll(terms: readonly string[], exclude: readonly string[]): Promise<PlanHits[]> {
    const [located, excluded] = await Promise.all([Promise.all(terms.map((t) => this.places(t))), Promise.all(exclude.map((t) => this.places(t)))]);
    const termChars = terms.reduce((n, t) => n + t.length, 0) / terms.length;
    const out: PlanHits[] = [];
    for (const plan of [...located[0].keys()].sort((a, b) => a - b)) {
      const lists = located.map((l) => l.get(plan));
      if (lists.some((l) => !l)) continue;
      // Per term, non-overlapping occurrences per passage; a passage matches when it has every
      // term and no excluded one; its hits are those of hitClusters (match.ts).
      const perTerm = lists.map((places, k) => offsetsByRec(nonOverlapping(places!, terms[k].length)));
      const gone = new Set(excluded.flatMap((l) => [...(l.get(plan) ?? [])].map(recOf)));
      const recs = [...perTerm[0].keys()].filter((rec) => !gone.has(rec) && perTerm.every((m) => m.has(rec))).sort((a, b) => a - b);
      if (!recs.length) continue;
      const starts = terms.length > 1 ? phraseRecs(terms, lists as Float64Array[]) : undefined;
      const per: PlanHits['per'] = { hits: [], covered: [], phrase: [] };
      for (const rec of recs) {
        const spans: Span[] = perTerm.flatMap((m, k) => m.get(rec)!.map((at): Span => [at, at + terms[k].length, k]));
        const clusters = terms.length === 1 ? spans : hitClusters(spans);
        per.hits.push(clusters.length);
        per.covered.push(clusters.reduce((n, [a, b]) => n + b - a, 0));
        per.phrase.push(!starts || starts.has(rec));
      }
      out.push(this.planHits(plan, recs, per, termChars));
    }
    return out;
  }

  private planHits(plan: number, recs: number[], per: PlanHits['per'], termChars: number): PlanHits {
    const meta = this.manifest.plans[plan];
    const hits = per.hits.reduce((a, b) => a + b, 0);
    return { plan, meta, hits, recs, per, phrase: per.phrase.some(Boolean), density: (hits * termChars) / (meta.chars + 1) };
  }

  /** The plans a one-character query scans: all when the corpus is small, else the first SCAN_PLANS. */
  private scanScope(wanted: number[]): number[] {
    const bytes = wanted.reduce((n, i) => n + this.manifest.plans[i].bytes[this.script], 0);
    return bytes <= SCAN_ALL_BYTES ? wanted : wanted.slice(0, SCAN_PLANS);
  }

  /** The text path: FlexSearch proposes each plan's passages holding every character of the terms; each is verified exactly. */
  private scan(terms: readonly string[], exclude: readonly string[], scope: readonly number[], index: (norm: readonly string[]) => PassageIndex): PlanHits[] {
    const termChars = terms.reduce((n, t) => n + t.length, 0) / terms.length;
    const out: PlanHits[] = [];
    for (const plan of scope) {
      const { norm } = this.passagesOf(plan)!;
      let flex = this.flex.get(plan);
      if (!flex) {
        flex = index(norm);
        this.flex.set(plan, flex);
      }
      const recs: number[] = [];
      const per: PlanHits['per'] = { hits: [], covered: [], phrase: [] };
      for (const rec of [...flex.candidates(terms)].sort((a, b) => a - b)) {
        const m = matchPassage(norm[rec], terms, exclude);
        if (!m) continue;
        recs.push(rec);
        per.hits.push(m.hits);
        per.covered.push(m.covered);
        per.phrase.push(m.phrase);
      }
      if (recs.length) out.push(this.planHits(plan, recs, per, termChars));
    }
    return out;
  }

  // ——— passages: ranked from the index, text fetched for those painted ———

  /** A plan's matching passages ranked (or in document order), once its passage table is here (`rank` fetches it). */
  rankedNow(p: PlanHits, sort: Sort = 'relevance'): Hit[] | undefined {
    const t = this.text.tableOf(p.plan);
    if (!t) return undefined;
    const out = p.recs.map((rec, i): Hit => {
      const covered = p.per.covered[i];
      return { plan: p.plan, rec, m: { hits: p.per.hits[i], phrase: p.per.phrase[i], covered, density: density(covered, t.len[rec]) } };
    });
    return out.sort(sort === 'doc' ? (a, b) => a.rec - b.rec : (a, b) => compareMatches(a.m, b.m) || a.rec - b.rec);
  }

  /** A plan's matching passages ranked; fetches the plan's passage table (a few hundred bytes), no text. */
  async ranked(p: PlanHits, sort: Sort = 'relevance'): Promise<Hit[]> {
    await this.text.table(p.plan);
    return this.rankedNow(p, sort)!;
  }

  /** Whether a passage's text is here (snippet, id and path need it). */
  hasText(hit: Hit): boolean {
    return this.text.has(hit);
  }

  /** Fetches the text of these passages: the fragments that hold them, nothing already here. */
  fetchText(hits: readonly Hit[]): Promise<void> {
    return this.text.fetch(hits);
  }

  private static best(lists: Hit[][], n: number): Hit[] {
    return lists
      .flatMap((l) => l.slice(0, n))
      .sort((a, b) => compareMatches(a.m, b.m) || a.plan - b.plan || a.rec - b.rec)
      .slice(0, n);
  }

  /** The best passages among the first `plans` result plans, for the quick panel, if their tables are here. */
  topNow(r: Results, n: number, plans = 8): Hit[] | undefined {
    const lists = r.plans.slice(0, plans).map((p) => this.rankedNow(p));
    return lists.every((l) => l) ? Engine.best(lists as Hit[][], n) : undefined;
  }

  /** The best passages among the first `plans` result plans (their tables fetched; no text). */
  async top(r: Results, n: number, plans = 8): Promise<Hit[]> {
    return Engine.best(await Promise.all(r.plans.slice(0, plans).map((p) => this.ranked(p))), n);
  }

  /** The passage's text (page script) around its hits, with the hits marked (its text must be here). */
  snippet(hit: Hit, terms: readonly string[], options?: SnippetOptions): Segment[] {
    return snippet(this.text.text(hit), originalRanges(this.text.mapped(hit), terms), options);
  }

  /** The passage's anchor id. */
  id(hit: Hit): string {
    return this.text.id(hit);
  }

  /** Texts of the headings around the passage, outermost first. */
  path(hit: Hit): string[] {
    return this.text.path(hit);
  }
}

/** Places grouped by passage: per passage, the offsets. */
function offsetsByRec(places: readonly number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const p of places) {
    const rec = recOf(p);
    const list = out.get(rec);
    if (list) list.push(offOf(p));
    else out.set(rec, [offOf(p)]);
  }
  return out;
}

/** The passages where the terms occur one right after another (from every place of each term). */
function phraseRecs(terms: readonly string[], lists: readonly Float64Array[]): Set<number> {
  const sets = lists.map((l) => new Set(l));
  const out = new Set<number>();
  outer: for (const p of lists[0]) {
    let at = p + terms[0].length;
    for (let k = 1; k < terms.length; k++) {
      if (!sets[k].has(at)) continue outer;
      at += terms[k].length;
    }
    out.add(recOf(p));
  }
  return out;
}
