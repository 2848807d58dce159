/**
 * The line clean-up of ingest/text.ts: spacing and punctuation width only, and punctuation
 * only in Chinese context. Text between Latin letters or digits stays exactly as printed.
 */
import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../ingest/text.ts';

const CASES: [string, string][] = [
  // As printed: no CJK character beside the mark.
  ['GDP,R&D投入', 'GDP,R&D投入'],
  ['总量达1,000亿元', '总量达1,000亿元'],
  ['13:18发布', '13:18发布'],
  ['a;b两类', 'a;b两类'],
  ['保持100%,PM2.5浓度下降', '保持100%,PM2.5浓度下降'],
  ['R&D (GDP) ratio', 'R&D (GDP) ratio'],
  ['https://www.example.gov.cn', 'https://www.example.gov.cn'],
  // Chinese context: the full-width form the document printed.
  ['经济增长,全市', '经济增长，全市'],
  ['达到100,全市', '达到100，全市'],
  ['增长5%;下降', '增长5%；下降'],
  ['(2020年)', '（2020年）'],
  ['如下: 一是', '如下：一是'],
  // Spacing: letter-spaced signatures close up, runs of spaces become one.
  ['中 共 临 海 市 委', '中共临海市委'],
  ['5G  基站', '5G 基站'],
];

describe('cleanLine', () => {
  it.each(CASES)('%s → %s', (line, want) => {
    expect(cleanLine(line)).toBe(want);
  });
});
