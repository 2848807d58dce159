import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndicatorRow, IndicatorTable } from '../../src/lib/plan-types.ts';
import { IngestError, formatProblem, type Problem } from '../../ingest/problems.ts';
import { parseCell } from '../../ingest/tables/cells.ts';
import { type CuratedTable, loadCuratedTable, loadCuratedTables } from '../../ingest/tables/curated.ts';
import { ingestPlan } from '../../ingest/pipeline.ts';
import { fixtureEntry } from '../helpers/entry.ts';
import { rebuildTable } from '../../ingest/tables/rebuild.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = 'seeds/linhai-14-outline.txt';
const sourceLines = readFileSync(join(ROOT, SEED), 'utf8')
  .split(/\r\n|\r|\n/)
  .map((text, i) => ({ no: i + 1, text }));

type Line = { no: number; text: string };

/** Source lines strictly between a table's caption and its note, trimmed, blank ones left out. */
const cellLinesBetween = (lines: Line[], captionNo: number, endNo: number): Line[] =>
  lines
    .filter((l) => l.no > captionNo && l.no < endNo)
    .map((l) => ({ no: l.no, text: l.text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '') }))
    .filter((l) => l.text !== '');
const TABLES = {
  1: { caption: 178, note: 554, label: '表一' },
  2: { caption: 610, note: 1046, label: '表二' },
} as const;

function cellsOf(n: 1 | 2): Line[] {
  const { caption, note, label } = TABLES[n];
  // The line numbers in the brief are the seed's; fail loudly if the seed moved.
  expect(sourceLines[caption - 1].text.startsWith(label)).toBe(true);
  expect(sourceLines[note - 1].text.startsWith('注')).toBe(true);
  return cellLinesBetween(sourceLines, caption, note);
}

const curatedOf = (n: 1 | 2) => loadCuratedTable(join(ROOT, `seeds/tables/linhai-14-outline/table${n}.yaml`))!;

function rebuild(n: 1 | 2, cellLines: Line[] = cellsOf(n), curated: CuratedTable | null = curatedOf(n)) {
  return rebuildTable({ file: SEED, label: TABLES[n].label, cellLines, ...(curated ? { curated } : {}) });
}

const errors = (ps: Problem[]) => ps.filter((p) => p.level === 'error');

function findRow(t: IndicatorTable, name: string): IndicatorRow {
  const r = t.groups.flatMap((g) => g.rows).find((x) => x.name === name);
  if (!r) throw new Error(`no row ${name}`);
  return r;
}

const raws = (r: IndicatorRow) => Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.raw]));

/** Every text the printed table shows, 序号 and parent once per run of sub-rows. */
function printedTexts(t: IndicatorTable): string[] {
  const out = t.headerRows.flat().map((h) => h.text);
  for (const g of t.groups) {
    if (g.category !== null) out.push(g.category);
    let prev: IndicatorRow | undefined;
    for (const r of g.rows) {
      if (r.no !== undefined && r.no !== prev?.no) out.push(r.no);
      if (r.parent !== undefined && (r.parent !== prev?.parent || r.no !== prev?.no)) out.push(r.parent);
      out.push(r.name, ...Object.values(r.cells).map((c) => c.raw));
      if (r.attribute) out.push(r.attribute);
      prev = r;
    }
  }
  return out;
}

const numbersIn = (texts: string[]) => texts.flatMap((t) => t.match(/-?\d+(?:\.\d+)?/g) ?? []).sort();

