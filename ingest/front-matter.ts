/**
 * Draft a catalog entry from a document's own front matter, for `npm run add-plan`.
 * Every value is read from a line of the document and keeps that line as its evidence; a fact
 * the document does not state is left for the person to fill in, never guessed. The only
 * derivations are arithmetic on what is stated (the five-year period from "第十四个五年" or
 * from the first year of the span; the years of the 14th period).
 */
import { planKinds } from '../src/lib/catalog-schema.ts';
import { cutCodePoints } from '../src/lib/code-points.ts';
import { classifyLines } from './classify.ts';
import { parseChineseNumeral } from '../src/lib/numerals.ts';
import { isStructuralHeading } from './patterns.ts';
import type { SourceLine } from './read/index.ts';

/** One drafted value and where it was read. */
export interface DraftField {
  key: string;
  value: unknown;
  /** Where it was read ("line 12", for a PDF "page 2"), and that line's text. */
  at?: string;
  evidence?: string;
}

export interface Draft {
  fields: DraftField[];
  /** Facts the document does not state, for the person to supply (or leave out). */
  missing: string[];
  /** Things the reader should look at twice. */
  doubts: string[];
}

const squeeze = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');
const DIGIT: Record<string, string> = { 〇: '0', 零: '0', Ｏ: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const pad = (n: number) => String(n).padStart(2, '0');

/** 2021年9月14日 or 二〇二一年九月十四日 → 2021-09-14. */
export function parseChineseDate(s: string): string | undefined {
  const m = /([0-9〇零Ｏ一二三四五六七八九]{4})\s*年\s*([0-9一二三四五六七八九十]{1,3})\s*月\s*([0-9一二三四五六七八九十]{1,3})\s*日/.exec(s);
  if (!m) return undefined;
  const year = [...m[1]].map((c) => DIGIT[c] ?? c).join('');
  const num = (t: string) => (/^\d+$/.test(t) ? Number(t) : parseChineseNumeral(t));
  const [month, day] = [num(m[2]), num(m[3])];
  if (!month || !day || month > 12 || day > 31) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Five-year periods run 1953–57, 1958–62, then from 1966 on: the 3rd 1966–70 … the 14th 2021–25. */
const periodOfYear = (year: number) => (year >= 1966 && (year - 1966) % 5 === 0 ? (year - 1966) / 5 + 3 : undefined);
const yearsOfPeriod = (period: number): [number, number] => {
  const first = period <= 2 ? 1953 + 5 * (period - 1) : 1966 + 5 * (period - 3);
  return [first, first + 4];
};

const KIND_BY_LENGTH = [...planKinds].sort((a, b) => b.length - a.length);
/** A title ends in its kind, perhaps followed by the span of years: …实施方案（2021—2025年）. */
const YEARS_AFTER = '(?:[（(]?\\d{4}\\s*[-—–－~至到]\\s*\\d{4}\\s*年[)）]?)?';
const TITLE_WORDS = new RegExp(`(建议|建議|纲要|綱要|规划|規劃|方案|计划|計劃|意见|意見)${YEARS_AFTER}$`);
/** The catalog writes kinds in simplified script. */
const HANS: Record<string, string> = {
  建議: '建议',
  綱要: '纲要',
  規劃: '规划',
  計劃: '计划',
  意見: '意见',
  實施: '实施',
  專項: '专项',
  區域: '区域',
  總體: '总体',
  總: '总',
  動: '动',
};
const toHans = (s: string) => s.replace(/建議|綱要|規劃|計劃|意見|實施|專項|區域|總體|動/g, (w) => HANS[w] ?? w);
const ISSUER =
  /^(中共[^:：•·]{2,12}?(?:委员会|委)|[^:：•·]{2,12}?(?:人民政府|人民代表大会常务委员会|人民代表大会|政府办公室|办公室|发展和改革委员会|发展改革委))$/;
/** （…会议通过） on its own line, or a proposal's opening: 中国共产党…全体会议，深入学习… */
const ADOPTED = /^[（(](.{0,30}?(?:会议|會議|全会|全會|大会|大會))(?:于.{0,20}?)?(?:审议|審議)?(?:通过|通過)[)）]$/;
const ADOPTED_OPENING = /^((?:中国共产党|中國共產黨).{2,30}?(?:会议|會議|全会|全會))[,，]/;
/** A document number standing on its own line, or after 文号: (one cited inside a sentence is another document's). */
const DOC_NUMBER = /^(?:文号[:：])?([\p{Script=Han}]{1,8}[〔[［(（]\d{4}[〕\]］)）]\d{1,4}号)$/u;
const DOC_LABEL = /(?:文号|文號|发文字号|發文字號)[:：]\s*([\p{Script=Han}]{1,8}[〔[［(（]\d{4}[〕\]］)）]\d{1,4}号)/u;
const INDEX_NUMBER = /索引号[:：]\s*([A-Za-z0-9/\-_.]+)/;
const PLACE = /^(?:中共)?(.{2,8}?(?:省|自治区|市|自治州|州|地区|盟|县|自治县|旗|区))/;

/**
 * The front matter: plan lines (web debris, the printed contents and the page's own heading
 * set aside as the ingestion does) before the first chapter-level heading, at most 60.
 */
function frontLines(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const l of classifyLines(lines).filter((c) => c.role === 'plan')) {
    const t = squeeze(l.text);
    if (t === '') continue;
    if (isStructuralHeading(t) || /^第[一二三四五六七八九十百]+[篇章]/.test(t) || out.length >= 60) break;
    out.push(l);
  }
  return out;
}

export function draftEntry(lines: SourceLine[], fileName: string, script: 'hans' | 'hant', savedFrom?: { url: string; line: number }): Draft {
  const fields: DraftField[] = [];
  const missing: string[] = [];
  const doubts: string[] = [];
  const front = frontLines(lines);
  const where = (l: SourceLine) => (l.origin?.page !== undefined ? `page ${l.origin.page}` : `line ${l.origin?.line ?? l.no}`);
  const add = (key: string, value: unknown, l?: SourceLine) => fields.push({ key, value, ...(l ? { at: where(l), evidence: l.text.trim() } : {}) });

  const slug = /^([a-z]+(?:-[a-z0-9]+)+)\.[a-z]+$/.exec(fileName)?.[1];
  if (slug) {
    add('slug', slug);
    doubts.push(`the slug "${slug}" is the file's name: check it reads <city>-<period>-<kind>`);
  } else missing.push('slug: <city>-<period>-<kind> in lower-case ASCII (the file name does not give it)');
  add('file', fileName);

  // The title: the first line ending in a kind word, joined with the line before it when that
  // one is its first half (a title split over two lines).
  const titleAt = front.findIndex((l) => TITLE_WORDS.test(squeeze(l.text)) && !/[。，；]/.test(l.text) && squeeze(l.text).length >= 8);
  let title: string | undefined;
  if (titleAt >= 0) {
    const l = front[titleAt];
    title = squeeze(l.text);
    const before = titleAt > 0 ? squeeze(front[titleAt - 1].text) : '';
    if (before && /(关于|国民经济和社会发展|规划和)$/.test(before)) {
      title = before + title;
      doubts.push(`the title is joined from two lines (${where(front[titleAt - 1])} and ${where(l)})`);
    }
    add('title', title, l);
  } else missing.push('title: no line of the front matter reads as the title');

  const kind = title && KIND_BY_LENGTH.find((k) => new RegExp(`${k}${YEARS_AFTER}$`).test(toHans(title)));
  if (kind) add('kind', kind, front[titleAt]);
  else missing.push(`kind: one of ${planKinds.join(' ')}`);

  // Period and years: as the title states them.
  const period = title && /第([一二三四五六七八九十]+)个五年|[“"]?([一二三四五六七八九十]+)五[”"]?规划/.exec(title);
  const span = title && /(\d{4})\s*[-—–－~至到]\s*(\d{4})\s*年/.exec(title);
  const periodNo = period ? parseChineseNumeral(period[1] ?? period[2]) : undefined;
  const years: [number, number] | undefined = span ? [Number(span[1]), Number(span[2])] : periodNo ? yearsOfPeriod(periodNo) : undefined;
  const derivedPeriod = periodNo ?? (years ? periodOfYear(years[0]) : undefined);
  if (derivedPeriod) add('period', derivedPeriod, front[titleAt]);
  else missing.push('period: the five-year period (14 for 2021–2025) — the title states none');
  if (years) add('years', years, front[titleAt]);
  else missing.push('years: [first, last] — the title states no span');

  // Issuers: signature lines (letter-spaced ones squeezed), else the issuer the title names.
  const issuerLines = front.filter((l) => ISSUER.test(squeeze(l.text)));
  const issuers = [...new Set(issuerLines.map((l) => squeeze(l.text)))];
  const byTitle = title && /^(中共.{2,12}?委)关于/.exec(title)?.[1];
  if (issuers.length > 0) add('issuers', issuers, issuerLines[0]);
  else if (byTitle) add('issuers', [byTitle], front[titleAt]);
  else missing.push('issuers: no signature line names the issuing body');

  const place = PLACE.exec(issuers[0] ?? title ?? '')?.[1]?.replace(/^中共/, '');
  if (place) add('city', { zh: place, en: 'TODO' }, issuerLines[0] ?? front[titleAt]);
  else missing.push('city: { zh, en }');
  missing.push('city.en: the place name in English (pinyin)', 'level: the administrative level (地级市, 县级市, 县, 区, …)', 'parent and province: { zh, en }');
  missing.push('publisher: { name } — the site or paper the file was saved from');

  const adopted = front.find((l) => ADOPTED.test(squeeze(l.text)));
  const opening = lines.find((l) => ADOPTED_OPENING.test(squeeze(l.text)));
  if (adopted) add('adoptedBy', ADOPTED.exec(squeeze(adopted.text))?.[1], adopted);
  else if (opening) add('adoptedBy', ADOPTED_OPENING.exec(squeeze(opening.text))?.[1], opening);
  const docNo = front.find((l) => DOC_NUMBER.test(squeeze(l.text)));
  if (docNo) add('docNumber', DOC_NUMBER.exec(squeeze(docNo.text))?.[1], docNo);
  const labelled = !docNo && lines.slice(0, 80).find((l) => DOC_LABEL.test(l.text));
  if (labelled) add('docNumber', DOC_LABEL.exec(labelled.text)?.[1], labelled);
  // Labelled facts count wherever they stand, page metadata included.
  const index = lines.slice(0, 80).find((l) => INDEX_NUMBER.test(l.text));
  if (index) add('indexNumber', INDEX_NUMBER.exec(index.text)?.[1], index);

  // Dates: the adoption date in the adoption line; a date standing alone after the signature
  // is the date the document was written (成文日期).
  const dates: Record<string, string> = {};
  const dateLines: SourceLine[] = [];
  const adoptedDate = adopted && parseChineseDate(adopted.text);
  if (adopted && adoptedDate) {
    dates.adopted = adoptedDate;
    dateLines.push(adopted);
  }
  const alone = front.find((l) => /^[0-9〇零一二三四五六七八九十]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$/.test(squeeze(l.text)));
  const written = alone && parseChineseDate(squeeze(alone.text));
  if (alone && written) {
    dates.written = written;
    dateLines.push(alone);
  }
  add('dates', dates, dateLines[0]);
  if (Object.keys(dates).length === 0) doubts.push('no date found in the front matter: dates is left empty');
  if (dateLines.length > 1) doubts.push(`dates read from ${dateLines.map(where).join(' and ')}`);
  add('script', script);
  if (savedFrom) fields.push({ key: 'source', value: { url: savedFrom.url }, at: `line ${savedFrom.line}`, evidence: savedFrom.url });
  else missing.push('source: { url, retrieved } — where the file was retrieved from, if known');
  return { fields, missing, doubts };
}

/** The draft as YAML for seeds/catalog.yaml, each value with its evidence as a comment. */
export function draftYaml(draft: Draft, source: string): string {
  const value = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(value).join(', ')}]`;
    if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${k}: ${value(x)}`).join(', ')} }`;
    }
    return typeof v === 'string' && /[:#{}[\],&*!|>'"%@`]|^\s|\s$/.test(v) ? JSON.stringify(v) : String(v);
  };
  const out = [
    `# Draft catalog entry for ${source}, written by npm run add-plan.`,
    '# Each value was read from the document; its comment gives the line it came from.',
    '# Check every one, supply what is missing (or leave it out if no source states it),',
    '# then add the entry to seeds/catalog.yaml under plans: and run npm run ingest.',
  ];
  draft.fields.forEach((f, i) => {
    const comment = f.at === undefined ? '' : ` # ${f.at}: ${cutCodePoints(f.evidence ?? '', 40)}`;
    out.push(`${i === 0 ? '- ' : '  '}${f.key}: ${value(f.value)}${comment}`);
  });
  for (const m of draft.missing) out.push(`  # TODO ${m}`);
  return `${out.join('\n')}\n`;
}
