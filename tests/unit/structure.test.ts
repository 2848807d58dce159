/**
 * The structure each real plan numbers, counted, and the contract ids a reader builds by
 * hand (第三章（二） → c3-s2, 第7条 → a7, 专栏九第3项 → box9-i3, 表二 → table2, 图5-1 → fig5-1).
 */
import { describe, expect, it } from 'vitest';
import type { Block, PlanDocument } from '../../src/lib/plan-types.ts';
import { ingestAll } from '../../ingest/run.ts';

const plans = new Map(ingestAll('seeds').map((p) => [p.entry.slug, p]));
const plan = (slug: string) => {
  const p = plans.get(slug);
  if (!p) throw new Error(slug);
  return p;
};

function allIds(doc: PlanDocument): string[] {
  const ids: string[] = doc.preamble.children.map((p) => p.id);
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      ids.push(b.id);
      if (b.kind === 'table' && b.note) {
        ids.push(b.note.id);
        walk(b.note.children);
      }
      if ('children' in b) walk(b.children as Block[]);
    }
  };
  walk(doc.body);
  return ids;
}

function find(doc: PlanDocument, id: string): Block | undefined {
  let found: Block | undefined;
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.id === id) found = b;
      if (b.kind === 'table' && b.note) walk([b.note]);
      if ('children' in b) walk(b.children as Block[]);
    }
  };
  walk([...doc.preamble.children, ...doc.body]);
  return found;
}

const text = (b: Block | undefined): string => {
  if (!b) return '';
  if (b.kind === 'paragraph') return [...(b.lead ?? []), ...b.content].map((i) => (i.type === 'text' ? i.value : '')).join('');
  if (b.kind === 'figure') return b.caption.map((i) => (i.type === 'text' ? i.value : '')).join('');
  if ('title' in b) return b.title.map((i) => (i.type === 'text' ? i.value : '')).join('');
  if ('children' in b) return text((b.children as Block[])[0]);
  return '';
};

describe('structure counts of the real plans', () => {
  it.each([
    ['taizhou-14-proposal', { chapters: 14, sections: 0, articles: 55, boxes: 0, tables: 0, figures: 0, paragraphs: 75 }],
    ['linhai-14-outline', { chapters: 14, sections: 53, articles: 0, boxes: 10, tables: 2, figures: 1, items: 13, paragraphs: 204 }],
    ['jiaxing-15-proposal', { chapters: 10, sections: 0, articles: 45, boxes: 0, tables: 0, figures: 0, paragraphs: 64 }],
    ['quzhou-14-outline', { chapters: 14, sections: 53, articles: 0, boxes: 0, tables: 0, figures: 0, notes: 2, items: 7, paragraphs: 164 }],
    ['linhai-common-prosperity', { chapters: 3, sections: 15, articles: 33, boxes: 0, tables: 0, figures: 0, footnoteRefs: 11, paragraphs: 52 }],
  ])('%s', (slug, expected) => {
    expect(plan(slug).counts).toMatchObject(expected);
  });
});

describe('contract ids', () => {
  it('are unique within every plan', () => {
    for (const p of plans.values()) {
      const ids = allIds(p.doc);
      expect(new Set(ids).size, p.entry.slug).toBe(ids.length);
      expect(
        ids.every((id) => /^[a-z][a-z0-9-]*$/.test(id)),
        p.entry.slug,
      ).toBe(true);
    }
  });

  it('follow the document numbering (Linhai outline)', () => {
    const doc = plan('linhai-14-outline').doc;
    expect(text(find(doc, 'c3'))).toBe('着力扩大内需，加快融入国内国际双循环');
    expect(text(find(doc, 'c3-s2'))).toBe('积极扩大内需激发消费潜力。');
    expect(text(find(doc, 'c3-s2-p1'))).toMatch(/^大力培育消费新业态。/);
    expect(text(find(doc, 'box9'))).toBe('重大改革：基层司法行政体系建设改革');
    expect(text(find(doc, 'box9-i3'))).toMatch(/^强化司法所的职能定位/);
    expect(text(find(doc, 'box8-i6'))).toMatch(/^水行业现代管理工程。/);
    expect(text(find(doc, 'table2'))).toBe('临海市“十四五”规划经济社会发展指标体系');
    expect(find(doc, 'table1-note')?.kind).toBe('note');
    expect(text(find(doc, 'fig5-1'))).toBe('临海“十四五”空间发展格局');
    expect(text(find(doc, 'preamble-p2'))).toBe('各镇人民政府、街道办事处，市政府直属各单位：');
    expect(text(find(doc, 'c14-s4'))).toBe('强化规划组织实施。');
    // A box ends where the section's own lead-sentence paragraphs resume.
    expect(find(doc, 'box6')).toMatchObject({ children: [{ id: 'box6-p1' }] });
    expect(text(find(doc, 'c4-s3-p6'))).toMatch(/^健康房地产业发展。/);
  });

  it('number articles through the Party proposals (a<k>) and their paragraphs (a<k>-p<i>)', () => {
    const tz = plan('taizhou-14-proposal').doc;
    expect(text(find(tz, 'a7'))).toMatch(/^增強創新策源能力。/);
    expect(text(find(tz, 'c3-p1'))).toMatch(/^堅持創新在現代化建設全局中的核心地位/);
    const jx = plan('jiaxing-15-proposal').doc;
    expect(text(find(jx, 'a3-p3'))).toMatch(/^——“智造”与“创新”实现双跃升。/);
    expect(text(find(jx, 'a31-p2'))).toMatch(/^实施普通高中“扩容增量”计划/);
    expect(find(jx, 'a45')).toBeDefined();
    expect(find(jx, 'a46')).toBeUndefined();
  });

  it('keep notes whose table is missing under their section (Quzhou)', () => {
    const doc = plan('quzhou-14-outline').doc;
    expect(find(doc, 'c1-s1-note')).toMatchObject({ kind: 'note', tableMissing: true });
    expect(text(find(doc, 'c1-s1-note-i4'))).toBe('2020年固定资产投资为统计基数下调之后的数据。');
    expect(text(find(doc, 'c1-s1-p2'))).toMatch(/^总体来看/);
    expect(text(find(doc, 'c1-s5-note-i3'))).toMatch(/^全市生产总值增长/);
  });

  it('split a section heading from body text on the same line (Linhai common prosperity)', () => {
    const doc = plan('linhai-common-prosperity').doc;
    expect(text(find(doc, 'c3-s2'))).toBe('建立健全抓落实机制。');
    expect(text(find(doc, 'c3-s2-p1'))).toMatch(/^市委成立社会建设委员会/);
    expect(text(find(doc, 'a33'))).toMatch(/^打造平安和谐城市。/);
    expect(find(doc, 'annex')?.kind).toBe('annex');
  });

  it('keep the official front matter as the preamble', () => {
    const cp = plan('linhai-common-prosperity').doc.preamble.children.map((p) => [p.style, text(p)]);
    expect(cp[0]).toEqual(['addressee', '各镇（街道）党委（党工委）和政府（办事处），市直属各单位：']);
    expect(cp).toContainEqual(['signature', '中共临海市委']);
    expect(cp).toContainEqual(['date', '2021年9月14日']);
    expect(plan('taizhou-14-proposal').doc.preamble.children).toHaveLength(1);
    expect(plan('quzhou-14-outline').doc.preamble.children[0]).toMatchObject({ style: 'title' });
  });
});