describe('parseCell', () => {
  it.each([
    ['464.84', { value: 464.84 }],
    ['5.0', { value: 5 }],
    ['-9.88', { value: -9.88 }],
    ['89.01%', { value: 89.01 }],
    ['[20]', { value: 20, cumulative: true }],
    ['[-50%]', { value: -50, cumulative: true }],
    ['〔15〕', { value: 15, cumulative: true }],
    ['[21.2、20.3、15、15]', { value: 21.2, cumulative: true }],
    ['2019年32.21', { value: 32.21, year: '2019' }],
    ['2019年0.546', { value: 0.546, year: '2019' }],
    ['2019年', { year: '2019' }],
    ['≥35', { value: 35, qualifier: '≥' }],
    ['≤35', { value: 35, qualifier: '≤' }],
    ['60以上', { value: 60, qualifier: '以上' }],
    ['-', {}],
    ['按上级任务', {}],
    ['与经济增长同步', {}],
  ])('%s', (raw, expected) => {
    expect(parseCell(raw)).toEqual({ raw, ...expected });
  });
});

describe.each([1, 2] as const)('table %i rebuilt from the seed', (n) => {
  const cellLines = cellsOf(n);
  const { table, problems } = rebuild(n, cellLines);

  it('matches the source with no problems and says it was curated', () => {
    expect(problems).toEqual([]);
    expect(table.rebuiltBy).toMatch(new RegExp(`^curated:(.*/)?seeds/tables/linhai-14-outline/table${n}\\.yaml$`));
  });

  it('keeps every number of the source and adds none (as multisets)', () => {
    expect(numbersIn(printedTexts(table))).toEqual(numbersIn(cellLines.map((l) => l.text)));
  });

  it('has as many 预期性 and 约束性 rows as the source prints', () => {
    const rows = table.groups.flatMap((g) => g.rows);
    for (const a of ['预期性', '约束性'] as const) {
      expect(rows.filter((r) => r.attribute === a).length).toBe(cellLines.filter((l) => l.text === a).length);
    }
  });

  it('gives every value cell a known column', () => {
    const keys = table.columns.map((c) => c.key);
    for (const r of table.groups.flatMap((g) => g.rows)) for (const k of Object.keys(r.cells)) expect(keys).toContain(k);
  });
});

describe('table 1 (十三五 completion)', () => {
  const { table } = rebuild(1);

  it('has the two-level header and chart keys', () => {
    expect(table.columns.map((c) => c.key)).toEqual(['base2015', 'target2020', 'targetGrowth', 'actual2020', 'actualGrowth']);
    expect(table.columns[2].header).toEqual(['规划目标', '年均增幅(%)']);
    expect(table.headerRows[0].map((h) => h.text)).toEqual(['类别', '序号', '指标名称', '2015年', '规划目标', '完成情况', '指标属性']);
    expect(table.headerRows[0][4]).toEqual({ text: '规划目标', colspan: 2 });
    expect(table.headerRows[1].map((h) => h.text)).toEqual(['2020年', '年均增幅(%)', '2020年', '年均增幅(%)']);
    expect(table.groups).toHaveLength(1);
    expect(table.groups[0].category).toBeNull();
    expect(table.groups[0].rows).toHaveLength(27);
  });

  it('keeps a full row together: 地区生产总值', () => {
    const r = findRow(table, '地区生产总值(亿元)');
    expect(r.no).toBe('1');
    expect(r.unit).toBe('亿元');
    expect(r.attribute).toBe('预期性');
    expect(raws(r)).toEqual({ base2015: '464.84', target2020: '665', targetGrowth: '7.5', actual2020: '738.48', actualGrowth: '6.3' });
    expect(r.cells.actual2020.value).toBe(738.48);
  });

  it('places a share without growth cells: 服务业增加值占GDP比重', () => {
    const r = findRow(table, '服务业增加值占GDP比重(%)');
    expect(raws(r)).toEqual({ base2015: '46.9', target2020: '48', actual2020: '49.5' });
    expect(r.comment).toBeTruthy();
  });

  it('groups sub-rows under their parent', () => {
    const urban = findRow(table, '常住人口城镇化率(%)');
    expect(urban).toMatchObject({ no: '4', parent: '城镇化率', unit: '%', attribute: '预期性' });
    expect(raws(urban)).toEqual({ base2015: '53.6', target2020: '68', targetGrowth: '1.8', actual2020: '49.5' });
    expect(findRow(table, '户籍人口城镇化率(%)')).toMatchObject({ no: '4', parent: '城镇化率', attribute: '约束性' });
    const timber = findRow(table, '林木蓄积量(万立方米)');
    expect(timber).toMatchObject({ no: '25', parent: '森林增长', unit: '万立方米' });
    expect(timber.cells.actual2020).toEqual({ raw: '2019年760', year: '2019', value: 760 });
    expect(findRow(table, '森林覆盖率(%)').parent).toBe('森林增长');
  });

  it('decides the ambiguous 耗地量 row by its actual-side twin', () => {
    const r = findRow(table, '万元生产总值耗地量(平方米)');
    expect(raws(r)).toEqual({ base2015: '49.4', targetGrowth: '[-9.88]', actual2020: '28.93', actualGrowth: '[-20.47]' });
    expect(r.cells.targetGrowth).toMatchObject({ value: -9.88, cumulative: true });
    expect(r.comment).toMatch(/Ambiguous/);
  });

  it('keeps the year qualifier split over two lines in one cell', () => {
    const r = findRow(table, '单位生产总值二氧化碳排放降低(%)');
    expect(r.cells.actual2020).toEqual({ raw: '2019年0.546', year: '2019', value: 0.546 });
    expect(r.cells.target2020).toMatchObject({ raw: '[18]', cumulative: true, value: 18 });
  });

  it('takes a bracketed unit-free name as having no unit', () => {
    expect(findRow(table, '亿元生产总值生产安全事故死亡率').unit).toBeUndefined();
    expect(findRow(table, '细颗粒物(PM2.5)浓度(微克/立方米)').unit).toBe('微克/立方米');
  });
});

