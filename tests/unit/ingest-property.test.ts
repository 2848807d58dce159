/**
 * Property-based: whatever plan-like text comes in (shuffled real lines, stray brackets and
 * numbering, random Unicode including astral characters, very long lines, empty lines), the
 * ingestion never crashes, never loses text, always gives unique ids, and emits MDX that the
 * MDX compiler accepts.
 */
import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { emitMdx, planTree } from '../../ingest/emit-mdx.ts';
import { compileMdxTree, MDX_OPTIONS } from '../../src/build/mdx-compile.ts';
import { ingestPlan } from '../../ingest/pipeline.ts';
import { isCharacterRule, SET_ASIDE_CHARACTERS, unifyRadicals } from '../../ingest/read/characters.ts';
import type { PlanDocument } from '../../src/lib/plan-types.ts';
import { visit } from '../../src/lib/plan-visit.ts';
import { documentPieces, fold } from '../helpers/doc-text.ts';
import { fixtureEntry } from '../helpers/entry.ts';

const seedLines = ['taizhou-14-proposal', 'linhai-14-outline', 'jiaxing-15-proposal', 'quzhou-14-outline', 'linhai-common-prosperity'].flatMap((s) =>
  readFileSync(`seeds/${s}.txt`, 'utf8').split('\n'),
);

const structural = fc.constantFrom(
  '第一篇 ',
  '第二篇 ',
  '第三章 ',
  '第二节 ',
  '第五条 ',
  '附件1 ',
  '一、',
  '十二、',
  '（三）',
  '(四)',
  '1.',
  '12.',
  '2．',
  '——',
  '专栏五 ',
  '表一 ',
  '图5-1 ',
  '注:',
  '附件:',
  '目  录',
  '【',
  '（',
  ')',
  '“',
  '{',
  '}',
  '<',
  '>',
  '`',
  '#',
  '*',
);
// Any Unicode, astral planes included; C0 control bytes are what marks a file as binary, which is refused by design.
const unicode = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\n]/g, ''));
const line = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...seedLines) },
  { weight: 2, arbitrary: fc.tuple(structural, fc.constantFrom(...seedLines)).map(([a, b]) => a + b) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...seedLines), structural, unicode).map(([a, b, c]) => a + b + c) },
  { weight: 1, arbitrary: unicode },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom(...seedLines).map((l) => l.repeat(40)) },
  { weight: 1, arbitrary: fc.nat(99).map(String) },
);
const document = fc.array(line, { minLength: 1, maxLength: 60 }).filter((ls) => ls.some((l) => l.trim() !== ''));

function ids(doc: PlanDocument): string[] {
  const out: string[] = [];
  visit(doc, (node) => {
    if (node.kind !== 'preamble') out.push(node.id);
  });
  return out;
}

describe('ingestion on random plan-like text', () => {
  // 500 plans, each compiled twice: ~5 s alone, ~30 s beside the rest of the suite on two cores.
  it('never crashes, never loses text, ids always unique, MDX always compiles', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(document, async (lines) => {
        const text = lines.join('\n');
        const plan = ingestPlan(fixtureEntry(), new TextEncoder().encode(text), 'random.txt');
        // Characters no plan prints (controls, noncharacters) are set aside from their line, which
        // stays; radicals are read as the ideographs of the plan's script (simplified here).
        const wholeLines = plan.setAside.filter((s) => !isCharacterRule(s.rule));
        const aside = new Set(wholeLines.map((s) => s.line));
        const planText = text
          .split('\n')
          .map((l) => unifyRadicals(l.replace(SET_ASIDE_CHARACTERS, ''), 'hans'))
          .filter((l, i) => !aside.has(i + 1) && l.replace(/[\s\u00a0\u3000]/g, '') !== '')
          .map(fold)
          .join('');
        expect(documentPieces(plan.doc).map(fold).join('')).toBe(planText);
        expect(wholeLines.map((s) => fold(s.text)).join('')).toBe(
          text
            .split('\n')
            .filter((_, i) => aside.has(i + 1))
            .map((l) => fold(unifyRadicals(l.replace(SET_ASIDE_CHARACTERS, ''), 'hans')))
            .join(''),
        );
        // The page's order is the source's: every block, in the order the page (MDX, the data's
        // text records) shows it, starts at or after the line of the block before it.
        const starts: number[] = [];
        visit(plan.doc, (node) => {
          if (node.kind !== 'preamble') starts.push(node.source.from);
        });
        expect(starts.every((from, i) => i === 0 || from >= starts[i - 1])).toBe(true);
        const all = ids(plan.doc);
        expect(new Set(all).size).toBe(all.length);
        expect(all.every((id) => /^[a-z][a-z0-9-]*$/.test(id))).toBe(true);
        // Throws, with the line and column, on MDX that is not valid (GFM on, as on the site).
        await compile(emitMdx(plan.doc), { remarkPlugins: [remarkGfm] });
        // What the site runs, compiled from the tree, is the MDX text compiled (src/build/mdx-compile.ts).
        const tree = planTree(plan.doc);
        const mdx = emitMdx(plan.doc, tree).replace(/^---\n[\s\S]*?\n---\n/, '');
        expect(compileMdxTree(tree)).toBe(String(await compile(mdx, MDX_OPTIONS)));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 500), seed: Number(process.env.PROPERTY_SEED ?? 20261122) },
    );
  });
});
