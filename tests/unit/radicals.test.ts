/**
 * CJK and Kangxi radicals read as the ideographs of the plan's script, and the invisible
 * characters no plan prints set aside with their line (ingest/read/characters.ts, issue 22).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestPlan } from '../../ingest/pipeline.ts';
import { unifyRadicals } from '../../ingest/read/characters.ts';
import { radicalTable } from '../../tools/radicals.ts';
import { fixtureEntry } from '../helpers/entry.ts';

const table = JSON.parse(readFileSync('ingest/read/radicals.json', 'utf8')) as Record<string, [string, string]>;
const pairs = Object.entries(table).filter(([, [hans, hant]]) => hans !== hant);

describe('the radical table', () => {
  it('is what tools/radicals.ts builds from Unicode data (NFKC) and OpenCC', () => {
    expect(table).toEqual(radicalTable());
  });

  it('covers every Kangxi radical with a decomposition and the supplement forms read as characters', () => {
    const kangxi = Object.keys(table).filter((r) => r >= '\u2f00');
    expect(kangxi.length).toBe(214);
    expect(pairs.length).toBeGreaterThanOrEqual(45);
  });

  it.each([
    ['⼾', '户', '戶'],
    ['⾧', '长', '長'],
    ['⾨', '门', '門'],
    ['⾴', '页', '頁'],
    ['⻓', '长', '長'],
    ['⻢', '马', '馬'],
    ['⻧', '卤', '鹵'],
    ['⼯', '工', '工'],
    ['⺠', '民', '民'],
  ])('%s is %s in a simplified plan and %s in a traditional one', (radical, hans, hant) => {
    expect(unifyRadicals(radical, 'hans')).toBe(hans);
    expect(unifyRadicals(radical, 'hant')).toBe(hant);
  });

  it.each(pairs)('%s: each script its own form, and the traditional one is NFKC where Unicode has it', (radical, [hans, hant]) => {
    expect(unifyRadicals(`户籍${radical}`, 'hans')).toBe(`户籍${hans}`);
    expect(unifyRadicals(radical, 'hant')).toBe(hant);
    if (radical >= '\u2f00') expect(radical.normalize('NFKC')).toBe(hant);
    expect([...hans]).toHaveLength(1);
    expect([...hant]).toHaveLength(1);
  });

  it('maps a radical in a plan by its script, and says how many', () => {
    const text = '第一章 总则\n加强⼾籍管理，⾧期坚持。\n';
    const hans = ingestPlan(fixtureEntry({ script: 'hans' }), new TextEncoder().encode(text), 'r.txt');
    const hant = ingestPlan(fixtureEntry({ script: 'hant' }), new TextEncoder().encode(text), 'r.txt');
    expect(JSON.stringify(hans.doc)).toContain('加强户籍管理，长期坚持。');
    expect(JSON.stringify(hant.doc)).toContain('加强戶籍管理，長期坚持。');
    expect(hans.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^2 CJK radicals .* read as the ideographs of the plan's script/));
  });
});

describe('characters no plan prints', () => {
  const ingest = (text: string, file = 'c.txt') => ingestPlan(fixtureEntry(), new TextEncoder().encode(text), file);

  it.each([
    ['a leading U+202E', '\u202e', 'bidirectional control character', 'U+202E'],
    ['BEL', '\u0007', 'control character', 'U+0007'],
    ['ESC', '\u001b', 'control character', 'U+001B'],
    ['DEL', '\u007f', 'control character', 'U+007F'],
    ['a C1 control', '\u0085', 'control character', 'U+0085'],
    ['a noncharacter', '\ufdd0', 'noncharacter', 'U+FDD0'],
    ['an astral noncharacter', '\u{1fffe}', 'noncharacter', 'U+1FFFE'],
    ['U+FFFD', '\ufffd', 'replacement character', 'U+FFFD'],
    ['LRI', '\u2066', 'bidirectional control character', 'U+2066'],
  ])('%s is set aside with its line and reported, never kept', (_, ch, kind, code) => {
    // Sentences long enough that two control bytes are not "many" (a binary file).
    const plan = ingest(`第一章 总则\n（一）指导思想\n${ch}（二）主要任务\n坚持${ch}高质量发展。${'推动经济社会持续健康发展。'.repeat(8)}\n`);
    const shown = JSON.stringify(plan.doc);
    expect(shown).not.toContain(ch);
    expect(plan.setAside.filter((s) => s.text.startsWith(code)).map((s) => s.line)).toEqual([3, 4]);
    expect(plan.problems).toContainEqual(expect.objectContaining({ level: 'warning', line: 3, message: expect.stringContaining(`2 ${kind}`) }));
    // The section number after it is still read as one (U+202E made （二） a paragraph).
    expect(shown).toContain('"label":"（二）"');
  });

  it('keeps the text around what it sets aside', () => {
    const plan = ingest(`第一章 总则\n坚持\u0007高质量\t发展。${'推动经济社会持续健康发展。'.repeat(8)}\n`);
    expect(JSON.stringify(plan.doc)).toContain('坚持高质量发展。');
  });

  it('reports &#0; and &#xD800; in a web page instead of keeping U+FFFD silently', () => {
    const html = '<html><body><h1>某市规划</h1><p>第一章 总则</p><p>坚持&#0;高质量&#xD800;发展，推动经济社会持续健康发展。</p></body></html>';
    const plan = ingest(html, 'c.html');
    expect(JSON.stringify(plan.doc)).not.toContain('\ufffd');
    expect(plan.problems).toContainEqual(expect.objectContaining({ message: expect.stringContaining('2 replacement characters') }));
  });

  it('reports <template> content with its line instead of dropping it unseen', () => {
    const html = '<html><body><p>第一章 总则</p>\n<template><p>模板里的文字。</p></template>\n<p>坚持高质量发展，推动经济社会持续健康发展。</p></body></html>';
    const plan = ingest(html, 't.html');
    expect(plan.setAside).toContainEqual(expect.objectContaining({ line: 2, rule: 'embedded <template>' }));
  });
});
