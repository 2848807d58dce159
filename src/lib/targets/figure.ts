/**
 * The one figure reader: what a printed figure says — a table cell ("60以上", "≥3.5", "〔18〕",
 * "2019年0.546") or the figure of a sentence ("5%—6%", "百分之十", "千亿元", "1.2万亿元",
 * "翻一番", "下降15%", "控制在2%以内", "80.5 岁以上") — as a value or range, its unit, its
 * modifier and whether it is a five-year total or a rate of growth; or, where it is no number,
 * why not ("按上级任务", "与经济增长同步"). Table cells (ingest/tables/cells.ts), the charts
 * (src/build/indicator-figures.ts) and the targets extraction all read figures here.
 * Pure and browser-safe; the printed text is never changed, only read.
 */
import type { TargetModifier } from './types.ts';

export interface FigureNumber {
  kind: 'number';
  raw: string;
  /** A point, floor or ceiling; absent for a range. */
  value?: number;
  low?: number;
  high?: number;
  /** As printed after the number ("%", "亿元", "岁"), or null where the figure prints none. */
  unit: string | null;
  modifier: TargetModifier;
  /** Printed in [ ] / 〔 〕: a total over the period. */
  cumulative: boolean;
  /** A change (增长、下降、翻一番) rather than a level. */
  growth: boolean;
  /** The figure's own year, printed before it ("2019年0.546") or after it in brackets ("760(2019年)"). */
  year?: number;
  /** The bound as printed ("≥", "以上", "控制在…以内"), where there is one. */
  printedModifier?: string;
}

/** Why a figure is not a number. */
export type NotNumberReason = 'empty' | 'set-by-higher-level' | 'in-step' | 'words' | 'unknown-unit' | 'malformed';

export interface FigureWords {
  kind: 'words';
  raw: string;
  reason: NotNumberReason;
  /** A year printed alone ("2019年"). */
  year?: number;
}

export type FigureReading = FigureNumber | FigureWords;

/** Units the rules know, longest first where one is the start of another. */
export const UNITS = [
  '微克/立方米',
  '万元/人',
  '人/亿元',
  '亿吨标准煤',
  '万吨标准煤',
  '万吨标煤',
  '吨标准煤',
  '万标准箱',
  '万立方米',
  '立方米/日',
  '万平方米',
  '平方公里',
  '平方米',
  '万亿美元',
  '亿美元',
  '万美元',
  '美元',
  '万亿元',
  '千亿元',
  '亿元',
  '万元',
  '元',
  '万人次',
  '万人',
  '人次',
  '人',
  '万户',
  '户',
  '万家',
  '家',
  '万吨',
  '吨',
  '万亩',
  '亩',
  '万千瓦',
  '千瓦',
  '万辆',
  '辆',
  '万头',
  '头',
  '亿人',
  '亿吨',
  '万立方米/日',
  '万个',
  '个',
  '公里',
  '千米',
  '张',
  '件',
  '项',
  '所',
  '座',
  '条',
  '处',
  '名',
  '岁',
  '年',
  '天',
  '倍',
  '‰',
  '%',
  '个百分点',
  '百分点',
] as const;

const UNIT_ALT = [...UNITS].sort((a, b) => b.length - a.length).map((u) => u.replace(/[/%‰]/g, (c) => `\\${c}`));
/** A unit at the very start of a string. */
export const UNIT_AT_START = new RegExp(`^(?:${UNIT_ALT.join('|')})`);

const AT_LEAST_BEFORE = /^(?:≥|>=|＞＝|不低于|不少于|至少|大于等于|达到或超过|达到或高于)/;
const MORE_THAN_BEFORE = /^(?:>|＞|大于|超过|突破|高于|超)/;
const AT_MOST_BEFORE = /^(?:≤|<=|＜＝|不超过|不高于|不多于|小于等于|控制在|低于等于)/;
const LESS_THAN_BEFORE = /^(?:<|＜|小于|低于)/;
const ABOUT_BEFORE = /^(?:约|大约|近)/;
const AFTER = /^(?:以上|及以上|以下|及以下|以内|左右|上下)/;
const GROWTH_BEFORE = /^(?:年均增长|年均增速|年均提高|累计增长|增长|提高|增加|下降|降低|减少|压减|削减)/;

