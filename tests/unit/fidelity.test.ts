/**
 * Nothing is lost, nothing is added: every line of every seed is either plan text that
 * appears in the emitted document, in order, or is listed in the report as set aside
 * (debris, printed table of contents, editorial remark), and the document holds nothing else.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestAll } from '../../ingest/run.ts';
import { documentPieces, fold } from '../helpers/doc-text.ts';

const plans = ingestAll('seeds');

describe.each(plans.map((p) => [p.entry.slug, p] as const))('%s', (_slug, plan) => {
  const sourceLines = readFileSync(plan.file, 'utf8').split(/\r\n|\r|\n/);
  const setAside = new Map(plan.setAside.map((s) => [s.line, s]));

  it('accounts for every non-blank source line as plan text or as set aside', () => {
    const aside = sourceLines
      .filter((_, i) => setAside.has(i + 1))
      .map(fold)
      .join('');
    const asideReported = plan.setAside.map((s) => fold(s.text)).join('');
    expect(asideReported).toBe(aside);
  });

  it('emits exactly the plan lines, in order, with nothing else in the body', () => {
    const planText = sourceLines
      .filter((l, i) => !setAside.has(i + 1) && l.trim() !== '')
      .map(fold)
      .join('');
    const emitted = documentPieces(plan.doc).map(fold).join('');
    // Compare in chunks so a failure points at the first place the two diverge.
    let i = 0;
    while (i < planText.length && planText[i] === emitted[i]) i++;
    expect(emitted.slice(i, i + 40), `diverges after: …${planText.slice(Math.max(0, i - 40), i)}`).toBe(planText.slice(i, i + 40));
    expect(emitted.length).toBe(planText.length);
  });

  it('keeps no web debris in the document', () => {
    const emitted = fold(documentPieces(plan.doc).join(''));
    for (const s of plan.setAside.filter((x) => x.role === 'debris' && !x.rule.startsWith('page heading') && fold(x.text).length >= 6)) {
      expect(emitted, `line ${s.line}`).not.toContain(fold(s.text));
    }
    for (const marker of ['浏览次数', '阅读量', '老年模式', '当前位置', '打印关闭', '农交网', '道沃源网', '发表评论', '版權所有', '投稿邮箱']) {
      expect(emitted, marker).not.toContain(marker);
    }
  });
});
