/**
 * Build time only (Node): the search's static files, from the ingestion's data (one record
 * per passage). Written under dist/search/ by src/pages/search/[file].json.ts; the header
 * search box carries the manifest's and the fold table's URLs.
 *
 * Files (every name carries a hash of its content, so a browser may cache them for good):
 * - manifest.<h>.json  plans (metadata for filters and grouping) and their shard files
 * - fold.<h>.json      the character fold table for the corpus (a few KB)
 * - <slug>.<script>.<h>.json  one plan's passages in one script + its FlexSearch index
 */
import { createHash } from 'node:crypto';
import type { PlanData } from '../lib/plan-data.ts';
import type { Script } from '../lib/plan-types.ts';
import { convertText } from './convert.ts';
import { KIND_LABEL } from '../lib/i18n/index.ts';
import { SCRIPTS } from '../lib/script.ts';
import { alignPairs, corpusFold, fullFold, serialiseFold } from './fold-table.ts';
import { candidateIndex } from '../lib/search/flexsearch.ts';
import { Normaliser, parseFoldTable } from '../lib/search/normalise.ts';
import { chars } from '../lib/search/tokens.ts';
import { BLOCK_CHARS, FORMAT, type Manifest, type PlanMeta, type Shard } from '../lib/search/types.ts';

export interface SearchFiles {
  manifest: Manifest;
  /** File name → content, all under search/. */
  files: Map<string, string>;
  manifestFile: string;
  foldFile: string;
  /** Fold table as shipped (k₁r₁k₂r₂…). */
  fold: string;
  /** Character pairs joined because a phrase conversion differs (批复/批覆 …), and passages not alignable. */
  aligned: { pairs: [string, string][]; unaligned: number };
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 10);

export function buildFold(plans: readonly PlanData[]): { fold: string; aligned: SearchFiles['aligned'] } {
  const passages = plans.flatMap((p) => p.records.map((r) => r.text));
  const base = new Normaliser(fullFold());
  const aligned = alignPairs(passages, (s) => base.text(s));
  const full = fullFold(aligned.pairs);
  const n = new Normaliser(full);
  const used = chars(...passages.flatMap((t) => [n.text(t.hans), n.text(t.hant)]));
  return { fold: serialiseFold(corpusFold(full, used)), aligned };
}

/** One plan's shard in each script: the index and anchors are shared, the text is per script. */
export function buildShards(plan: PlanData, normaliser: Normaliser): { shards: Record<Script, Shard>; chars: number } {
  const position = new Map(plan.records.map((r, i) => [r.id, i]));
  const up = plan.records.map((r) => {
    for (let k = r.path.length - 1; k >= 0; k--) {
      const at = position.get(r.path[k]);
      if (at !== undefined) return at;
    }
    return -1;
  });
  const index = candidateIndex();
  const blocks: number[] = [];
  let block: string[] = [];
  let size = 0;
  const flush = () => {
    if (block.length) index.add(blocks.length - 1, chars(...block).join(' '));
    block = [];
    size = 0;
  };
  plan.records.forEach((r, i) => {
    if (!block.length) blocks.push(i);
    // Both scripts normalise to the same text (tests/unit/search-normalise.test.ts); indexing
    // the characters of both keeps the index complete even where they would not.
    const a = normaliser.text(r.text.hans);
    const b = normaliser.text(r.text.hant);
    block.push(a, b);
    size += a.length;
    if (size >= BLOCK_CHARS) flush();
  });
  flush();
  const chunks: [string, unknown][] = [];
  index.export((key: string, data: string) => void chunks.push([key, JSON.parse(data)]));
  const ids = plan.records.map((r) => r.id);
  const shard = (script: Script): Shard => ({
    v: FORMAT,
    slug: plan.entry.slug,
    ids,
    up,
    text: plan.records.map((r) => r.text[script]),
    blocks,
    index: chunks,
  });
  return { shards: { hans: shard('hans'), hant: shard('hant') }, chars: plan.charCount }; // src/lib/text-length.ts
}

let memo: { plans: readonly PlanData[]; files: SearchFiles } | undefined;

export function buildSearchFiles(plans: readonly PlanData[]): SearchFiles {
  if (memo?.plans === plans) return memo.files;
  const { fold, aligned } = buildFold(plans);
  const normaliser = new Normaliser(parseFoldTable(fold));
  const files = new Map<string, string>();
  const put = (stem: string, content: string) => {
    const name = `${stem}.${hash(content)}.json`;
    files.set(name, content);
    return name;
  };
  const foldJson = JSON.stringify(fold);
  const foldFile = put('fold', foldJson);
  const metas: PlanMeta[] = plans.map((plan) => {
    const e = plan.entry;
    const file = {} as Record<Script, string>;
    const bytes = {} as Record<Script, number>;
    const { shards, chars: total } = buildShards(plan, normaliser);
    for (const script of SCRIPTS) {
      const json = JSON.stringify(shards[script]);
      file[script] = put(`${e.slug}.${script}`, json);
      bytes[script] = Buffer.byteLength(json);
    }
    return {
      slug: e.slug,
      city: { hans: e.city.zh, hant: convertText(e.city.zh, 'hans', 'hant') },
      kind: e.kind,
      kindLabel: KIND_LABEL[e.kind] ?? { hans: e.kind, hant: convertText(e.kind, 'hans', 'hant') },
      period: e.period,
      years: e.years,
      title: { hans: e.title, hant: convertText(e.title, 'hans', 'hant') },
      chars: total,
      records: plan.records.length,
      file,
      bytes,
    };
  });
  const manifest: Manifest = { v: FORMAT, fold: foldFile, foldBytes: Buffer.byteLength(foldJson), plans: metas };
  const manifestFile = put('manifest', JSON.stringify(manifest));
  const out: SearchFiles = { manifest, files, manifestFile, foldFile, fold, aligned };
  memo = { plans, files: out };
  return out;
}