const DIGITS = /^[-−－]?\d+(?:\.\d+)?/;
/** Chinese numerals as amounts: 十、百分之十、三点五、一千、两万. */
const CN = '〇零一二两三四五六七八九十百千万点';
const CN_NUMBER = new RegExp(`^[${CN}]+`);
const CN_VALUE: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十 → 10, 三点五 → 3.5, 一千二百 → 1200, 两万 → 20000; undefined where it is no amount. */
export function parseChineseAmount(s: string): number | undefined {
  const [whole, frac] = s.split('点');
  if (frac !== undefined && !/^[〇零一二三四五六七八九]+$/.test(frac)) return undefined;
  let total = 0;
  let section = 0;
  let digit = 0;
  let any = false;
  for (const ch of whole) {
    if (ch in CN_VALUE) {
      digit = CN_VALUE[ch];
      any = true;
    } else if (ch === '十' || ch === '百' || ch === '千') {
      section += (digit || 1) * (ch === '十' ? 10 : ch === '百' ? 100 : 1000);
      digit = 0;
      any = true;
    } else if (ch === '万') {
      total += (section + digit || 1) * 10000;
      section = 0;
      digit = 0;
      any = true;
    } else return undefined;
  }
  if (!any) return undefined;
  const fraction = frac ? Number(`0.${[...frac].map((c) => CN_VALUE[c]).join('')}`) : 0;
  return total + section + digit + fraction;
}

const toNumber = (s: string): number => Number(s.replace(/[−－]/, '-'));

interface Cursor {
  rest: string;
}

function take(c: Cursor, re: RegExp): string | undefined {
  const m = re.exec(c.rest);
  if (!m) return undefined;
  c.rest = c.rest.slice(m[0].length).trimStart();
  return m[0];
}

/** One amount at the cursor: digits, 百分之…, or a Chinese numeral; with a percent sign or 千/万/亿 multiplier kept in the unit. */
function amount(c: Cursor): { n: number; percent: boolean } | undefined {
  if (take(c, /^百分之/)) {
    const m = take(c, CN_NUMBER) ?? take(c, DIGITS);
    const n = m === undefined ? undefined : /\d/.test(m) ? toNumber(m) : parseChineseAmount(m);
    return n === undefined ? undefined : { n, percent: true };
  }
  const d = take(c, DIGITS);
  if (d !== undefined) {
    const percent = take(c, /^[%％]/) !== undefined;
    return { n: toNumber(d), percent };
  }
  // 千亿元, 百亿元: a bare multiplier before a unit of 亿/万 is one of it (千亿元 = 1000 亿元).
  const bare = /^([十百千])(?=[亿万])/.exec(c.rest);
  if (bare) {
    c.rest = c.rest.slice(1);
    return { n: bare[1] === '十' ? 10 : bare[1] === '百' ? 100 : 1000, percent: false };
  }
  const m = /^[〇零一二两三四五六七八九十百千点]+/.exec(c.rest);
  if (!m) return undefined;
  const n = parseChineseAmount(m[0]);
  if (n === undefined) return undefined;
  c.rest = c.rest.slice(m[0].length);
  return { n, percent: false };
}

const MULTIPLE = /^翻(一|两|二|三)?番/;

/**
 * Reads one printed figure. `unit` is the unit to assume where the figure prints none (a
 * table row's unit); the figure's own unit wins. Words other than bounds and units make it
 * no number, with the reason.
 */
