/** The open-data builders on the real seeds: tree, table grid and CSV, text and Markdown. */
import { describe, expect, it } from 'vitest';
import { planData } from '../../ingest/emit-data.ts';
import { ingestAll } from '../../ingest/run.ts';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../../src/build/open-data/corpus.ts';
import { openDataFiles, planFileNames, planFiles } from '../../src/build/open-data/files.ts';
import { tableGrid } from '../../src/build/open-data/table-grid.ts';
import { toCsv } from '../../src/lib/table-csv.ts';
import { planTree, walk } from '../../src/build/open-data/tree.ts';

const plans = ingestAll('seeds').map((p, i) => planData(p.entry, p.doc, p.counts, i));
const linhai = plans.find((p) => p.entry.slug === 'linhai-14-outline');
if (!linhai) throw new Error('no linhai-14-outline');

describe('the plan tree', () => {
  it.each(plans.map((p) => [p.entry.slug, p] as const))('%s: every record once, under its path, in order', (_, plan) => {
    const blocks = [...walk(planTree(plan).blocks)];
    const ids = blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(blocks.filter((b) => b.text).map((b) => b.id)).toEqual(plan.records.map((r) => r.id));
    for (const b of blocks) expect(b.path.every((id) => ids.indexOf(id) < ids.indexOf(b.id))).toBe(true);
  });

  it('gives containers their kind and numbers, and the printed label where the ingestion has it', () => {
    const taizhou = plans.find((p) => p.entry.slug === 'taizhou-14-proposal');
    const blocks = new Map([...walk(planTree(taizhou ?? linhai).blocks)].map((b) => [b.id, b]));
    expect(blocks.get('a7')).toMatchObject({ kind: 'article', number: 7, label: { hans: '7.', hant: '7.' }, path: ['c3'] });
    expect(blocks.get('c3')).toMatchObject({ kind: 'chapter', number: 3, label: { hans: '三、' } });
    expect(blocks.get('a7-p1')).toMatchObject({ kind: 'paragraph', path: ['c3', 'a7'] });
    expect(blocks.get('a7-p1')?.number).toBeUndefined();
    const l = new Map([...walk(planTree(linhai).blocks)].map((b) => [b.id, b]));
    expect(l.get('box9-i3')).toMatchObject({ kind: 'item', number: 3 });
    expect(l.get('table1-note')).toMatchObject({ kind: 'note', path: ['c1', 'c1-s1', 'table1'] });
    expect(l.get('preamble')).toMatchObject({ kind: 'front' });
  });
});

describe('tables', () => {
  const grid = tableGrid((linhai.tables[0] ?? linhai.tables[1]).table);
  it('fill spans: every row as wide as the header, header rows kept', () => {
    expect(grid.header).toHaveLength(2);
    expect(grid.header[0]).toEqual(['序号', '指标名称', '2015年', '规划目标', '规划目标', '完成情况', '完成情况', '指标属性']);
    expect(grid.header[1].slice(3, 5)).toEqual(['2020年', '年均增幅(%)']);
    for (const row of grid.body) expect(row).toHaveLength(grid.header[0].length);
    // 城镇化率 is printed once above its two sub-rows, and the number 4 spans both.
    const sub = grid.body.filter((r) => r[0] === '4');
    expect(sub.map((r) => r[1])).toEqual(['城镇化率\n常住人口城镇化率(%)', '户籍人口城镇化率(%)']);
  });

  it('CSV: BOM, CRLF, quoted where needed', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['say "x"', 'two\nlines'],
      ]),
    ).toBe('\uFEFFa,"b,c"\r\n"say ""x""","two\nlines"\r\n');
  });
});

describe('the files', () => {
  const files = openDataFiles(plans);
  it('are the contract’s set', () => {
    const names = [...files.keys()].sort();
    expect(names.filter((n) => n.startsWith('tables/'))).toEqual(['tables/linhai-14-outline-table1.csv', 'tables/linhai-14-outline-table2.csv']);
    expect(names).toContain('plans/quzhou-14-outline.zh-hant.md');
    expect(names).toHaveLength(2 + 5 * 5 + 2);
  });

  it('text and Markdown carry headings, article numbers and ids; Markdown escapes its specials', () => {
    const txt = files.get('plans/taizhou-14-proposal.zh-hans.txt') ?? '';
    expect(txt).toMatch(/^\[c3\] 三、走好科技新长征/m);
    expect(txt).toMatch(/^\[a7-p1\] 7\.增强创新策源能力。/m);
    const md = files.get('plans/linhai-14-outline.zh-hans.md') ?? '';
    expect(md).toMatch(/^## <a id="c1"><\/a>一、开启高水平现代化建设新征程$/m);
    expect(md).toMatch(/^#### <a id="table1"><\/a>表一 “十三五”规划主要指标完成情况表$/m);
    expect(md).toContain('| 序号 | 指标名称 | 2015年 | 规划目标 2020年 |');
    expect(md).not.toMatch(/[^\\]\*[^*]/);
  });

  it('corpus: one JSON line per record of every plan', () => {
    const lines = (files.get('corpus.jsonl') ?? '').trimEnd().split('\n');
    expect(lines).toHaveLength(plans.reduce((n, p) => n + p.records.length, 0));
    expect(JSON.parse(lines[0])).toMatchObject({ plan: 'taizhou-14-proposal', id: 'preamble-p1', kind: 'preamble', path: ['preamble'] });
  });

  it('are made plan by plan: each plan’s files under the names listed for it, the corpus written a plan at a time', () => {
    for (const plan of plans) expect([...planFiles(plan).keys()]).toEqual(planFileNames(plan));
    const file = join(mkdtempSync(join(tmpdir(), 'corpus-')), 'data', 'corpus.jsonl');
    writeCorpus(file, plans);
    expect(readFileSync(file, 'utf8')).toBe(files.get('corpus.jsonl'));
  });
});
