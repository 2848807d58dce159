/**
 * A seeds folder of any size for measuring the whole build (ingest + astro build) at scale:
 * `node tools/bench/synthetic-seeds.ts <n> <dir>`, then `SEEDS_DIR=<dir> npm run build`.
 *
 * Plan k copies seed k mod 5 (its curated tables too) under its own slug and place. From the
 * sixth plan on, every long line keeps its first sentence (where the numbering is) and
 * shuffles the rest, so that no two plans are the same text while vocabulary, structure and
 * sizes stay real. Places are spread over a few provinces, prefectures and levels so that the
 * home page's facets have something to count.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { loadCatalog } from '../../ingest/catalog.ts';
import type { CatalogEntry } from '../../src/lib/catalog-schema.ts';
import { prng } from './synthetic-corpus.ts';

const PROVINCES = [
  ['浙江省', 'Zhejiang'],
  ['江苏省', 'Jiangsu'],
  ['福建省', 'Fujian'],
  ['广东省', 'Guangdong'],
  ['四川省', 'Sichuan'],
  ['河南省', 'Henan'],
  ['湖北省', 'Hubei'],
  ['云南省', 'Yunnan'],
] as const;
const LEVELS = ['县级市', '区', '县', '县级市', '地级市'] as const;
const DIGITS = '零一二三四五六七八九';
const zhNumber = (n: number) => [...String(n)].map((d) => DIGITS[Number(d)]).join('');

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** A long line with its sentences after the first shuffled. */
function shuffleLine(line: string, random: () => number): string {
  const parts = line.split(/(?<=。)/);
  if (parts.length < 3) return line;
  const rest = parts.slice(1);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  return [parts[0], ...rest].join('');
}

function syntheticEntry(base: CatalogEntry, k: number): CatalogEntry {
  const [provinceZh, provinceEn] = PROVINCES[k % PROVINCES.length];
  const prefecture = Math.floor(k / PROVINCES.length) % 12;
  const level = LEVELS[k % LEVELS.length];
  const city = { zh: `${base.city.zh.replace(/市$/, '')}${zhNumber(k)}${level === '区' ? '区' : level === '县' ? '县' : '市'}`, en: `${base.city.en}${k}` };
  const parent = level === '地级市' ? { zh: provinceZh, en: provinceEn } : { zh: `样本${zhNumber(prefecture)}市`, en: `Sample${prefecture}` };
  // `follows:` names a real seed's slug, which a copy does not have: the copies follow nothing.
  const { follows: _follows, ...rest } = base;
  return {
    ...rest,
    slug: base.slug.replace(/^[a-z]+/, (c) => `${c}-s${k}`),
    file: `${base.slug}-${k}.txt`,
    city,
    level,
    parent,
    province: { zh: provinceZh, en: provinceEn },
    title: base.title.replaceAll(base.city.zh, city.zh),
  };
}

export function writeSyntheticSeeds(n: number, dir: string, seeds = 'seeds'): void {
  const real = loadCatalog(seeds).catalog.plans;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const plans: CatalogEntry[] = [];
  for (let k = 0; k < n; k++) {
    const base = real[k % real.length];
    const entry = k < real.length ? base : syntheticEntry(base, k);
    const random = prng(k + 1);
    const text = readFileSync(join(seeds, base.file));
    // The real seeds are copied byte for byte (one is GB18030); synthetic ones are shuffled UTF-8.
    const body =
      k < real.length
        ? text
        : decode(text)
            .split('\n')
            .map((l) => shuffleLine(l, random))
            .join('\n');
    writeFileSync(join(dir, entry.file), body);
    const tables = join(seeds, 'tables', base.slug);
    if (existsSync(tables)) cpSync(tables, join(dir, 'tables', entry.slug), { recursive: true });
    plans.push(entry);
  }
  // Entries share objects (dates, notes) with their seed; written out in full, not as YAML aliases.
  writeFileSync(join(dir, 'catalog.yaml'), stringify({ plans }, { aliasDuplicateObjects: false }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [n, dir] = process.argv.slice(2);
  if (!n || !dir) throw new Error('usage: node tools/bench/synthetic-seeds.ts <plans> <dir>');
  writeSyntheticSeeds(Number(n), dir);
  console.log(`${n} plans written to ${dir}`);
}
