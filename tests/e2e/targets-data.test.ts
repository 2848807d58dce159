/**
 * /data/targets.json and /data/targets.csv round-trip against the built site (CONTRACT.md,
 * Targets): every record's plan#id exists on the plan page in both scripts and its quote is in
 * that block's text on the simplified page (a table's quote cell by cell); the CSV holds the
 * same records, field for field, with numbers as numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TargetRecord, TargetsFile } from '../../src/lib/targets/types.ts';
import { DIST, SLUGS, page } from '../helpers/dist.ts';

const read = (path: string) => readFileSync(join(DIST, 'data', path), 'utf8');
const file = JSON.parse(read('targets.json')) as TargetsFile;
const squash = (s: string) => s.replace(/\s/g, '');

describe('targets.json', () => {
  it('is version 1, with records from the seeds and every key among its indicators', () => {
    expect(file.version).toBe(1);
    expect(file.targets.length).toBeGreaterThan(150);
    const keys = new Set(file.indicators.map((i) => i.key));
    for (const t of file.targets) if (t.key !== null) expect(keys.has(t.key), t.key).toBe(true);
    for (const i of file.indicators) expect(i.names.hans && i.names.hant, i.key).toBeTruthy();
  });

  describe.each(SLUGS)('%s', (slug) => {
    const records = file.targets.filter((t) => t.plan === slug);
    const pages = { hans: page(`zh-hans/plans/${slug}/`), hant: page(`zh-hant/plans/${slug}/`) };
    it('names blocks that exist on the page, in both scripts', () => {
      for (const [script, doc] of Object.entries(pages)) {
        const ids = new Set(doc.querySelectorAll('[id]').map((e) => e.id));
        expect(
          records.map((r) => r.id).filter((id) => !ids.has(id)),
          script,
        ).toEqual([]);
      }
    });
    it('quotes what the block says on the page', () => {
      const bad: string[] = [];
      for (const r of records) {
        const el = pages.hans.getElementById(r.id);
        if (!el) continue;
        for (const x of el.querySelectorAll('.permalink, .fnref')) x.remove();
        const text = squash(el.textContent);
        const parts = r.source === 'table' ? r.quote.split(' | ') : [r.quote];
        for (const part of parts) if (!text.includes(squash(part))) bad.push(`${r.id}: ${part}`);
      }
      expect(bad).toEqual([]);
    });
  });
});

describe('targets.csv', () => {
  const csv = read('targets.csv');
  it('is UTF-8 with a BOM, one row per record with the contract fields', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('plan,id,row,indicator,key,kind,year,value,low,high,unit,modifier,aspirational,cumulative,growth,binding,source,quote');
    // Quoted fields hold no line breaks here (quotes are single sentences), so a line is a record.
    expect(lines.length - 1).toBe(file.targets.length);
    const first = file.targets[0] as TargetRecord;
    expect(lines[1].startsWith(`${first.plan},${first.id},${first.row ?? ''},`)).toBe(true);
    expect(lines[1]).toContain(`,${first.year},${first.value ?? ''},`);
  });
});