describe('table 2 (十四五 indicators)', () => {
  const { table } = rebuild(2);

  it('has the printed header and chart keys', () => {
    expect(table.headerRows).toEqual([['类别', '序号', '指标', '单位', '2020年', '2025年', '年均/累计', '属性'].map((text) => ({ text }))]);
    expect(table.columns.map((c) => c.key)).toEqual(['base2020', 'target2025', 'growth']);
  });

  it('has the eight categories in order with their row counts', () => {
    expect(table.groups.map((g) => [g.category, g.rows.length])).toEqual([
      ['经济发展', 4],
      ['科技创新', 4],
      ['改革开放', 2],
      ['文化发展', 2],
      ['生态环境', 7],
      ['市域治理', 2],
      ['社会民生', 10],
      ['安全保障', 3],
    ]);
    expect(table.groups.flatMap((g) => g.rows.map((r) => r.no))).toEqual(Array.from({ length: 34 }, (_, i) => String(i + 1)));
  });

  it('实际使用外资额: unit, 2020 and the 2025 target', () => {
    const r = findRow(table, '实际使用外资额');
    expect(r).toMatchObject({ no: '10', unit: '万美元', attribute: '预期性' });
    expect(raws(r)).toEqual({ base2020: '4801', target2025: '13000' });
  });

  it('文化及相关产业增加值: a 2019 base figure', () => {
    const r = findRow(table, '文化及相关产业增加值');
    expect(r.cells.base2020).toEqual({ raw: '2019年32.21', year: '2019', value: 32.21 });
    expect(r.cells.target2025.value).toBe(58);
  });

  it('puts a growth indicator target under 年均/累计 (ambiguous row)', () => {
    const gdp = findRow(table, '地区生产总值(GDP)增长');
    expect(raws(gdp)).toEqual({ base2020: '3.4', growth: '6.8' });
    expect(gdp.comment).toMatch(/Ambiguous/);
    const productivity = findRow(table, '全员劳动生产率增长');
    expect(productivity.cells.target2025).toEqual({ raw: '-' });
    expect(productivity.cells.growth).toEqual({ raw: '7以上', value: 7, qualifier: '以上' });
  });

  it('keeps text and bracketed targets and split units', () => {
    expect(raws(findRow(table, '单位GDP能源消耗降低'))).toEqual({ base2020: '0.3125', growth: '按上级任务' });
    expect(raws(findRow(table, '居民人均可支配收入增长'))).toEqual({ base2020: '6.0', growth: '与经济增长同步' });
    expect(raws(findRow(table, '儿童青少年总体近视率降低'))).toEqual({ growth: '[5]' });
    const deaths = findRow(table, '亿元GDP生产安全事故死亡率');
    expect(deaths.unit).toBe('人/亿元');
    expect(deaths.cells.growth).toEqual({ raw: '[-50%]', value: -50, cumulative: true });
    expect(findRow(table, '煤炭石油天然气储存能力').unit).toBe('万吨标煤');
    expect(findRow(table, '每万人高价值发明专利拥有量').unit).toBeUndefined();
  });
});

