/**
 * The canonical indicators (./indicators.json) and the rules that put a plan's wording of an
 * indicator onto one of them: the wording is normalised (brackets, the plan's own place,
 * 地区生产总值/生产总值/GDP, 每千人口/每千人, 研发投入强度/R&D经费支出占GDP比重 …) and then
 * looked up among every indicator's names and aliases, normalised the same way. No match, no
 * key: the record keeps `key: null`. Units are converted only for comparing (`comparable`),
 * never for what is shown. Browser-safe (the compare page and search read the aliases too).
 */
import data from './indicators.json' with { type: 'json' };
import type { Indicator } from './types.ts';

export interface CanonicalIndicator extends Indicator {
  /** The wordings plans use for it besides its names (search reads them as synonyms). */
  aliases: string[];
}

export const INDICATORS: readonly CanonicalIndicator[] = data.indicators as CanonicalIndicator[];

/** Rewrites, in order, that make two wordings of one indicator the same string. */
const REWRITES: readonly [RegExp, string][] = [
  [/[\s　]/g, ''],
  [/（/g, '('],
  [/）/g, ')'],
  [/Ⅰ/g, 'I'],
  [/Ⅱ/g, 'II'],
  [/Ⅲ/g, 'III'],
  [/PM_?2\.5|PM₂\.₅/gi, 'PM2.5'],
  // A unit in brackets at the end is no part of the name.
  [/\((?:%|‰|[^()]*(?:元|人|岁|年|个|张|件|家|吨|米|亩|户|次|辆|标煤|美元|立方米)[^()]*)\)$/, ''],
  [/^(?:全市|全县|全区|我市|全域|市域|市区|城市|全社会|全省|本市)(?=.{3})/, ''],
  [/细颗粒物\(PM2\.5\)|细颗粒物/g, 'PM2.5'],
  [/年平均浓度|浓度/g, '平均浓度'],
  [/平均平均/g, '平均'],
  [/地区生产总值\(GDP\)|国内生产总值|地区生产总值|生产总值|\(GDP\)/g, 'GDP'],
  [/GDPGDP/g, 'GDP'],
  [/全市GDP|全省GDP/g, 'GDP'],
  [/每千人口|每千人|每千名人口/g, '每千人'],
  [/每万人口|每万人/g, '每万人'],
  [/每千名老年人|每千名老人/g, '每千老人'],
  [/拥有/g, ''],
  [/医生/g, '医师'],
  [/比例|比率/g, '比重'],
  [/占比/g, '比重'],
  [/相当于GDP比重|占GDP的比重/g, '占GDP比重'],
  [/研究与试验发展|研究和试验发展|研发|R&D|R＆D/gi, 'RD'],
  [/RD经费支出|RD经费投入|RD经费|RD投入/g, 'RD'],
  [/RD强度|RD占GDP比重/g, 'RD强度'],
  [/规模以上|规上/g, '规上'],
  [/增速|年均增长|增幅/g, '增长'],
  [/能源消耗/g, '能耗'],
  [/^单位GDP|^万元GDP/, '单位GDP'],
  [/数$/, ''],
];

export function normaliseIndicator(name: string): string {
  let s = name;
  for (const [re, to] of REWRITES) s = s.replace(re, to);
  return s;
}

let lookup: Map<string, string> | undefined;
function table(): Map<string, string> {
  if (lookup) return lookup;
  lookup = new Map();
  for (const ind of INDICATORS) {
    for (const name of [ind.names.hans, ...ind.aliases]) {
      const n = normaliseIndicator(name);
      if (!lookup.has(n)) lookup.set(n, ind.key);
    }
  }
  return lookup;
}

/**
 * The canonical key of an indicator as a plan names it, or null. For a rate of growth the
 * name with 增长 is tried first (地区生产总值 + growth → gdp-growth), then the name alone.
 */
export function indicatorKey(name: string, growth = false): string | null {
  const n = normaliseIndicator(name);
  const t = table();
  if (growth && !/增长|降低|下降|减少/.test(n)) {
    const g = t.get(`${n}增长`) ?? t.get(`${n}降低`) ?? t.get(`${n}下降`);
    if (g) return g;
  }
  return t.get(n) ?? null;
}

/** How many of the base unit one of each unit is, for units of the same kind. */
const SCALE: Record<string, [kind: string, factor: number]> = {
  元: ['yuan', 1],
  万元: ['yuan', 1e4],
  亿元: ['yuan', 1e8],
  千亿元: ['yuan', 1e11],
  万亿元: ['yuan', 1e12],
  美元: ['usd', 1],
  万美元: ['usd', 1e4],
  亿美元: ['usd', 1e8],
  万亿美元: ['usd', 1e12],
  人: ['people', 1],
  万人: ['people', 1e4],
  人次: ['visits', 1],
  万人次: ['visits', 1e4],
  家: ['firms', 1],
  万家: ['firms', 1e4],
  个: ['count', 1],
  万个: ['count', 1e4],
  吨: ['tonnes', 1],
  万吨: ['tonnes', 1e4],
  亿吨: ['tonnes', 1e8],
  平方米: ['m2', 1],
  万平方米: ['m2', 1e4],
  平方公里: ['m2', 1e6],
  立方米: ['m3', 1],
  万立方米: ['m3', 1e4],
  亩: ['mu', 1],
  万亩: ['mu', 1e4],
  户: ['households', 1],
  万户: ['households', 1e4],
  辆: ['vehicles', 1],
  // A life or schooling length is printed in 岁 or in 年.
  岁: ['years', 1],
  年: ['years', 1],
  万辆: ['vehicles', 1e4],
};

/**
 * A value in another unit of the same kind (万人 → 人, 亿元 → 万元), for comparing figures
 * across plans; undefined where the units are of different kinds. Never used for display.
 */
export function convertUnit(value: number, from: string | null, to: string | null): number | undefined {
  if (from === to) return value;
  if (from === null || to === null) return undefined;
  const a = SCALE[from];
  const b = SCALE[to];
  if (!a || !b || a[0] !== b[0]) return undefined;
  // Rounded to 10 significant digits: 1.2 万亿元 in 亿元 is 12000, not 11999.999999999998.
  return Number(((value * a[1]) / b[1]).toPrecision(10));
}

/** Whether two units can be compared (the same, or the same kind at another scale). */
export const comparableUnits = (a: string | null, b: string | null): boolean => convertUnit(1, a, b) !== undefined;
