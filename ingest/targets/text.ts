/**
 * Targets from sentences: "<indicator><verb><figure>" — 到2025年，数字经济核心产业增加值占GDP比重
 * 达到10%; 力争……突破1500亿元; 城镇登记失业率控制在2%以内; 五年累计完成投资5000亿元; 民间投资
 * 年均增长8%以上; 人均预期寿命达到 80.5 岁以上; 较2020年翻一番 — one record per figure, its
 * indicator the words before the verb back to the clause's start, less the time, the place and
 * the adverbs around it. A number is a figure only with a unit the rules know (or a bound word
 * and a verb) and where the clause goes on after it: 5万吨级码头, 3岁以下婴幼儿, 第3次, 前20位,
 * “520”计划, 2035年 are no figures. Works on simplified text (a traditional plan's sentence is
 * converted first).
 */
import { readFigure, UNIT_AT_START } from '../../src/lib/targets/figure.ts';
import { indicatorKey } from '../../src/lib/targets/indicators.ts';
import type { TargetKind, TargetModifier, TargetRecord } from '../../src/lib/targets/types.ts';
import { yearMentions } from './context.ts';

/** The verbs before a figure, longest first; what each says about the figure. */
const VERBS: readonly [string, { modifier?: TargetModifier; growth?: boolean }][] = [
  ['达到或超过', { modifier: 'at-least' }],
  ['达到或高于', { modifier: 'at-least' }],
  ['年均增长', { growth: true }],
  ['年均提高', { growth: true }],
  ['年均下降', { growth: true }],
  ['累计增长', { growth: true }],
  ['累计下降', { growth: true }],
  ['累计降低', { growth: true }],
  ['提高到', {}],
  ['提高至', {}],
  ['提升到', {}],
  ['提升至', {}],
  ['下降到', {}],
  ['下降至', {}],
  ['降低到', {}],
  ['降低至', {}],
  ['减少到', {}],
  ['缩小到', {}],
  ['缩小至', {}],
  ['增加到', {}],
  ['增加至', {}],
  ['扩大到', {}],
  ['控制在', { modifier: 'at-most' }],
  ['稳定在', {}],
  ['保持在', {}],
  ['稳定保持', {}],
  ['保持', {}],
  ['不低于', { modifier: 'at-least' }],
  ['不少于', { modifier: 'at-least' }],
  ['不超过', { modifier: 'at-most' }],
  ['不高于', { modifier: 'at-most' }],
  ['达到', {}],
  ['跃上', { modifier: 'more-than' }],
  ['突破', { modifier: 'more-than' }],
  ['超过', { modifier: 'more-than' }],
  ['高于', { modifier: 'more-than' }],
  ['大于', { modifier: 'more-than' }],
  ['小于', { modifier: 'less-than' }],
  ['低于', { modifier: 'less-than' }],
  ['增长', { growth: true }],
  ['提高', { growth: true }],
  ['下降', { growth: true }],
  ['降低', { growth: true }],
  ['超', { modifier: 'more-than' }],
  ['达', {}],
  ['为', {}],
];
const VERB_RE = new RegExp(`(?:${VERBS.map(([v]) => v).join('|')})$`);
const VERB_OF = new Map(VERBS);
const UNKNOWN_UNIT = new RegExp(`(${VERBS.map(([v]) => v).join('|')})(\\d+(?:\\.\\d+)?)(\\p{Script=Han}{1,3})(?=[，,。；;、]|$)`, 'gu');

/** A number as sentences print it: digits (a range too; 1.2.3 too, to be reported as malformed), 百分之…, or 千/百 before 亿/万. */
const NUMBER_RE =
  /(约|近)?\s*(?:翻[一两二三]?番|\d+(?:\.\d+)*\s*[%％]?(?:\s*[-—–~～至到]\s*\d+(?:\.\d+)?)?|百分之[零一二三四五六七八九十点]+|[十百千](?=万?亿|万))/g;
/** What may follow a figure and leave it one: a bound word, then the end of the clause. */
const BOUND_AFTER = /^\s*(?:以上|及以上|以下|及以下|以内|左右)?/;
const CLAUSE_GOES_ON = /^(?:$|[，,。；;、（()）”」：:！？]|和|及|与|或|台阶|大关)/;
const CLAUSE_END = /[，,。；;：:！？]/;