describe('a source that does not match the curated table', () => {
  const without = (lines: Line[], no: number) => lines.filter((l) => l.no !== no);
  const changed = (lines: Line[], no: number, text: string) => lines.map((l) => (l.no === no ? { no, text } : l));
  const firstErrorLine = (n: 1 | 2, lines: Line[]) => errors(rebuild(n, lines).problems)[0]?.line;

  it('reports a removed cell at the line where the source diverges', () => {
    expect(firstErrorLine(1, without(cellsOf(1), 214))).toBe(216); // 738.48 gone: 6.3 is where it was expected
    expect(firstErrorLine(2, without(cellsOf(2), 750))).toBe(752); // 13000 gone: 预期性 is next
  });

  it('reports a changed cell at its own line', () => {
    expect(firstErrorLine(1, changed(cellsOf(1), 210, '666'))).toBe(210);
    expect(firstErrorLine(2, changed(cellsOf(2), 762, '2019年32.12'))).toBe(762);
  });

  it('reports an added cell, and the lost half of a split cell', () => {
    expect(firstErrorLine(1, [...cellsOf(1), { no: 553, text: '9.9' }])).toBe(553);
    expect(firstErrorLine(2, without(cellsOf(2), 1012))).toBe(1014); // 人/ | 亿元 → 亿元 gone
  });

  it('names the seed file in the error', () => {
    const [p] = errors(rebuild(1, changed(cellsOf(1), 210, '666')).problems);
    expect(formatProblem(p)).toMatch(/^seeds\/linhai-14-outline\.txt:210: error: 表一: .*"666".*"665"/);
  });

  it('does not let a curated cell swallow two source cells', () => {
    const curated = structuredClone(curatedOf(1));
    const row = curated.groups[0].rows[0];
    row.cells.base2015 = '464.84665';
    delete row.cells.target2020;
    expect(firstErrorLine(1, cellsOf(1))).toBeUndefined();
    expect(errors(rebuild(1, cellsOf(1), curated).problems)[0]?.line).toBe(208);
  });
});

describe('rules alone', () => {
  it('place the full rows, flag the rest, and lose no cell', () => {
    const { table, problems } = rebuild(2, cellsOf(2), null);
    // Every cell is there, in order (split cells included): the layout is flagged, not fatal.
    expect(table.rebuiltBy).toBe('unresolved');
    expect(table.columns.map((c) => c.header)).toEqual([['2020年'], ['2025年'], ['年均/累计']]);
    expect(table.groups.map((g) => g.category)).toEqual(['经济发展', '科技创新', '改革开放', '文化发展', '生态环境', '市域治理', '社会民生', '安全保障']);
    expect(raws(findRow(table, '全员劳动生产率增长'))).toEqual({ col1: '11.01', col2: '-', col3: '7以上' });
    expect(findRow(table, '亿元GDP生产安全事故死亡率').unit).toBe('人/亿元');
    // 33 rows have fewer cells than columns; nothing else is wrong, the source check passes
    // once, with the split cells the rules joined (人/ | 亿元), so they are warnings.
    expect(errors(problems)).toHaveLength(0);
    expect(problems).toHaveLength(33);
    expect(problems.every((p) => p.level === 'warning' && /cannot be told by rule/.test(p.message))).toBe(true);
  });

  it('find the parent of sub-rows', () => {
    const { table } = rebuild(1, cellsOf(1), null);
    expect(findRow(table, '森林覆盖率(%)')).toMatchObject({ no: '25', parent: '森林增长' });
    expect(findRow(table, '林木蓄积量(万立方米)').cells).toMatchObject({ col3: { raw: '2019年760', year: '2019' } });
  });
});

