/**
 * The bad-input battery's runner (tests/unit/battery.test.ts): each case of
 * tests/fixtures/battery/cases.yaml becomes a seeds folder holding one probe plan (made from
 * the case's input: text in some encoding, a Word file, a PDF, a deep page, a link, a pipe…)
 * and its catalog entry; the ingestion then runs with its corpus-wide steps into an output
 * folder holding a sentinel, in-process (or through `node ingest/cli.ts` for `cli` cases).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestCorpus } from '../../ingest/corpus.ts';
import { formatProblem, IngestError } from '../../ingest/problems.ts';
import { writeRelated } from '../../src/build/related/stored.ts';
import { writeSearchFiles } from '../../src/build/search-index.ts';
import type { PlanData } from '../../src/lib/plan-data.ts';
import { makeDocx, zip } from './docx.ts';
import { makePdf } from './pdf.ts';

export interface BatteryCase {
  name: string;
  why: string;
  /** How the probe seed is made; `text` is UTF-8 unless `encoding` says otherwise. */
  input: {
    text?: string;
    file?: string;
    ext?: 'txt' | 'html' | 'docx' | 'pdf' | 'doc';
    encoding?: 'gbk' | 'utf-16le' | 'utf-16be' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-8-bom';
    /** Raw bytes (hex) put in place of the text's "@@" marker. */
    hex?: string;
    /** `line` repeated `times` times after `text`. */
    repeat?: { line: string; times: number };
    /** Nest the text in this many <div>s. */
    depth?: number;
    docx?: { paragraphs?: string[]; xml?: string; inflate?: number; nul?: boolean; zipOf?: Record<string, string> };
    pdf?: { pages: number; lines: string[]; y?: number };
    fs?: 'symlink-out' | 'dangling' | 'directory' | 'fifo' | 'sparse-70M' | 'symlink-in';
  };
  script?: 'hans' | 'hant';
  /** Changes to the catalog: its text encoded, or a replacement in it. */
  catalog?: { encoding?: 'gbk' | 'gbk-title' | 'utf-16le-bom'; replace?: [string, string] };
  /** The curated tables folder: a file in its place, or files in it (name → text). */
  tables?: 'file' | Record<string, string>;
  expect: 'ok' | 'refused';
  /** refused: a printed problem matches it; ok: a warning does (optional). */
  message?: string;
  /** Which file the refusal must name: the seed (default), the catalog, or the tables folder. */
  culprit?: 'seed' | 'catalog' | 'tables';
  /** ok: these texts appear in the plan's text records in this order. */
  order?: string[];
  /** ok: these texts appear nowhere in the records. */
  absent?: string[];
  /** Run through `node ingest/cli.ts`, as a person would. */
  cli?: boolean;
}

export const SLUG = 'probe-14-outline';

const catalogText = (file: string, script: string) => `plans:
  - slug: ${SLUG}
    file: ${file}
    city: { zh: 某市, en: Somecity }
    level: 地级市
    parent: { zh: 浙江省, en: Zhejiang }
    province: { zh: 浙江省, en: Zhejiang }
    kind: 纲要
    period: 14
    years: [2021, 2025]
    title: 某市国民经济和社会发展规划纲要
    dates: {}
    script: ${script}
    publisher: { name: 某报 }
`;

function encode(text: string, encoding: BatteryCase['input']['encoding']): Buffer {
  switch (encoding) {
    case 'gbk':
      // Node's TextDecoder reads GB18030, but only iconv writes it: the battery's GBK comes from Python's codec.
      return execFileSync('python3', ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode("utf-8").encode("gbk"))'], { input: text });
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    default:
      return Buffer.from(text);
  }
}

function seedBytes(input: BatteryCase['input']): Buffer {
  if (input.docx) {
    const d = input.docx;
    // A zip that is not a Word document (no word/document.xml).
    if (d.zipOf) return zip(d.zipOf);
    if (d.inflate) return makeDocx({ xml: `<w:document>${' '.repeat(d.inflate)}</w:document>` });
    if (d.nul) return makeDocx({ xml: `<?xml version="1.0"?><w:document>${'\0'.repeat(1000)}</w:document>` });
    return d.xml ? makeDocx({ xml: d.xml }) : makeDocx({ paragraphs: d.paragraphs ?? [] });
  }
  if (input.pdf) {
    // y: 700 is in the text block; 800 in the top sixth, where running headers are.
    const { pages, lines, y = 700 } = input.pdf;
    return makePdf(Array.from({ length: pages }, () => lines.map((text, i) => ({ y: y - 14 * i, text }))));
  }
  let text = input.file ? readFileSync(input.file, 'utf8') : (input.text ?? '');
  if (input.repeat) text += input.repeat.line.repeat(input.repeat.times);
  if (input.depth) text = `<html><body>${'<div>'.repeat(input.depth)}${text}${'</div>'.repeat(input.depth)}</body></html>`;
  if (input.hex !== undefined) {
    const [before, after] = text.split('@@');
    return Buffer.concat([encode(before, input.encoding), Buffer.from(input.hex, 'hex'), encode(after ?? '', input.encoding)]);
  }
  return encode(text, input.encoding);
}

