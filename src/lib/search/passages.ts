/**
 * The passages' text in the browser (browser-safe; also run in Node by the tests): each plan's
 * passage table (lengths, where its passages are) and the text fragments (types.ts), fetched
 * on demand — for a result, only the fragments holding the passages painted; for the compare
 * page and the single-character scan, a whole plan. Failed fetches are forgotten, so asking
 * again retries exactly what failed.
 */
import type { Script } from '../plan-types.ts';
import type { Normaliser, Mapped } from './normalise.ts';
import { FORMAT, fragmentFile, type Manifest, type PassageTable, tableFile, type TextFragment } from './types.ts';

/** How the store gets its files (paths relative to the manifest). */
export interface JsonFetcher {
  json<T>(file: string): Promise<T>;
}

/** A passage: its plan (manifest position) and its number in the plan. */
export interface PassageRef {
  plan: number;
  rec: number;
}

/** A whole plan's passages, as the compare page reads them (`up`: the plan's own numbering, −1: none). */
export interface PlanText {
  ids: readonly string[];
  up: readonly number[];
  text: readonly string[];
}

/** Fetches at once (what browsers open per host over HTTP/1.1). */
export const CONCURRENCY = 6;

/** Fetches a background warm-up keeps in flight: the others stay free for what the reader asks for. */
const BACKGROUND = 2;

/** Runs `work` over `items`, at most `concurrency` at a time; rejects with the first failure once all are done. */
export async function pool<T>(items: readonly T[], work: (item: T) => Promise<void>, concurrency = CONCURRENCY): Promise<void> {
  const todo = [...items];
  let failure: unknown;
  const worker = async () => {
    for (let item = todo.shift(); item !== undefined; item = todo.shift()) await work(item).catch((e) => (failure ??= e));
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, worker));
  if (failure) throw failure;
}

/** Waits for every promise; rejects with the first failure once all are settled (so nothing is left running). */
async function settled(ps: readonly Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(ps)).find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
}

/** A promise cached under a key, dropped from the cache if it fails. */
function cached<K, V>(map: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
  let p = map.get(key);
  if (!p) {
    p = make();
    p.catch(() => map.delete(key));
    map.set(key, p);
  }
  return p;
}

export class PassageStore {
  private readonly manifest: Manifest;
  private readonly script: Script;
  private readonly fetcher: JsonFetcher;
  private readonly normaliser: Normaliser;
  private readonly tableFetches = new Map<number, Promise<PassageTable>>();
  private readonly tables: (PassageTable | undefined)[];
  private readonly fragmentFetches = new Map<number, Promise<TextFragment>>();
  private readonly fragments = new Map<number, TextFragment>();
  private readonly norms = new Map<number, string>();
  /** Fetches in flight, and those waiting for a turn (at most CONCURRENCY at once, first come first served). */
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly maps = new Map<number, Mapped>();

  constructor(manifest: Manifest, script: Script, fetcher: JsonFetcher, normaliser: Normaliser) {
    this.manifest = manifest;
    this.script = script;
    this.fetcher = fetcher;
    this.normaliser = normaliser;
    this.tables = new Array(manifest.plans.length);
  }