/** Where the clause before `end` starts: after the last boundary outside brackets, or an opening bracket still open (执业（助理）医师数 stays whole). */
function clauseStart(text: string, end: number): number {
  let start = 0;
  const open: number[] = [];
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') open.push(i);
    else if ((ch === '）' || ch === ')') && open.length > 0) open.pop();
    else if (open.length === 0 && CLAUSE_END.test(ch)) start = i + 1;
  }
  return Math.max(start, (open.at(-1) ?? -1) + 1);
}
/** Counted things: with these units a number is a figure only after a verb or in a clause that sets or counts (新增、培育、建成 …). */
const COUNT_UNITS = new Set(['个', '家', '项', '条', '所', '座', '处', '名', '张', '件', '户', '万户', '万家', '万个', '辆', '万辆']);
const COUNT_CLAUSE = /新增|培育|建成|创建|引进|打造|新建|争创|实现|建设|累计|形成|开展|完成|孵化|挂牌|创成|拥有|每年/;

/** Words around an indicator that are no part of its name: time, place, adverbs, verbs of effort. */
const LEADING = [
  /^(?:其中|同时|并|使|让|将|要|把|而|和|及|与|在此基础上)/,
  /^(?:力争|争取|努力|确保|力求|争创|积极)/,
  /^(?:到|至|在)?(?:(?:19|20)\d{2}|二〇[一二三四五六七八九〇]{2})年(?:底|末)?[，,]?/,
  /^(?:到|至)?“?十[一二三四五六七八九]五”?(?:末|时期|期间|期末)?[，,]?/,
  /^(?:五年|今后五年|未来五年)/,
  /^(?:全市|全县|全区|我市|全省|市域|全域|本市|我国|全国)(?=.{4})/,
  /^(?:累计|实现|完成|新增(?=.{4}))/,
  /^(?:培育|引进|孵化|建成|创建|每年创建|每年|谋划实施|推动|持续|进一步|全面)(?=.{2})/,
];
const TRAILING =
  /(?:(?:较|比)(?:(?:19|20)\d{2}|二〇[一二三四五六七八九〇]{2})年(?:末|底)?(?:均)?(?:实现)?|持续|稳定|稳步|进一步|分别|均|将|要|力争|累计|基本|预计|有望|提前|已|已经|连续|年均|实现|也)$/;
const PLACE_ONLY = /^[\p{Script=Han}]{1,3}(?:市|省|县|区)$/u;
/** A clause about another place (the country, the region, the province): its figures are not the plan's. */
const OWN_PLACE = /^(?:我市|全市|本市|市域|我县|全县|我区|全区)/;
const OTHER_PLACE = /^(?:而|但|目前，?)?(?:我国|全国|中国|长三角(?:地区)?|全省|我省|浙江省?|全球|世界|国内)/;

const ASPIRATIONAL = /力争|争取|努力|争创/;
const CUMULATIVE = /累计|五年|(?:时期|期间)(?!.*年均)|新增/;

function cleanName(raw: string): string {
  let s = raw.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of LEADING) {
      const next = s.replace(re, '').trim();
      if (next !== s && next !== '') {
        s = next;
        changed = true;
      }
    }
    // A period or year named inside the name (民间投资“十四五”期间, 长三角地区2019年经济总量) is time, not the indicator.
    const inner = s
      .replace(/“?十[一二三四五六七八九]五”?(?:期间|时期|末)$/, '')
      .replace(/(?:19|20)\d{2}年(?:末|底)?(?=.{2})/, '')
      .replace(TRAILING, '');
    if (inner !== s && inner !== '') {
      s = inner;
      changed = true;
    }
  }
  return s;
}

export interface SentenceContext {
  plan: string;
  id: string;
  /** The kind a figure with no year of its own takes here: `actual` in a review, else `target`. */
  kind: TargetKind;
  /** The year of the headings, else the plan's final year. */
  targetYear: number;
  /** The year before the plan begins (a review speaks of it), or the year of a review's heading. */
  actualYear: number;
  /** The plan's first year: a figure for an earlier year is an achievement. */
  firstYear: number;
  /** What the paragraph is about where that is less than the whole plan (汽车机械产业…, 防洪保安工程。). */
  subject?: string;
}

/** Names that say what is counted but not of what: under a paragraph's own subject they are that subject's, not the plan's. */
const GENERIC = /^(?:规上工业产值|规上工业总产值|工业产值|产值|总产值|投资|总投资|营业收入|增加值|销售额|总额)$/;

export interface SentenceProblem {
  message: string;
}

