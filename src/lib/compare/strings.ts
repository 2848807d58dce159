/** The compare page's interface text in both scripts, written by hand (browser-safe, shared with the page). */
import type { Script } from '../plan-types.ts';

type Text = string | ((...a: (string | number)[]) => string);

/** A term quoted as each script quotes: “数字经济”, 「數字經濟」. */
export const quote = (script: Script, term: string | number): string => (script === 'hans' ? `“${term}”` : `「${term}」`);
const qs = (script: Script, terms: string | number) =>
  String(terms)
    .split('\n')
    .map((x) => quote(script, x))
    .join('、');

const s = {
  title: { hans: '用词比较', hant: '用詞比較' },
  intro: {
    hans: '一个词在各份规划里出现多少次、在哪一章、怎么说的。输入一个或几个词，简体、繁体均可。',
    hant: '一個詞在各份規劃裡出現多少次、在哪一章、怎麼說的。輸入一個或幾個詞，簡體、繁體皆可。',
  },
  label: { hans: '要比较的词语（用逗号或空格隔开，最多 8 个）', hant: '要比較的詞語（以逗號或空格隔開，最多 8 個）' },
  placeholder: { hans: '如：数字经济、共同富裕', hant: '如：數字經濟、共同富裕' },
  submit: { hans: '比较', hant: '比較' },
  suggestions: { hans: '试试这些比较：', hant: '試試這些比較：' },
  method: {
    hans: '次数是词语在规划正文中出现的次数，相互重叠的只算一次（“哈哈哈”里的“哈哈”算 1 次）；每万字 = 次数 ÷ 正文字数 × 10,000。正文指规划本身的文字：前言、各级标题、段落、专栏、表格和图题，不含页首标题栏里的题名和文件信息。字数与检索的计法相同：不计标点、空格和符号，简体繁体按同一个字计，所以两种字形的页面数字相同。',
    hant: '次數是詞語在規劃正文中出現的次數，相互重疊的只算一次（「哈哈哈」裡的「哈哈」算 1 次）；每萬字 = 次數 ÷ 正文字數 × 10,000。正文指規劃本身的文字：前言、各級標題、段落、專欄、表格和圖題，不含頁首標題欄裡的題名和文件資訊。字數與檢索的計法相同：不計標點、空格和符號，簡體繁體按同一個字計，所以兩種字形的頁面數字相同。',
  },
  loading: { hans: '正在载入规划文本…', hant: '正在載入規劃文本…' },
  loadingProgress: {
    hans: (d, t, kb) => `正在载入规划文本：${d}/${t} 份（${kb} KB）…`,
    hant: (d, t, kb) => `正在載入規劃文本：${d}/${t} 份（${kb} KB）…`,
  },
  failed: { hans: '规划文本载入失败，请检查网络后重试。', hant: '規劃文本載入失敗，請檢查網路後重試。' },
  retry: { hans: '重试', hant: '重試' },
  empty: { hans: '输入词语开始比较，或者从下面的例子开始。', hant: '輸入詞語開始比較，或從下面的例子開始。' },
  nothingSearchable: { hans: '输入的内容里没有可比较的文字（标点和空格不计）。', hant: '輸入的內容裡沒有可比較的文字（標點和空格不計）。' },
  noResults: {
    hans: (terms, n) => `${qs('hans', terms)}在全部 ${n} 份规划中都没有出现。请检查用字，或换一个短一些的说法。`,
    hant: (terms, n) => `${qs('hant', terms)}在全部 ${n} 份規劃中都沒有出現。請檢查用字，或換一個短一些的說法。`,
  },
  missing: {
    hans: (terms) => `${qs('hans', terms)}在各份规划中都没有出现。`,
    hant: (terms) => `${qs('hant', terms)}在各份規劃中都沒有出現。`,
  },
  summaryTerm: {
    hans: (term, p, n, h) => `${quote('hans', term)}见于 ${n} 份规划中的 ${p} 份，共 ${h} 次`,
    hant: (term, p, n, h) => `${quote('hant', term)}見於 ${n} 份規劃中的 ${p} 份，共 ${h} 次`,
  },
  overview: { hans: '各规划的次数与频率', hant: '各規劃的次數與頻率' },
  show: { hans: '图中显示', hant: '圖中顯示' },
  showRate: { hans: '每万字次数', hant: '每萬字次數' },
  showCount: { hans: '次数', hant: '次數' },
  chartRate: { hans: '每万字出现次数', hant: '每萬字出現次數' },
  chartCount: { hans: '出现次数', hant: '出現次數' },
  chartLabel: {
    hans: (terms, what) => `柱状图：各份规划中${qs('hans', terms)}的${what}。数据见下表。`,
    hant: (terms, what) => `長條圖：各份規劃中${qs('hant', terms)}的${what}。數據見下表。`,
  },
  chartLoading: { hans: '正在绘制图表…', hant: '正在繪製圖表…' },
  chartFailed: { hans: '图表未能载入；数字见下表。', hant: '圖表未能載入；數字見下表。' },
  tableCaption: { hans: '各规划的出现次数与每万字频率', hant: '各規劃的出現次數與每萬字頻率' },
  tableScroll: { hans: '数据表（可横向滚动）', hant: '數據表（可橫向捲動）' },
  formula: { hans: '每万字 = 次数 ÷ 正文字数 × 10,000', hant: '每萬字 = 次數 ÷ 正文字數 × 10,000' },
  plan: { hans: '规划', hant: '規劃' },
  chars: { hans: '正文字数', hant: '正文字數' },
  count: { hans: '次数', hant: '次數' },
  rate: { hans: '每万字', hant: '每萬字' },
  total: { hans: '合计', hant: '合計' },
  byChapter: { hans: '在各章的分布', hant: '在各章的分佈' },
  byChapterIntro: {
    hans: '每一格是规划的一章（“前”为前言，“附”为附件），柱高为该章的出现次数，各规划同一比例；点一格转到该章的第一处。',
    hant: '每一格是規劃的一章（「前」為前言，「附」為附件），柱高為該章的出現次數，各規劃同一比例；點一格轉到該章的第一處。',
  },
  preamble: { hans: '前言', hant: '前言' },
  preambleShort: { hans: '前', hant: '前' },
  annexShort: { hans: '附', hant: '附' },
  chapterCell: {
    hans: (title, n) => `${title}：${n} 次`,
    hant: (title, n) => `${title}：${n} 次`,
  },
  chapterFirst: { hans: '，转到第一处', hant: '，轉到第一處' },
  kwic: { hans: '上下文', hant: '上下文' },
  kwicIntro: {
    hans: '每处一行，按原文顺序排列；点一行转到原文那一段，词语会被标出。',
    hant: '每處一行，按原文順序排列；點一行轉到原文那一段，詞語會被標出。',
  },
  expandAll: { hans: '全部展开', hant: '全部展開' },
  collapseAll: { hans: '全部收起', hant: '全部收起' },
  times: { hans: (n) => `${n} 次`, hant: (n) => `${n} 次` },
  absent: { hans: '未出现的规划：', hant: '未出現的規劃：' },
  chapterN: { hans: (n) => `第 ${n} 章`, hant: (n) => `第 ${n} 章` },
} satisfies Record<string, Record<Script, Text>>;

export type CompareKey = keyof typeof s;

export function t(script: Script, key: CompareKey, ...args: (string | number)[]): string {
  const v: Text = s[key][script];
  return typeof v === 'function' ? v(...args) : v;
}

/** Several terms as one argument of t() (they are joined by newlines, which no term contains). */
export const termList = (terms: readonly string[]): string => terms.join('\n');

/** Suggested comparisons, in each script (the terms are found whichever script they are typed in). */
export const SUGGESTIONS: Record<Script, string[][]> = {
  hans: [['数字经济'], ['共同富裕'], ['人工智能'], ['碳达峰', '碳中和'], ['数字经济', '共同富裕', '人工智能'], ['乡村振兴', '高质量发展']],
  hant: [['數字經濟'], ['共同富裕'], ['人工智能'], ['碳達峰', '碳中和'], ['數字經濟', '共同富裕', '人工智能'], ['鄉村振興', '高質量發展']],
};
