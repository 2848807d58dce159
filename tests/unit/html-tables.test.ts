/**
 * Real HTML tables become the same typed table node as the text tables: an indicator table
 * becomes indicator rows (and is charted), any other table is drawn as printed with its spans;
 * both render, carry contract ids and give a CSV equal to the page. The fixture is the GBK
 * portal page of tests/fixtures/plans/html-portal-tables/ (its structure expectations are in
 * expected.yaml there, held by plans.test.ts); here: what the rest of the site makes of it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planData } from '../../ingest/emit-data.ts';
import { emitBlockMdx } from '../../ingest/emit-mdx.ts';
import { ingestPlan } from '../../ingest/pipeline.ts';
import { readSource } from '../../ingest/read/index.ts';
import type { SourceTable } from '../../ingest/read/source.ts';
import { tableFromSource } from '../../ingest/tables/source-table.ts';
import { parseYaml } from '../../ingest/yaml.ts';
import { tableChart } from '../../src/build/table-charts.ts';
import { tableLayout } from '../../src/components/doc/table-layout.ts';
import { catalogEntrySchema } from '../../src/lib/catalog-schema.ts';
import { parseId } from '../../src/lib/ids.ts';
import { fillSpans } from '../../src/lib/table-csv.ts';

const dir = 'tests/fixtures/plans/html-portal-tables';
const entry = parseYaml(readFileSync(`${dir}/catalog.yaml`, 'utf8'), catalogEntrySchema, `${dir}/catalog.yaml`);
const plan = ingestPlan(entry, readFileSync(`${dir}/input.html`), `${dir}/input.html`);
const data = planData(entry, plan.doc, plan.counts, 0);
const table = (id: string) => {
  const t = data.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no ${id}`);
  return t;
};

describe('the tables of a saved portal page', () => {
  it('are in the data file with contract ids that parse back', () => {
    expect(data.tables.map((t) => t.id)).toEqual(['table1', 'table2', 'table3']);
    for (const t of data.tables) expect(parseId(t.id)).toEqual([{ kind: 'table', n: Number(t.id.slice(5)) }]);
  });

  it('chart the indicator tables and not the project table', () => {
    expect(tableChart(table('table1'))).toMatchObject({ kind: 'index', tableId: 'table1' });
    expect(tableChart(table('table3'))).toMatchObject({ kind: 'index', tableId: 'table3' });
    expect(tableChart(table('table2'))).toBeUndefined();
  });

  it('emit the printed rows to the page component', () => {
    const mdx = emitBlockMdx(plan.doc, 'table2');
    expect(mdx).toContain('"body":[[{"text":"交通","rowspan":2,"header":true}');
    expect(mdx).toContain('装机容量30万千瓦，2023年开工');
  });

  it('put every cell in the search text', () => {
    const record = data.records.find((r) => r.id === 'table2');
    expect(record?.text.hans).toContain('新建5万吨级泊位2个');
    expect(record?.text.hans).toContain('建设年限');
  });
});

const cell = (text: string, more: Partial<SourceTable['rows'][number][number]> = {}) => ({ text, ...more });
const grid = (t: ReturnType<typeof tableFromSource>) => {
  const layout = tableLayout(t);
  return fillSpans([...layout.head, ...layout.body.flat()]);
};

describe('a hostile table', () => {
  it('has its spans cut to what a browser draws: 1000 columns, no row span past the end', () => {
    const html = `<!doctype html><meta charset="utf-8"><body><p>表1 主要指标的说明文字，用于测试。</p><table><tr><td colspan="100000000" rowspan="99999">指标</td></tr><tr><td>人口</td></tr></table><p>一、总体要求和主要目标的说明文字。</p></body>`;
    const started = performance.now();
    const source = readSource(new TextEncoder().encode(html), 'hostile.html');
    const table = source.lines.find((l) => l.table)?.table;
    expect(table?.rows[0]?.[0]).toEqual({ text: '指标', colspan: 1000, rowspan: 2 });
    expect(tableFromSource(table as SourceTable).headerRows[0]?.[0]).toEqual({ text: '指标', colspan: 1000, rowspan: 2 });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('tableFromSource', () => {
  it('takes the first row as the header when the table marks none', () => {
    const t = tableFromSource({
      headerRows: 0,
      rows: [
        [cell('指标'), cell('2020年'), cell('2025年')],
        [cell('人口(万人)'), cell('1'), cell('2')],
      ],
    });
    expect(t.headerRows).toEqual([[{ text: '指标' }, { text: '2020年' }, { text: '2025年' }]]);
    expect(t.groups[0]?.rows[0]).toMatchObject({ name: '人口(万人)', unit: '万人', cells: { col1: { raw: '1' }, col2: { raw: '2' } } });
  });

  it('keeps a table whose columns are not in the indicator order as printed', () => {
    const rows = [
      [cell('指标'), cell('属性'), cell('2025年')],
      [cell('人口'), cell('预期性'), cell('2')],
    ];
    const t = tableFromSource({ headerRows: 1, rows });
    expect(t.body).toBeDefined();
    expect(grid(t)).toEqual([
      ['指标', '属性', '2025年'],
      ['人口', '预期性', '2'],
    ]);
  });

  it('keeps spans in the body where an indicator layout cannot draw them', () => {
    const rows = [
      [cell('序号'), cell('指标'), cell('2020年'), cell('2025年')],
      [cell('1'), cell('人口'), cell('100', { colspan: 2 })],
    ];
    const t = tableFromSource({ headerRows: 1, rows });
    expect(t.groups).toEqual([]);
    expect(grid(t)).toEqual([
      ['序号', '指标', '2020年', '2025年'],
      ['1', '人口', '100', '100'],
    ]);
  });

  it('keeps a table of header rows only', () => {
    const t = tableFromSource({ headerRows: 1, rows: [[cell('项目', { header: true }), cell('内容', { header: true })]] });
    expect(grid(t)).toEqual([['项目', '内容']]);
  });
});