interface Candidate {
  start: number;
  end: number;
  figure: string;
}

/** Every figure candidate of a sentence: a number with its unit and bound, where the clause goes on after it. */
function candidates(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of sentence.matchAll(NUMBER_RE)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    const before = sentence.slice(Math.max(0, start - 2), start);
    if (/第$|前$|近?[A-Za-z_.]$|“$/.test(before) && !/约|近/.test(m[1] ?? '')) continue;
    if (/\d$/.test(sentence.slice(0, start)) || /[A-Za-z]/.test(sentence[end] ?? '')) continue;
    // Inside quotation marks (“三个翻番”, “520”计划) a number is a name.
    const head = sentence.slice(0, start);
    if ((head.match(/“/g)?.length ?? 0) > (head.match(/”/g)?.length ?? 0)) continue;
    // A year (2025年) is a time, not a figure.
    if (/^(?:19|20)\d{2}$/.test(m[0].trim()) && /^年/.test(sentence.slice(end))) continue;
    let rest = sentence.slice(end);
    const multiplier = /^\s*(?:万亿|亿|万)(?=[^\p{Script=Han}]|$|[元人吨美户家个辆亩平立次])/u.exec(rest);
    const unit = UNIT_AT_START.exec(rest.replace(/^\s+/, '')) ?? (multiplier ? UNIT_AT_START.exec(rest.replace(/^\s+/, '')) : null);
    if (unit) end += rest.length - rest.replace(/^\s+/, '').length + unit[0].length;
    rest = sentence.slice(end);
    const bound = BOUND_AFTER.exec(rest)?.[0] ?? '';
    end += bound.length;
    if (!CLAUSE_GOES_ON.test(sentence.slice(end))) continue;
    out.push({ start, end, figure: sentence.slice(start, end) });
  }
  return out;
}

interface Chain {
  figures: Candidate[];
  /** The clause before the first figure, its verb taken off. */
  clause: string;
  verb: string;
  head: string;
}

/** Figures joined by 和/、 with nothing between them ("6000亿元和7000亿元", "A和B") share one clause and verb. */
function chains(sentence: string, found: Candidate[]): Chain[] {
  const out: Chain[] = [];
  let last = 0;
  for (const c of found) {
    const prev = out.at(-1);
    if (prev && /^\s*(?:和|、|及|与)\s*$/.test(sentence.slice(prev.figures.at(-1)?.end ?? 0, c.start))) {
      prev.figures.push(c);
      last = c.end;
      continue;
    }
    const head = sentence.slice(0, c.start);
    const starts = [clauseStart(head, head.length)];
    // After an earlier figure of the same clause ("…300家、省级科技型中小企业1000家") the next name starts there.
    const from = Math.max(0, ...starts, last > 0 && last <= c.start ? last : 0);
    let clause = head
      .slice(from)
      .replace(/^[、和及与]/, '')
      .trim();
    // The clauses after one about another place go on about it, until one names the plan's own (我市、全市).
    // A parenthesis closed before the figure (（台州市41.67家，浙江省44.89家）) keeps its places to itself.
    const clauses = head
      .replace(/[（(][^（）()]*[）)]/g, '')
      .split(/[，,；;]/)
      .map((t) => t.trim());
    const otherFrom = clauses.findLastIndex((t) => OTHER_PLACE.test(t));
    const ownFrom = clauses.findLastIndex((t) => OWN_PLACE.test(t));
    if (otherFrom >= 0 && otherFrom >= ownFrom) {
      last = c.end;
      continue;
    }
    const v = VERB_RE.exec(clause);
    let verb = '';
    if (v) {
      verb = v[0];
      clause = clause.slice(0, v.index);
    }
    out.push({ figures: [c], clause, verb, head });
    last = c.end;
  }
  return out;
}

/** The names a chain's figures are for: one each ("X和Y分别达到A和B"), one for all, or each of a list (均、分别、翻一番). */
function namesOf(chain: Chain): string[][] {
  const whole = cleanName(chain.clause);
  const shared = /(?:均|分别|都|共同)$/.test(chain.clause.trim()) || chain.figures.some((f) => /翻/.test(f.figure));
  const parts = whole
    .split(/、|和/)
    .map(cleanName)
    .filter((n) => n !== '');
  // 单位GDP能源消耗和二氧化碳排放分别降低…: the parts after the first share its 单位GDP.
  const per = /^(?:单位GDP|单位国内生产总值|单位地区生产总值|单位生产总值|万元GDP)/.exec(parts[0] ?? '')?.[0];
  if (per) for (let i = 1; i < parts.length; i++) if (!parts[i].startsWith(per)) parts[i] = per + parts[i];
  if (shared && parts.length > 1 && parts.length === chain.figures.length) return parts.map((p) => [p]);
  if (shared && parts.length > 1 && chain.figures.length === 1) return [parts];
  return chain.figures.map(() => [whole]);
}

