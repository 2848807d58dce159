/**
 * Interface text of the related-passages views, in both scripts, written by hand. One small
 * table until the shared i18n module (src/lib/i18n/) lands; then these move there.
 */
import type { Script } from '../../lib/plan-types.ts';

const s = {
  related: { hans: '相关段落', hant: '相關段落' },
  relatedShort: { hans: '相关', hant: '相關' },
  relatedNote: {
    hans: '其他规划中用语最相近的节、条或专栏，每份规划至多三处，按相近程度排列（0—1）。“共有文字”指两段有逐字相同的文句。',
    hant: '其他規劃中用語最相近的節、條或專欄，每份規劃至多三處，按相近程度排列（0—1）。「共有文字」指兩段有逐字相同的文句。',
  },
  score: { hans: '相近度', hant: '相近度' },
  sharedChars: { hans: '共有文字 {n} 字', hant: '共有文字 {n} 字' },
  compare: { hans: '对照', hant: '對照' },
  none: { hans: '未找到其他规划中的相关段落。', hant: '未找到其他規劃中的相關段落。' },
  pairTitle: { hans: '共有文字对照', hant: '共有文字對照' },
  pairIntro: {
    hans: '两段逐字相同的文句以底色标出（共 {n} 字）。标记由字符级比对得出：每个标出的字在另一段的对应位置上都完全相同。',
    hant: '兩段逐字相同的文句以底色標出（共 {n} 字）。標記由字元級比對得出：每個標出的字在另一段的對應位置上都完全相同。',
  },
  inPlan: { hans: '在全文中查看', hant: '在全文中查看' },
  plansTitle: { hans: '规划之间', hant: '規劃之間' },
  plansIntro: {
    hans: '上级与下级、同一城市的两份规划逐段对照：按后一份规划的顺序，列出每一段在前一份中最相近的段落，并标明沿用、改写或新增。',
    hant: '上級與下級、同一城市的兩份規劃逐段對照：按後一份規劃的順序，列出每一段在前一份中最相近的段落，並標明沿用、改寫或新增。',
  },
  carryNote: {
    hans: '沿用：与对应段落逐字相同的文字占较短一段的两成以上；改写：主题相近（相近度 0.1 以上）而文字不同；新增：前一份规划中没有相近的段落。这是阅读的辅助，不是判定。',
    hant: '沿用：與對應段落逐字相同的文字佔較短一段的兩成以上；改寫：主題相近（相近度 0.1 以上）而文字不同；新增：前一份規劃中沒有相近的段落。這是閱讀的輔助，不是判定。',
  },
  taken: { hans: '沿用', hant: '沿用' },
  adapted: { hans: '改写', hant: '改寫' },
  added: { hans: '新增', hant: '新增' },
  closest: { hans: '最相近', hant: '最相近' },
  indexTitle: { hans: '相关段落', hant: '相關段落' },
  indexIntro: {
    hans: '每一节、条、专栏都列出其他规划中主题最相近的段落，并标出逐字相同的文句。方法与准确率见项目文档 docs/RELATED.md；全部关系以开放数据发布。',
    hant: '每一節、條、專欄都列出其他規劃中主題最相近的段落，並標出逐字相同的文句。方法與準確率見項目文件 docs/RELATED.md；全部關係以開放資料發布。',
  },
  data: { hans: '开放数据', hant: '開放資料' },
  loading: { hans: '正在载入相关段落…', hant: '正在載入相關段落…' },
  loadFailed: { hans: '无法载入相关段落。', hant: '無法載入相關段落。' },
} as const;

export type RelatedKey = keyof typeof s;

export function t(script: Script, key: RelatedKey, n?: number): string {
  const text: string = s[key][script];
  return n === undefined ? text : text.replace('{n}', String(n));
}
