/**
 * The words a target table's column header uses to say what its figures are: one vocabulary for
 * the ingestion's column meanings (ingest/targets/table.ts) and the build's indicator-table roles
 * (src/build/indicator-figures.ts), so the two never read a header differently.
 */
export const RATE = /年均|增幅|增速|增长率|累计|平均/;
export const TARGET = /目标|规划|预期值|计划/;
export const ACTUAL = /完成|实际|实现|执行/;
export const BASE = /基期|基数|基年|现状/;