const nameOk = (n: string): boolean => n.length >= 2 && !PLACE_ONLY.test(n) && !/^(?:比|较|相比)/.test(n) && /\p{Script=Han}|[A-Z]{2}/u.test(n);

/** The figures one sentence states, and the numbers in it the rules saw but could not read. */
export function sentenceTargets(sentence: string, ctx: SentenceContext): { records: TargetRecord[]; problems: SentenceProblem[] } {
  const records: TargetRecord[] = [];
  const problems: SentenceProblem[] = [];
  const years = yearMentions(sentence);
  let before: TargetRecord | undefined;
  // A number after a verb that ends its clause with a word no rule knows as a unit (达到1200斤): reported, not guessed.
  for (const m of sentence.matchAll(UNKNOWN_UNIT)) {
    const f = readFigure(m[2] + m[3]);
    if (f.kind === 'words' && f.reason === 'unknown-unit')
      problems.push({ message: `targets: ${ctx.id}: “${m[0]}”: “${m[3]}” is no unit the rules know; not listed` });
  }
  for (const chain of chains(sentence, candidates(sentence))) {
    const { verb, head } = chain;
    const said = VERB_OF.get(verb) ?? {};
    const named = namesOf(chain);
    chain.figures.forEach((c, i) => {
      const names = named[i] ?? named[0];
      if (!names.every(nameOk)) return;
      const figure = readFigure(c.figure);
      if (figure.kind !== 'number') {
        if (verb)
          problems.push({ message: `targets: ${ctx.id}: “${names.join('、')}${verb}${c.figure}”: the figure cannot be read (${figure.reason}); not listed` });
        return;
      }
      const unit = figure.unit;
      if (unit === null && (!verb || (!/以内|以上|以下|左右/.test(c.figure) && !/达到|为|缩小到|控制在|提高到|降低到|下降到/.test(verb)))) return;
      // Years and times: 年 only for a length in years (受教育年限, 寿命); counts only where the clause sets or counts them.
      if (unit === '年' && !names.some((n) => /年限|寿命|年龄/.test(n))) return;
      if (unit === '天') return;
      // …or where the name says it is a measure (省级科技型中小企业数32.91家) or the count is not whole.
      const measured = names.every((n) => /(?:数|量|总数)$/.test(n)) || !Number.isInteger(figure.value ?? 0);
      if (unit && COUNT_UNITS.has(unit) && !verb && !COUNT_CLAUSE.test(head) && !/以上$/.test(c.figure) && !measured) return;
      const own = years.filter((y) => !y.base && y.end <= c.start).at(-1);
      const kind: TargetKind = ctx.kind === 'actual' || (own && !own.span && own.year < ctx.firstYear) ? 'actual' : 'target';
      const year = own?.year ?? (kind === 'actual' ? ctx.actualYear : ctx.targetYear);
      const modifier: TargetModifier = figure.modifier !== 'point' ? figure.modifier : (said.modifier ?? 'point');
      const growth = figure.growth || said.growth === true || (/(?:增长|增速)$/.test(names[0]) && unit === '%');
      // A total over the period: said in the figure's clause (累计, 五年, 新增), or by a sentence that opens with the period (“十四五”期间，…).
      const clause = head.slice(Math.max(0, ...[...head.matchAll(/[，,；;：:]/g)].map((m) => (m.index ?? 0) + 1)));
      const periodOpening = /^“?十[一二三四五六七八九]五”?(?:期间|时期)[，,]/.test(sentence);
      // A clause with no verb of its own (…新增A150家，B450家) goes on from the one before it.
      const inherits = !verb && before !== undefined;
      const cumulative =
        ((CUMULATIVE.test(clause) || periodOpening) && !/每年/.test(clause) && !(growth && /年均/.test(clause))) || (inherits && before?.cumulative === true);
      for (const name of names) {
        records.push({
          plan: ctx.plan,
          id: ctx.id,
          indicator: name,
          // 翻一番 is of the level itself (生产总值翻一番 → gdp), a growth rate is of its own key (gdp-growth).
          key: ctx.subject && GENERIC.test(name) ? null : indicatorKey(name, growth && unit !== '倍'),
          kind,
          year,
          ...(figure.modifier === 'range' ? { low: figure.low, high: figure.high } : { value: figure.value }),
          unit,
          modifier,
          aspirational: kind === 'target' && ASPIRATIONAL.test(head),
          cumulative,
          growth,
          binding: null,
          source: 'text',
          quote: sentence,
        });
        before = records.at(-1);
      }
    });
  }
  records.push(...countedTargets(sentence, ctx, years));
  return { records, problems };
}

