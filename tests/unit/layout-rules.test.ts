/**
 * The block rules and the debris rules, line by line, from tests/fixtures/layout/rules.yaml;
 * and the classifier's use of position: a 目录 sets aside only its own entries, and a line
 * that reads like plan text is kept, or set aside with a warning where it speaks of the website.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { classifyLines, doubtfulSetAside, matchDebrisRule } from '../../ingest/classify.ts';
import { recognise } from '../../ingest/patterns.ts';
import { parseYaml } from '../../ingest/yaml.ts';

const path = 'tests/fixtures/layout/rules.yaml';
const data = parseYaml(
  readFileSync(path, 'utf8'),
  z.strictObject({
    marks: z.array(z.looseObject({ line: z.string(), kind: z.string() })),
    plain: z.array(z.string()),
    debris: z.array(z.strictObject({ line: z.string(), rule: z.string() })),
    kept: z.array(z.string()),
  }),
  path,
);

describe('block rules', () => {
  it.each(data.marks)('read $line', ({ line, ...expected }) => {
    expect(recognise(line)).toMatchObject(expected);
  });
  it.each(data.plain)('leave %s a paragraph', (line) => {
    expect(recognise(line)).toBeUndefined();
  });
});

describe('debris rules', () => {
  it.each(data.debris)('set aside $line', ({ line, rule }) => {
    expect(matchDebrisRule(line)).toContain(rule);
  });
  it.each(data.kept)('keep %s', (line) => {
    expect(matchDebrisRule(line)).toBeUndefined();
  });
});

const lines = (texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe('classifier', () => {
  it('sets aside a 目录 and its entries only, not the front matter above it', () => {
    const out = classifyLines(
      lines(['某市人民政府关于印发规划的通知', '各县（市、区）人民政府：', '目　录', '第一章　总则　……　1', '第二章　附则　……　3', '第一章　总则', '正文。']),
    );
    expect(out.map((l) => l.role)).toEqual(['plan', 'plan', 'toc', 'toc', 'toc', 'plan', 'plan']);
  });

  it('ends a 目录 where the numbering starts over, and keeps a 前言 after it that has no page number', () => {
    const out = classifyLines(
      lines(['目录', '前言……1', '第一章　总体要求　2', '第二章　重点任务　5', '前言', '本规划依据纲要编制。', '第一章　总体要求与目标', '正文。']),
    );
    expect(out.map((l) => l.role)).toEqual(['toc', 'toc', 'toc', 'toc', 'plan', 'plan', 'plan', 'plan']);
    const abridged = classifyLines(lines(['目录', '第一章　总体要求', '第二章　重点任务', '第一章　总体要求与目标', '正文。']));
    expect(abridged.map((l) => l.role)).toEqual(['toc', 'toc', 'toc', 'plan', 'plan']);
  });

  it('keeps a last article that mentions a hotline, and sets aside the footer after it', () => {
    const out = classifyLines(lines(['一、总则', '1.畅通12345政务服务热线，及时回应群众诉求。', '全国统一服务热线', '网站标识码：3300000001']));
    expect(out.map((l) => l.role)).toEqual(['plan', 'plan', 'debris', 'debris']);
  });

  it('warns about a set-aside line that reads like plan text', () => {
    const out = classifyLines(lines(['一、总则', '正文。', '本网所有转载文章系出于传递更多信息的目的，不希望被转载的媒体可与我们联系。']));
    expect(out[2].role).toBe('debris');
    expect(doubtfulSetAside(out)).toEqual([{ line: 3, message: expect.stringContaining('reads like plan text (a sentence of 37 characters)') }]);
  });
});
