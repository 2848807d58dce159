/** The table layout the page draws: header spans, row groups, shared numbers and parent labels. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type LaidCell, tableLayout } from '../../src/components/doc/table-layout.ts';
import type { IndicatorTable } from '../../src/lib/plan-types.ts';

const DIR = 'tests/fixtures/table-layout';

/** A cell in the fixture's compact notation: tag:text|attr=value … ›parent. */
function show(c: LaidCell): string {
  const attrs = Object.entries({ scope: c.scope, colspan: c.colspan, rowspan: c.rowspan, class: c.class })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`);
  const parent = c.parent === undefined ? [] : [`›${c.parent}`];
  return `${c.tag}:${c.text}|${[...attrs, ...parent].join(' ')}`;
}

/** The fixture writes attributes in any order; compare them as sets. */
const canonical = (cell: string) => {
  const [head, rest = ''] = cell.split('|');
  return `${head}|${rest.split(' ').filter(Boolean).sort().join(' ')}`;
};

describe.each(readdirSync(DIR).filter((f) => f.endsWith('.yaml')))('%s', (file) => {
  const { table, layout } = parse(readFileSync(`${DIR}/${file}`, 'utf8')) as { table: IndicatorTable; layout: { head: string[][]; body: string[][][] } };
  const got = tableLayout(table);

  it('lays out the header rows', () => {
    expect(got.head.map((row) => row.map((c) => canonical(show(c))))).toEqual(layout.head.map((row) => row.map(canonical)));
  });

  it('lays out the row groups', () => {
    expect(got.body.map((g) => g.map((row) => row.map((c) => canonical(show(c)))))).toEqual(layout.body.map((g) => g.map((row) => row.map(canonical))));
  });
});

describe('a table without categories', () => {
  it('leaves the 类别 column out instead of drawing it empty', () => {
    const { table } = parse(readFileSync(`${DIR}/subrows.yaml`, 'utf8')) as { table: IndicatorTable };
    const got = tableLayout({ ...table, groups: table.groups.map((g) => ({ ...g, category: null })) });
    expect(got.head[0]?.map((c) => c.text)).not.toContain('类别');
    expect(got.body[0]?.[0]?.[0]?.class).toBe('no');
  });
});