/** "建成5个美丽城镇省级样板镇", "培育3家以上省级领军型文化企业", "…5个省级小微企业园、3个智慧小微园示范园区": a count set before what it counts. */
const COUNTED = /(建成|培育形成|培育|创建|新增|打造|引进|新建|争创|建设)(\d+)(个|家|所|座|条|项)(以上)?([^，。；、“”\d]{2,20}?)(?=[，。；;、]|$)/g;
const SHARE_BEFORE = /(\d+(?:\.\d+)?)%(以上|左右)?的?((?:行政村|村|社区|企业|学校|城镇|乡镇|镇|县|家庭|农户|居民|人口)[^，。；;、]{2,30}?)(?=[，。；;]|$)/g;
const POPULATION = /(\d+(?:\.\d+)?)万(以上|左右)?人口规模/g;
const COUNTED_NEXT = /^、(\d+)(个|家|所|座|条|项)(以上)?([^，。；、“”\d]{2,20}?)(?=[，。；;、]|$)/;

function countedTargets(sentence: string, ctx: SentenceContext, years: ReturnType<typeof yearMentions>): TargetRecord[] {
  if (ctx.kind === 'actual') return [];
  const out: TargetRecord[] = [];
  const push = (start: number, value: string, unit: string, bound: string | undefined, name: string, verb: string) => {
    const head = sentence.slice(0, start);
    if ((head.match(/“/g)?.length ?? 0) > (head.match(/”/g)?.length ?? 0)) return;
    const own = years.filter((y) => !y.base && y.end <= start).at(-1);
    out.push({
      plan: ctx.plan,
      id: ctx.id,
      indicator: name,
      key: indicatorKey(name),
      kind: 'target',
      year: own?.year ?? ctx.targetYear,
      value: Number(value),
      unit,
      modifier: bound ? 'at-least' : 'point',
      aspirational: ASPIRATIONAL.test(head),
      cumulative: verb === '新增' || /累计/.test(head.slice(-12)),
      growth: false,
      binding: null,
      source: 'text',
      quote: sentence,
    });
  };
  // "建成300万以上人口规模…的区域中心城市": a population printed before the word it measures.
  for (const m of sentence.matchAll(POPULATION)) {
    const start = m.index ?? 0;
    const before = out.length;
    push(start, m[1], '万人', m[2], '人口规模', '');
    const r = out[before];
    if (r) out[before] = { ...r, modifier: m[2] === '左右' ? 'about' : m[2] ? 'at-least' : 'point' };
  }
  // "100%行政村建有两处以上体育场地设施", "全市50%以上的社区（村）达到…目标": a share printed before what it is a share of.
  for (const m of sentence.matchAll(SHARE_BEFORE)) {
    const start = m.index ?? 0;
    if (/[\d.第前]$/.test(sentence.slice(0, start))) continue;
    const before = out.length;
    push(start, m[1], '%', m[2], m[3].trim(), '');
    const r = out[before];
    if (r) out[before] = { ...r, modifier: m[2] === '左右' ? 'about' : m[2] ? 'at-least' : 'point' };
  }
  for (const m of sentence.matchAll(COUNTED)) {
    const start = m.index ?? 0;
    push(start, m[2], m[3], m[4], m[5].trim(), m[1]);
    let at = start + m[0].length;
    for (let next = COUNTED_NEXT.exec(sentence.slice(at)); next; next = COUNTED_NEXT.exec(sentence.slice(at))) {
      push(at, next[1], next[2], next[3], next[4].trim(), m[1]);
      at += next[0].length;
    }
  }
  return out;
}

/** A block's text cut into sentences (。；！？ end one), each kept as printed. */
export const sentences = (text: string): string[] => text.split(/(?<=[。；;！？])/).filter((s) => s.trim() !== '');