describe('loadCuratedTable', () => {
  it('returns undefined when there is no curated file', () => {
    expect(loadCuratedTable(join(ROOT, 'seeds/tables/linhai-14-outline/table9.yaml'))).toBeUndefined();
  });

  it('keeps every value as the string written', () => {
    const r = curatedOf(1).groups[0].rows[2];
    expect(r.cells.targetGrowth).toBe('5.0');
    expect(r.no).toBe('3');
  });

  it('rejects a bad file with errors naming the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tables-'));
    const path = join(dir, 'bad.yaml');
    writeFileSync(
      path,
      [
        'headerRows:',
        '  - - { text: 序号 }',
        '    - { text: 2020年 }',
        'columns:',
        '  - { key: base2020, header: [2020年] }',
        'groups:',
        '  - rows:',
        '      - no: 1',
        '        name: 某指标',
        '        cells: { base2020: 1, target2025: 2 }',
        '        attribute: 预期',
        '',
      ].join('\n'),
    );
    let thrown: unknown;
    try {
      loadCuratedTable(path);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(IngestError);
    const problems = (thrown as IngestError).problems;
    expect(problems.every((p) => p.file.endsWith('bad.yaml'))).toBe(true);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [10, expect.stringMatching(/unknown key "target2025"/)],
      [11, expect.stringMatching(/预期性 or 约束性/)],
    ]);
  });

  it('rejects YAML that does not parse', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tables-'));
    const path = join(dir, 'broken.yaml');
    writeFileSync(path, 'headerRows: [\n');
    expect(() => loadCuratedTable(path)).toThrow(/broken\.yaml.*malformed YAML/);
  });
});

describe('loadCuratedTables', () => {
  const planDir = () => {
    const seeds = mkdtempSync(join(tmpdir(), 'tables-'));
    mkdirSync(join(seeds, 'tables', 'x-14-outline'), { recursive: true });
    return { seeds, dir: join(seeds, 'tables', 'x-14-outline') };
  };

  it('reads every table<N>.yaml, whatever N (none silently ignored after table20)', () => {
    const { seeds, dir } = planDir();
    const text = readFileSync(join(ROOT, 'seeds/tables/linhai-14-outline/table1.yaml'), 'utf8');
    writeFileSync(join(dir, 'table1.yaml'), text);
    writeFileSync(join(dir, 'table21.yaml'), text);
    expect([...loadCuratedTables(seeds, 'x-14-outline').keys()].sort((a, b) => a - b)).toEqual([1, 21]);
  });

  it('refuses a file not named table<N>.yaml', () => {
    const { seeds, dir } = planDir();
    writeFileSync(join(dir, 'tableone.yaml'), 'headerRows: []\n');
    expect(() => loadCuratedTables(seeds, 'x-14-outline')).toThrow(/tableone\.yaml.*named table<N>\.yaml/);
  });

  it('reports a curated file whose table the plan does not have', () => {
    const curated = new Map([[21, { ...curatedOf(1), path: 'seeds/tables/x/table21.yaml' }]]);
    expect(() => ingestPlan(fixtureEntry(), new TextEncoder().encode('一、总则\n正文。\n'), 'x.txt', curated)).toThrow(
      /seeds\/tables\/x\/table21\.yaml: error: the plan test-14-proposal has no table 21/,
    );
  });
});