/** The case's seeds folder in `root`; returns it and the seed's path. */
export function materialise(c: BatteryCase, root: string): { seeds: string; seed: string } {
  const seeds = join(root, 'seeds');
  mkdirSync(seeds, { recursive: true });
  const ext = c.input.ext ?? (c.input.docx ? 'docx' : c.input.pdf ? 'pdf' : 'txt');
  const name = `${SLUG}.${ext}`;
  const seed = join(seeds, name);
  switch (c.input.fs) {
    case 'symlink-out':
      writeFileSync(join(root, 'outside.txt'), '第一章 总则\n坚持高质量发展。\n');
      symlinkSync(join(root, 'outside.txt'), seed);
      break;
    case 'symlink-in':
      mkdirSync(join(seeds, 'raw'));
      writeFileSync(join(seeds, 'raw', 'plan.txt'), '第一章 总则\n坚持高质量发展。\n');
      symlinkSync(join(seeds, 'raw', 'plan.txt'), seed);
      break;
    case 'dangling':
      symlinkSync(join(root, 'nothing.txt'), seed);
      break;
    case 'directory':
      mkdirSync(seed);
      break;
    case 'fifo':
      execFileSync('mkfifo', [seed]);
      break;
    case 'sparse-70M':
      writeFileSync(seed, '');
      truncateSync(seed, 70 * 1024 * 1024);
      break;
    default:
      writeFileSync(seed, seedBytes(c.input));
  }
  let catalog = catalogText(name, c.script ?? 'hans');
  if (c.catalog?.replace) catalog = catalog.replace(c.catalog.replace[0], c.catalog.replace[1]);
  const catalogFile = join(seeds, 'catalog.yaml');
  if (c.catalog?.encoding === 'gbk') writeFileSync(catalogFile, encode(catalog, 'gbk'));
  else if (c.catalog?.encoding === 'utf-16le-bom') writeFileSync(catalogFile, encode(catalog, 'utf-16le-bom'));
  else if (c.catalog?.encoding === 'gbk-title') {
    const [head, tail] = catalog.split('    title:');
    const [title, rest] = tail.split(/\n(.*)/s);
    writeFileSync(catalogFile, Buffer.concat([Buffer.from(`${head}    title:`), encode(title, 'gbk'), Buffer.from(`\n${rest}`)]));
  } else writeFileSync(catalogFile, catalog);
  if (c.tables === 'file') {
    mkdirSync(join(seeds, 'tables'));
    writeFileSync(join(seeds, 'tables', SLUG), 'not a folder\n');
  } else if (c.tables) {
    mkdirSync(join(seeds, 'tables', SLUG), { recursive: true });
    // "gbk:…": the file saved in GBK.
    for (const [file, text] of Object.entries(c.tables)) {
      writeFileSync(join(seeds, 'tables', SLUG, file), text.startsWith('gbk:') ? encode(text.slice(4), 'gbk') : text);
    }
  }
  return { seeds, seed };
}

/** Every plan's data in an output folder, read afresh (what the corpus steps read). */
function planData(dir: string): PlanData[] {
  return readdirSync(join(dir, 'data'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, 'data', f), 'utf8')) as PlanData);
}

/** The corpus-wide steps, in-process, on the output folder given (what CORPUS_STEPS run as processes). */
export const INLINE_STEPS = [
  (dir: string) => writeRelated(join(dir, 'related'), planData(dir)),
  (dir: string) => {
    mkdirSync(join(dir, 'search'), { recursive: true });
    writeSearchFiles(
      () => planData(dir),
      (name, content) => writeFileSync(join(dir, 'search', name), content),
    );
  },
];

export interface Outcome {
  ok: boolean;
  /** Every problem printed (refusals), or the warnings (ok). */
  messages: string[];
  /** What reached the person: stderr for a CLI run, the messages otherwise. */
  printed: string;
}

export async function runCase(c: BatteryCase, seeds: string, outDir: string): Promise<Outcome> {
  if (c.cli) {
    const r = spawnSync(process.execPath, ['ingest/cli.ts'], { env: { ...process.env, SEEDS_DIR: seeds, GENERATED_DIR: outDir, DEBUG: '' }, encoding: 'utf8' });
    const printed = `${r.stdout}\n${r.stderr}`;
    return { ok: r.status === 0, messages: printed.split('\n').map((l) => l.trim()), printed };
  }
  try {
    const run = await ingestCorpus({ seedsDir: seeds, outDir, steps: INLINE_STEPS });
    const messages = run.report.plans.flatMap((p) => p.warnings);
    return { ok: true, messages, printed: messages.join('\n') };
  } catch (e) {
    const messages = e instanceof IngestError ? e.problems.map(formatProblem) : [e instanceof Error ? e.message : String(e)];
    return { ok: false, messages, printed: messages.join('\n') };
  }
}
