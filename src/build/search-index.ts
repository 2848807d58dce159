/**
 * Build time only (Node): the search's static files, from the ingestion's data (one record
 * per passage). Made before Astro runs, by `npm run ingest` (./search-files.ts writes them to
 * src/generated/search/); Astro only copies them to dist/search/ and the header search box
 * carries the manifest's and the fold table's names. Format: docs/SEARCH.md.
 *
 * Plan by plan: the plans come from a PlanSource that reads them afresh on every pass over
 * the corpus (two for the fold table, two for the gram directory, two for the text files, whose
 * names hash every chunk first), so memory holds the index and one plan, never the corpus.
 *
 * Files (every name carries a hash of its content, so a browser may cache them for good):
 * - manifest.<h>.json          plans (metadata, fragment files), the gram directory, format version
 * - fold.<h>.json              the character fold table for the corpus (a few KB)
 * - g<n>.<H>.bin               chunk n of the gram directory's posting lists (gram-index.ts)
 * - <slug>.<H>.json           a plan's passage table: lengths (ranking) and where each passage is
 * - f<n>.<script>.<H>.json     text fragment n: passages cut by size across plans (search-text.ts)
 *   (H: one hash of every chunk, table and fragment, so the manifest need not list their names)
 * - outline.<h>.json          every plan's chapters (the compare page's strips; no text)
 */
import { createHash } from 'node:crypto';
import type { PlanData } from '../lib/plan-data.ts';
import type { Fetcher } from '../lib/search/engine.ts';
import type { Script } from '../lib/plan-types.ts';
// The kinds' labels straight from their dictionary file (with an import attribute), so that
// plain Node (the benchmarks) can run this module too, not only Vite.
import kinds from '../lib/i18n/kind.json' with { type: 'json' };
import { Normaliser, parseFoldTable } from '../lib/search/normalise.ts';
import { type Chapter, chunkFile, FORMAT, fragmentFile, type Manifest, type Outline, type PlanMeta, tableFile } from '../lib/search/types.ts';
import { planChapters } from './chapters.ts';
import { convertText } from './convert.ts';
import { alignPairs, corpusFold, fullFold, serialiseFold } from './fold-table.ts';
import { buildGramIndex } from './gram-index.ts';
import { headings, type TextSizes, textFiles } from './search-text.ts';

const kindLabel = (kind: string): Record<Script, string> | undefined =>
  kind in kinds.hans ? { hans: (kinds.hans as Record<string, string>)[kind], hant: (kinds.hant as Record<string, string>)[kind] } : undefined;

/** The plans in manifest order, read afresh on each call (each pass over the corpus reads them again). */
export type PlanSource = () => Iterable<PlanData>;

/** Receives each file as it is made (name under search/ → content). */
export type PutFile = (name: string, content: string | Uint8Array) => void;

/** What a build of the search files reports besides the files themselves. */
export interface SearchBuild {
  manifest: Manifest;
  manifestFile: string;
  foldFile: string;
  /** Fold table as shipped (k₁r₁k₂r₂…). */
  fold: string;
  /** Character pairs joined because a phrase conversion differs (批复/批覆 …), and passages not alignable. */
  aligned: { pairs: [string, string][]; unaligned: number };
  /** Grams and places in the directory. */
  grams: { grams: number; places: number; chunks: number };
}

export interface SearchFiles extends SearchBuild {
  /** File name → content, all under search/. */
  files: Map<string, string | Uint8Array>;
}

const hash = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex').slice(0, 10);

function* passageTexts(plans: PlanSource): Generator<Record<Script, string>> {
  for (const plan of plans()) for (const r of plan.records) yield r.text;
}

