/** Search interface text in both scripts, written by hand (browser-safe, shared with the pages). */
import { formatPeriod } from '../numerals.ts';
import type { Script } from '../plan-types.ts';

type Text = string | ((...a: (string | number)[]) => string);
const s = {
  label: { hans: '搜索规划全文', hant: '搜尋規劃全文' },
  placeholder: { hans: '搜索，如：数字经济', hant: '搜尋，如：數字經濟' },
  title: { hans: '搜索', hant: '搜尋' },
  query: { hans: '检索词', hant: '檢索詞' },
  submit: { hans: '搜索', hant: '搜尋' },
  filters: { hans: '筛选', hant: '篩選' },
  city: { hans: '城市', hant: '城市' },
  allCities: { hans: '全部城市', hant: '全部城市' },
  type: { hans: '类型', hant: '類型' },
  allTypes: { hans: '全部类型', hant: '全部類型' },
  period: { hans: '规划期', hant: '規劃期' },
  allPeriods: { hans: '全部规划期', hant: '全部規劃期' },
  sort: { hans: '排序', hant: '排序' },
  byRelevance: { hans: '相关度', hant: '相關度' },
  byDocument: { hans: '原文顺序', hant: '原文順序' },
  results: { hans: '搜索结果', hant: '搜尋結果' },
  loading: { hans: '正在载入检索索引…', hant: '正在載入檢索索引…' },
  loadingProgress: {
    hans: (d, t, kb) => `正在载入检索索引：${d}/${t} 份规划（${kb} KB）…`,
    hant: (d, t, kb) => `正在載入檢索索引：${d}/${t} 份規劃（${kb} KB）…`,
  },
  failed: { hans: '检索索引载入失败，请检查网络后重试。', hant: '檢索索引載入失敗，請檢查網路後重試。' },
  retry: { hans: '重试', hant: '重試' },
  empty: { hans: '输入词语，在全部规划原文中查找，简体、繁体均可。', hant: '輸入詞語，在全部規劃原文中查找，簡體、繁體均可。' },
  tips: {
    hans: '多个词用空格隔开，表示须同时出现在同一段中；不需要加引号；单个字也可以搜索。',
    hant: '多個詞用空格隔開，表示須同時出現在同一段中；不需要加引號；單個字也可以搜尋。',
  },
  examples: { hans: '试试：', hant: '試試：' },
  nothingSearchable: { hans: '检索词里没有可检索的文字（标点和空格会被忽略）。', hant: '檢索詞裡沒有可檢索的文字（標點和空格會被忽略）。' },
  noResults: { hans: (q) => `没有找到“${q}”。`, hant: (q) => `沒有找到“${q}”。` },
  noResultsHint: {
    hans: '请检查用字，或减少检索词（多个词须出现在同一段中）。',
    hant: '請檢查用字，或減少檢索詞（多個詞須出現在同一段中）。',
  },
  elsewhere: {
    hans: (p, h) => `筛选条件之外还有 ${p} 份规划共 ${h} 处。`,
    hant: (p, h) => `篩選條件之外還有 ${p} 份規劃共 ${h} 處。`,
  },
  clearFilters: { hans: '清除筛选', hant: '清除篩選' },
  summary: {
    hans: (q, p, h, n) => `“${q}”：${p} 份规划，共 ${h} 处，见于 ${n} 段。`,
    hant: (q, p, h, n) => `“${q}”：${p} 份規劃，共 ${h} 處，見於 ${n} 段。`,
  },
  hits: { hans: (h) => `${h} 处`, hant: (h) => `${h} 處` },
  passages: { hans: (n) => `${n} 段`, hant: (n) => `${n} 段` },
  showMore: { hans: (n) => `显示其余 ${n} 段`, hant: (n) => `顯示其餘 ${n} 段` },
  showAll: { hans: (h) => `查看全部结果（${h} 处）`, hant: (h) => `查看全部結果（${h} 處）` },
  compare: { hans: '在比较页查看各规划的用词 →', hant: '在比較頁查看各規劃的用詞 →' },
  needsJs: {
    hans: '搜索需要启用 JavaScript。也可以从“全部规划”进入原文阅读。',
    hant: '搜尋需要啟用 JavaScript。也可以從“全部規劃”進入原文閱讀。',
  },
  shortcut: { hans: '按 / 或 Ctrl+K 搜索', hant: '按 / 或 Ctrl+K 搜尋' },
  arrival: { hans: (q) => `已标出“${q}”`, hant: (q) => `已標出“${q}”` },
  backToResults: { hans: '返回搜索结果', hant: '返回搜尋結果' },
  clearMarks: { hans: '取消标记', hant: '取消標記' },
} satisfies Record<string, Record<Script, Text>>;

export type SearchKey = keyof typeof s;

export function t(script: Script, key: SearchKey, ...args: (string | number)[]): string {
  const v: Text = s[key][script];
  return typeof v === 'function' ? v(...args) : v;
}

/** Example queries for the empty state, in both scripts. */
export const EXAMPLES: Record<Script, string[]> = {
  hans: ['数字经济', '共同富裕', '低空经济', '实体经济', '乡村振兴 数字'],
  hant: ['數字經濟', '共同富裕', '低空經濟', '實體經濟', '鄉村振興 數字'],
};

/** The period as written in Chinese: 14 → “十四五”. */
export const periodName = formatPeriod;
