/**
 * Build time only (Node): the search's static files, from the ingestion's data (one record
 * per passage). Written under dist/search/ by src/pages/search/[file].ts; the header search
 * box carries the manifest's and the fold table's URLs. Format: docs/SEARCH.md.
 *
 * Files (every name carries a hash of its content, so a browser may cache them for good):
 * - manifest.<h>.json          plans (metadata, fragment files), the gram directory, format version
 * - fold.<h>.json              the character fold table for the corpus (a few KB)
 * - g<n>.<H>.bin               chunk n of the gram directory's posting lists (gram-index.ts)
 * - <slug>.<script>.<H>.json   one plan's passages in one script (fetched for results shown)
 *   (H: one hash of every chunk and fragment, so the manifest need not list their names)
 * - outline.<h>.json          every plan's chapters (the compare page's strips; no text)
 */
import { createHash } from 'node:crypto';
import type { PlanData } from '../lib/plan-data.ts';
import type { Fetcher } from '../lib/search/engine.ts';
import type { Script } from '../lib/plan-types.ts';
// The kinds' labels straight from their dictionary file (with an import attribute), so that
// plain Node (the benchmarks) can run this module too, not only Vite.
import kinds from '../lib/i18n/kind.json' with { type: 'json' };
import { SCRIPTS } from '../lib/script.ts';
import { Normaliser, parseFoldTable } from '../lib/search/normalise.ts';
import { chars } from '../lib/search/tokens.ts';
import { type Chapter, chunkFile, FORMAT, type Fragment, fragmentFile, type Manifest, type Outline, type PlanMeta } from '../lib/search/types.ts';
import { planChapters } from './chapters.ts';
import { convertText } from './convert.ts';
import { alignPairs, corpusFold, fullFold, serialiseFold } from './fold-table.ts';
import { buildGramIndex } from './gram-index.ts';

const kindLabel = (kind: string): Record<Script, string> | undefined =>
  kind in kinds.hans ? { hans: (kinds.hans as Record<string, string>)[kind], hant: (kinds.hant as Record<string, string>)[kind] } : undefined;

export interface SearchFiles {
  manifest: Manifest;
  /** File name → content, all under search/. */
  files: Map<string, string | Uint8Array>;
  manifestFile: string;
  foldFile: string;
  /** Fold table as shipped (k₁r₁k₂r₂…). */
  fold: string;
  /** Character pairs joined because a phrase conversion differs (批复/批覆 …), and passages not alignable. */
  aligned: { pairs: [string, string][]; unaligned: number };
  /** Grams and places in the directory. */
  grams: { grams: number; places: number; chunks: number };
}

const hash = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex').slice(0, 10);

export function buildFold(plans: readonly PlanData[]): { fold: string; aligned: SearchFiles['aligned'] } {
  const passages = plans.flatMap((p) => p.records.map((r) => r.text));
  const base = new Normaliser(fullFold());
  const aligned = alignPairs(passages, (s) => base.text(s));
  const full = fullFold(aligned.pairs);
  const n = new Normaliser(full);
  // One string per script, not one argument per passage: a spread of 10⁵ passages overflows the stack.
  const used = chars(passages.map((t) => n.text(t.hans)).join(''), passages.map((t) => n.text(t.hant)).join(''));
  return { fold: serialiseFold(corpusFold(full, used)), aligned };
}

/** Per passage, the index of its nearest enclosing heading passage (−1: none). */
function headings(plan: PlanData): number[] {
  const position = new Map(plan.records.map((r, i) => [r.id, i]));
  return plan.records.map((r) => {
    for (let k = r.path.length - 1; k >= 0; k--) {
      const at = position.get(r.path[k]);
      if (at !== undefined) return at;
    }
    return -1;
  });
}

let memo: { plans: readonly PlanData[]; commonPlaces?: number; files: SearchFiles } | undefined;