/** The fold table for the corpus: one pass to align the scripts' characters, one to list those used. */
export function buildFold(plans: PlanSource): { fold: string; aligned: SearchFiles['aligned'] } {
  const base = new Normaliser(fullFold());
  const aligned = alignPairs(passageTexts(plans), (s) => base.text(s));
  const full = fullFold(aligned.pairs);
  const n = new Normaliser(full);
  const used = new Set<string>();
  for (const t of passageTexts(plans)) {
    for (const c of n.text(t.hans)) used.add(c);
    for (const c of n.text(t.hant)) used.add(c);
  }
  return { fold: serialiseFold(corpusFold(full, used)), aligned };
}

function planMeta(plan: PlanData): PlanMeta {
  const e = plan.entry;
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
    bytes: { hans: 0, hant: 0 }, // filled in once the text is cut (search-text.ts)
  };
}

/**
 * Makes the search files for these plans and hands each to `put` as it is made (the fold
 * table, the directory's chunks, the fragments, the outline, the manifest last).
 * `commonPlaces`: see gram-index.ts; the tests lower it.
 */
export function writeSearchFiles(plans: PlanSource, put: PutFile, commonPlaces?: number): SearchBuild {
  const { fold, aligned } = buildFold(plans);
  const normaliser = new Normaliser(parseFoldTable(fold));
  const hashed = (stem: string, content: string) => {
    const name = `${stem}.${hash(content)}.json`;
    put(name, content);
    return name;
  };
  const foldJson = JSON.stringify(fold);
  const foldFile = hashed('fold', foldJson);

  // Both scripts normalise to the same text (tests/unit/search-normalise.test.ts), so one
  // directory serves both; it is built from the simplified text.
  const grams = buildGramIndex(function* () {
    for (const plan of plans()) yield plan.records.map((r) => normaliser.text(r.text.hans));
  }, commonPlaces);

  // One hash over every chunk, table and fragment names them all (types.ts chunkFile,
  // tableFile, fragmentFile): a pass to hash the text files (and take each plan's metadata and
  // chapters), a pass to write them.
  const all = createHash('sha256');
  for (const c of grams.chunks) all.update(c.content);
  const outline: Chapter[][] = [];
  const metas: PlanMeta[] = [];
  const sizes: TextSizes = { bytes: [], fragments: 0 };
  const taken = function* () {
    for (const plan of plans()) {
      metas.push(planMeta(plan));
      outline.push(
        planChapters(
          plan.records.map((r) => r.id),
          headings(plan),
        ),
      );
      yield plan;
    }
  };
  for (const f of textFiles(taken(), normaliser, sizes)) all.update(f.json);
  for (const [i, m] of metas.entries()) m.bytes = sizes.bytes[i];
  const named = { hash: all.digest('hex').slice(0, 10) };
  for (const [i, c] of grams.chunks.entries()) put(chunkFile(named, i), c.content);
  for (const f of textFiles(plans(), normaliser)) put(f.kind === 'table' ? tableFile(named, f.slug) : fragmentFile(named, f.n, f.script), f.json);

  const outlineFile = hashed('outline', JSON.stringify({ v: FORMAT, plans: outline } satisfies Outline));
  const manifest: Manifest = {
    v: FORMAT,
    hash: named.hash,
    fold: foldFile,
    foldBytes: Buffer.byteLength(foldJson),
    plans: metas,
    grams: { first: grams.chunks.map((c) => c.first), common: grams.common },
    outline: outlineFile,
  };
  const manifestFile = hashed('manifest', JSON.stringify(manifest));
  return {
    manifest,
    manifestFile,
    foldFile,
    fold,
    aligned,
    grams: { grams: grams.grams, places: grams.places, chunks: grams.chunks.length },
  };
}

/** Every file in memory, for plans already in memory (tests, benchmarks). */
export function buildSearchFiles(plans: readonly PlanData[], commonPlaces?: number): SearchFiles {
  const files = new Map<string, string | Uint8Array>();
  const built = writeSearchFiles(
    () => plans,
    (name, content) => files.set(name, content),
    commonPlaces,
  );
  return { ...built, files };
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