export function readFigure(printed: string): FigureReading {
  const raw = printed;
  let text = printed.trim().replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
  if (/^[-—–－/／\\…·\s]*$/.test(text)) return { kind: 'words', raw, reason: 'empty' };
  if (/按上级|上级下达|省下达|完成.*下达/.test(text)) return { kind: 'words', raw, reason: 'set-by-higher-level' };
  if (/同步/.test(text)) return { kind: 'words', raw, reason: 'in-step' };
  let cumulative = false;
  const bracket = /^[[〔【［](.*)[\]〕】］]$/s.exec(text);
  if (bracket) {
    cumulative = true;
    text = bracket[1].trim();
  }
  let year: number | undefined;
  const after = /[(（](\d{4})年[)）]$/.exec(text);
  if (after) {
    year = Number(after[1]);
    text = text.slice(0, after.index).trim();
  }
  const c: Cursor = { rest: text };
  const y = /^(\d{4})年/.exec(c.rest);
  if (y) {
    year = Number(y[1]);
    c.rest = c.rest.slice(y[0].length).trimStart();
    if (c.rest === '') return { kind: 'words', raw, reason: 'empty', year };
  }
  const multiple = MULTIPLE.exec(c.rest);
  if (multiple) {
    const n = { 一: 2, 两: 4, 二: 4, 三: 8 }[(multiple[1] ?? '一') as '一'] ?? 2;
    return { kind: 'number', raw, value: n, unit: '倍', modifier: 'point', cumulative, growth: true, ...(year ? { year } : {}) };
  }
  let growth = false;
  let modifier: TargetModifier = 'point';
  let printedModifier: string | undefined;
  const bound = (m: TargetModifier, re: RegExp): boolean => {
    const t = take(c, re);
    if (t === undefined) return false;
    modifier = m;
    printedModifier = t;
    return true;
  };
  // Words before the number: a change, then a bound (年均增长8%以上, 控制在2%以内, ≥93.3).
  for (let i = 0; i < 3; i++) {
    if (take(c, GROWTH_BEFORE)) growth = true;
    else if (bound('at-least', AT_LEAST_BEFORE) || bound('at-most', AT_MOST_BEFORE) || bound('less-than', LESS_THAN_BEFORE)) continue;
    else if (bound('more-than', MORE_THAN_BEFORE) || bound('about', ABOUT_BEFORE)) continue;
    else take(c, /^(?:到|至|为|达到|达)/);
  }
  const first = amount(c);
  if (!first) return { kind: 'words', raw, reason: /\d/.test(text) ? 'malformed' : 'words' };
  c.rest = c.rest.trimStart();
  let high: { n: number; percent: boolean } | undefined;
  if (/^[-~～—–至到]/.test(c.rest)) {
    const save = c.rest;
    c.rest = c.rest.replace(/^[-~～—–]+|^[至到]/, '').trimStart();
    high = amount(c);
    if (!high) c.rest = save;
  }
  let unit: string | null = first.percent || high?.percent ? '%' : null;
  c.rest = c.rest.trimStart();
  const u = UNIT_AT_START.exec(c.rest);
  if (u && unit === null) {
    unit = u[0];
    c.rest = c.rest.slice(u[0].length).trimStart();
  } else if (/^[万亿]/.test(c.rest) && unit === null) {
    // 1.2万亿 with no unit after it.
    unit = /^万亿|^亿|^万/.exec(c.rest)?.[0] ?? null;
    c.rest = c.rest.slice(unit?.length ?? 0).trimStart();
  }
  const word = take(c, AFTER);
  if (word) {
    modifier = /以上/.test(word) ? 'at-least' : /以下|以内/.test(word) ? 'at-most' : 'about';
    printedModifier = printedModifier === '控制在' ? `控制在…${word}` : word;
  }
  if (c.rest.replace(/[%％\s]/g, '') !== '') return { kind: 'words', raw, reason: /^[\p{Script=Han}]/u.test(c.rest) ? 'unknown-unit' : 'malformed' };
  const base = { kind: 'number' as const, raw, unit, cumulative, growth, ...(year ? { year } : {}), ...(printedModifier ? { printedModifier } : {}) };
  if (high) return { ...base, low: first.n, high: high.n, modifier: 'range' };
  return { ...base, value: first.n, modifier };
}

/**
 * A cell that prints several figures ("[21.2、20.3、15、15]", one per part of its indicator):
 * each read alone, the brackets and year around them applying to all.
 */
export function readFigureList(printed: string): FigureReading[] {
  const text = printed.trim().replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
  const bracket = /^([[〔【［])(.*)([\]〕】］])$/s.exec(text);
  const inner = bracket ? bracket[2] : text;
  const parts = inner.split(/[、,，;；]/).filter((p) => p.trim() !== '');
  if (parts.length <= 1) return [readFigure(printed)];
  return parts.map((p) => {
    const f = readFigure(bracket ? `${bracket[1]}${p.trim()}${bracket[3]}` : p);
    return { ...f, raw: printed };
  });
}

/** A modifier as the charts draw it: a floor, a ceiling, a range, or a point. */
export function boundOf(modifier: TargetModifier): 'floor' | 'ceiling' | 'range' | 'point' {
  if (modifier === 'at-least' || modifier === 'more-than') return 'floor';
  if (modifier === 'at-most' || modifier === 'less-than') return 'ceiling';
  return modifier === 'range' ? 'range' : 'point';
}