/** The files for these plans (`commonPlaces`: see gram-index.ts; the tests lower it). */
export function buildSearchFiles(plans: readonly PlanData[], commonPlaces?: number): SearchFiles {
  if (memo?.plans === plans && memo.commonPlaces === commonPlaces) return memo.files;
  const { fold, aligned } = buildFold(plans);
  const normaliser = new Normaliser(parseFoldTable(fold));
  const files = new Map<string, string | Uint8Array>();
  const put = (stem: string, content: string | Uint8Array, ext = 'json') => {
    const name = `${stem}.${hash(content)}.${ext}`;
    files.set(name, content);
    return name;
  };
  const foldJson = JSON.stringify(fold);
  const foldFile = put('fold', foldJson);

  // Both scripts normalise to the same text (tests/unit/search-normalise.test.ts), so one
  // directory serves both; it is built from the simplified text.
  const grams = buildGramIndex(function* () {
    for (const plan of plans) yield plan.records.map((r) => normaliser.text(r.text.hans));
  }, commonPlaces);
  const outline: Chapter[][] = [];
  const fragments: [string, Script, string][] = [];
  const metas: PlanMeta[] = plans.map((plan) => {
    const e = plan.entry;
    const ids = plan.records.map((r) => r.id);
    const up = headings(plan);
    const bytes = {} as Record<Script, number>;
    outline.push(planChapters(ids, up));
    for (const script of SCRIPTS) {
      const text = plan.records.map((r) => r.text[script]);
      const json = JSON.stringify({ v: FORMAT, slug: e.slug, ids, up, text } satisfies Fragment);
      fragments.push([e.slug, script, json]);
      bytes[script] = Buffer.byteLength(json);
    }
    return {
      slug: e.slug,
      city: { hans: e.city.zh, hant: convertText(e.city.zh, 'hans', 'hant') },
      kind: e.kind,
      kindLabel: kindLabel(e.kind) ?? { hans: e.kind, hant: convertText(e.kind, 'hans', 'hant') },
      period: e.period,
      years: e.years,
      title: { hans: e.title, hant: convertText(e.title, 'hans', 'hant') },
      chars: plan.charCount, // the one text length (src/lib/text-length.ts), the rates' denominator
      records: plan.records.length,
      bytes,
    };
  });
  // One hash over every chunk and fragment names them all (types.ts chunkFile, fragmentFile).
  const all = createHash('sha256');
  for (const c of grams.chunks) all.update(c.content);
  for (const [, , json] of fragments) all.update(json);
  const named = { hash: all.digest('hex').slice(0, 10) };
  for (const [i, c] of grams.chunks.entries()) files.set(chunkFile(named, i), c.content);
  for (const [slug, script, json] of fragments) files.set(fragmentFile(named, slug, script), json);

  const outlineFile = put('outline', JSON.stringify({ v: FORMAT, plans: outline } satisfies Outline));
  const manifest: Manifest = {
    v: FORMAT,
    hash: named.hash,
    fold: foldFile,
    foldBytes: Buffer.byteLength(foldJson),
    plans: metas,
    grams: { first: grams.chunks.map((c) => c.first), common: grams.common },
    outline: outlineFile,
  };
  const manifestFile = put('manifest', JSON.stringify(manifest));
  const out: SearchFiles = {
    manifest,
    files,
    manifestFile,
    foldFile,
    fold,
    aligned,
    grams: { grams: grams.grams, places: grams.places, chunks: grams.chunks.length },
  };
  memo = { plans, commonPlaces, files: out };
  return out;
}

/** The engine's Fetcher over files in memory (tests, benchmarks). */
export function memoryFetcher(files: SearchFiles['files']): Fetcher {
  const get = (file: string) => {
    const body = files.get(file);
    if (body === undefined) throw new Error(`no search file ${file}`);
    return body;
  };
  return {
    json: async <T>(file: string) => JSON.parse(get(file) as string) as T,
    bytes: async (file: string) => get(file) as Uint8Array,
  };
}
