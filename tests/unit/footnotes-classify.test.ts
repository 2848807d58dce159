/** Footnote references and debris rules, on the real seeds and on handmade lines. */
import { describe, expect, it } from 'vitest';
import { classifyLines, matchDebrisRule } from '../../ingest/classify.ts';
import { ingestAll } from '../../ingest/run.ts';
import type { Block, Inline } from '../../src/lib/plan-types.ts';

const plans = new Map(ingestAll('seeds').map((p) => [p.entry.slug, p]));

function refs(blocks: Block[]): { n: number; before: string }[] {
  const out: { n: number; before: string }[] = [];
  const walk = (bs: Block[]) => {
    for (const b of bs) {
      if (b.kind === 'paragraph') {
        const all: Inline[] = [...(b.lead ?? []), ...b.content];
        all.forEach((i, k) => {
          if (i.type === 'fnref') {
            const prev = all[k - 1];
            out.push({ n: i.n, before: prev?.type === 'text' ? prev.value.slice(-4) : '' });
          }
        });
      }
      if ('children' in b) walk(b.children as Block[]);
    }
  };
  walk(blocks);
  return out;
}

describe('footnote references', () => {
  it('finds the 11 glossary references of the common-prosperity plan, in order, and no quantity', () => {
    const found = refs(plans.get('linhai-common-prosperity')!.doc.body);
    expect(found.map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(found[0].before).toBe('“五企”');
    expect(found[8].before).toBe('一带串联');
    expect(found[10].before).toBe('大三城”');
  });

  it('are not looked for in plans without a glossary', () => {
    for (const slug of ['taizhou-14-proposal', 'linhai-14-outline', 'jiaxing-15-proposal', 'quzhou-14-outline']) {
      expect(refs(plans.get(slug)!.doc.body), slug).toEqual([]);
    }
  });
});

describe('debris rules', () => {
  it.each([
    ['进入老年模式 退出老年模式'],
    ['打印 关闭'],
    ['• 浏览次数:'],
    ['2022-01-17 13:18:00来源:临海市人民政府阅读量:1847'],
    ['农场管家APP'],
    ['400-6666-737'],
    ['看臺州新聞,關注浙江在線臺州頻道微信'],
    ['请自觉遵守互联网相关的政策法规,严禁发布色情、暴力、反动的言论。'],
  ])('recognise %s', (line) => {
    expect(matchDebrisRule(line)).toBeDefined();
  });

  it.each([['一、总体要求'], ['加强知识产权保护，打击侵犯版权行为。'], ['临海市人民政府'], ['2021年11月20日']])('leave plan text alone: %s', (line) => {
    expect(matchDebrisRule(line)).toBeUndefined();
  });

  it('never drop a line inside the document by rule, only by a catalog override', () => {
    const lines = ['序言。', '一、总则', '1.版权保护。加强版权保护，打击转载侵权。', '2.第二条。内容。', '打印 关闭'].map((text, i) => ({ no: i + 1, text }));
    expect(classifyLines(lines).map((l) => l.role)).toEqual(['plan', 'plan', 'plan', 'plan', 'debris']);
    const forced = classifyLines(lines, { debris: [{ text: '2.第二条。内容。', reason: 'test' }], keep: ['打印 关闭'] });
    expect(forced.map((l) => l.role)).toEqual(['plan', 'plan', 'plan', 'debris', 'plan']);
    expect(forced[3].rule).toBe('catalog override: test');
  });

  it('report every set-aside line of the real seeds with its rule', () => {
    const roles = (slug: string) => plans.get(slug)!.setAside.map((s) => `${s.line}:${s.role}`);
    expect(roles('jiaxing-15-proposal')).toEqual(['1:debris', '2:debris']);
    expect(roles('taizhou-14-proposal')).toEqual(['90:debris', '91:debris']);
    expect(roles('quzhou-14-outline')).toEqual([
      '1:debris',
      '5:debris',
      '467:debris',
      '469:debris',
      '471:debris',
      '472:debris',
      '473:debris',
      '474:debris',
      '475:debris',
    ]);
    expect(roles('linhai-common-prosperity')).toHaveLength(20);
    expect(plans.get('linhai-14-outline')!.setAside.filter((s) => s.role === 'remark')).toEqual([
      { line: 1537, text: '(本文部分内容删减)', role: 'remark', rule: 'editorial remark (shown with the plan metadata)' },
    ]);
    expect(plans.get('linhai-14-outline')!.setAside.every((s) => s.rule !== '')).toBe(true);
  });
});