  private async limited<T>(file: string): Promise<T> {
    if (this.active >= CONCURRENCY) await new Promise<void>((go) => this.waiting.push(go));
    this.active++;
    try {
      return await this.fetcher.json<T>(file);
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  /** The plan's passage table, once fetched. */
  tableOf(plan: number): PassageTable | undefined {
    return this.tables[plan];
  }

  table(plan: number): Promise<PassageTable> {
    return cached(this.tableFetches, plan, async () => {
      const t = await this.limited<PassageTable>(tableFile(this.manifest, this.manifest.plans[plan].slug));
      if (t.v !== FORMAT || t.len.length !== this.manifest.plans[plan].records)
        throw new Error(`passage table of ${this.manifest.plans[plan].slug} (format ${t.v}) does not fit the manifest`);
      this.tables[plan] = t;
      return t;
    });
  }

  /** The fragment holding a passage (its table fetched). */
  private fragmentOf(t: PassageTable, rec: number): number {
    let k = 0;
    while (k < t.cuts.length && t.cuts[k] <= rec) k++;
    return t.frag + k;
  }

  private fragment(n: number): Promise<TextFragment> {
    return cached(this.fragmentFetches, n, async () => {
      const f = await this.limited<TextFragment>(fragmentFile(this.manifest, n, this.script));
      if (f.v !== FORMAT) throw new Error(`text fragment ${n} is format ${f.v}`);
      this.fragments.set(n, f);
      return f;
    });
  }

  /** The fragment and position of a passage whose text is here, if it is. */
  private at(p: PassageRef): [TextFragment, number] | undefined {
    const t = this.tables[p.plan];
    const f = t && this.fragments.get(this.fragmentOf(t, p.rec));
    return f && [f, t.start + p.rec - f.first];
  }

  has(p: PassageRef): boolean {
    return !!this.at(p);
  }

  /** Fetches the tables and then the fragments that hold these passages (nothing already here). */
  async fetch(refs: readonly PassageRef[]): Promise<void> {
    const plans = [...new Set(refs.filter((p) => !this.has(p)).map((p) => p.plan))];
    await settled(plans.map((plan) => this.table(plan)));
    const need = new Set(refs.filter((p) => !this.has(p)).map((p) => this.fragmentOf(this.tables[p.plan]!, p.rec)));
    await settled([...need].map((n) => this.fragment(n)));
  }

  /** The fragments of a whole plan. */
  planFragments(t: PassageTable): number[] {
    return Array.from({ length: t.cuts.length + 1 }, (_, k) => t.frag + k);
  }

  /** Fetches a whole plan's text. */
  async fetchPlan(plan: number): Promise<void> {
    const t = await this.table(plan);
    await settled(this.planFragments(t).map((n) => this.fragment(n)));
  }

  /**
   * Every listed plan's text, in the background: two fetches at a time, asked for one by one
   * (so a passage the reader needs meanwhile waits behind at most two, not the whole corpus).
   */
  async warm(plans: readonly number[]): Promise<void> {
    await pool(plans, (plan) => this.table(plan).then(() => {}), BACKGROUND);
    const all = [...new Set(plans.flatMap((plan) => this.planFragments(this.tables[plan]!)))];
    await pool(
      all.filter((n) => !this.fragments.has(n)),
      (n) => this.fragment(n).then(() => {}),
      BACKGROUND,
    );
  }

  /** Whether a whole plan's text is here. */
  hasPlan(plan: number): boolean {
    const t = this.tables[plan];
    return !!t && this.planFragments(t).every((n) => this.fragments.has(n));
  }

  /** A passage's text in the page's script (it must be here). */
  text(p: PassageRef): string {
    const [f, i] = this.at(p)!;
    return f.text[i];
  }

  id(p: PassageRef): string {
    const [f, i] = this.at(p)!;
    return f.ids[i];
  }

  /** Texts of the headings around the passage, outermost first (at most 8). */
  path(p: PassageRef): string[] {
    const [f, i] = this.at(p)!;
    const out: string[] = [];
    for (let g = f.up[i]; g >= 0 && out.length < 8; ) {
      const j = g - f.first;
      const inside = j >= 0 && j < f.text.length;
      const [text, up] = inside ? [f.text[j], f.up[j]] : (f.heads[g] ?? ['', -1]);
      out.unshift(text);
      g = up;
    }
    return out;
  }

  private key(p: PassageRef): number {
    return this.tables[p.plan]!.start + p.rec;
  }

  /** A passage's normalised text (kept). */
  norm(p: PassageRef): string {
    const k = this.key(p);
    let n = this.norms.get(k);
    if (n === undefined) {
      n = this.normaliser.text(this.text(p));
      this.norms.set(k, n);
    }
    return n;
  }

  /** A passage's normalised text mapped to its characters (kept, for marks). */
  mapped(p: PassageRef): Mapped {
    const k = this.key(p);
    let m = this.maps.get(k);
    if (!m) {
      m = this.normaliser.mapped(this.text(p));
      this.maps.set(k, m);
    }
    return m;
  }

  /** A whole plan's passages (the plan's text must be here). */
  planText(plan: number): PlanText {
    const t = this.tables[plan]!;
    const ids: string[] = [];
    const up: number[] = [];
    const text: string[] = [];
    for (let rec = 0; rec < t.len.length; rec++) {
      const [f, i] = this.at({ plan, rec })!;
      ids.push(f.ids[i]);
      up.push(f.up[i] < 0 ? -1 : f.up[i] - t.start);
      text.push(f.text[i]);
    }
    return { ids, up, text };
  }
}
