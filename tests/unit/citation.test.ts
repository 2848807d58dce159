/** Citations: the place as printed, GB/T 7714 text and the machine formats, against data in tests/fixtures/citation/. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planData } from '../../ingest/emit-data.ts';
import { ingestAll } from '../../ingest/run.ts';
import { convertText } from '../../src/build/convert.ts';
import { bibtex, citeSource, cslJson, gbt7714, placeLabel, placeLabels, ris } from '../../src/lib/citation/index.ts';
import type { CatalogEntry } from '../../src/lib/catalog-schema.ts';
import type { Script } from '../../src/lib/plan-types.ts';

const fixtures = 'tests/fixtures/citation';
const plans = new Map(ingestAll('seeds').map((p, i) => [p.entry.slug, planData(p.entry, p.doc, p.counts, i)]));
interface Case {
  slug: string;
  id: string;
  script: Script;
  place?: string;
  text?: string;
}
const data = parse(readFileSync(`${fixtures}/cases.yaml`, 'utf8')) as { cases: Case[]; gbt7714: Case[] };

function cite(c: Case) {
  const plan = plans.get(c.slug);
  if (!plan) throw new Error(`${fixtures}/cases.yaml: no plan ${c.slug}`);
  const place = c.id ? placeLabel(c.id, placeLabels(plan.outline, c.script), c.script) : '';
  const url = `https://example.org/${c.script === 'hans' ? 'zh-hans' : 'zh-hant'}/plans/${c.slug}/${c.id ? `#${c.id}` : ''}`;
  const source = citeSource(plan.entry, (s) => convertText(s, 'hans', c.script));
  return { source, place, target: { url, place, accessed: '2026-01-01' } };
}

describe('the place in the document’s own numbering', () => {
  it.each(data.cases)('$slug #$id ($script) → $place', (c) => {
    expect(cite(c).place).toBe(c.place);
  });

  it('reads a segment outside the grammar as written, never throws', () => {
    for (const id of ['x9-zz', '', 'c3-', '-p1', 'c3-s2-p4-q', '%E4%B8']) expect(() => placeLabel(id, {}, 'hans')).not.toThrow();
    expect(placeLabel('x9-zz', {}, 'hans')).toBe('x9zz');
    expect(placeLabel('c3-s2-p4', {}, 'hans')).toBe('第三章（二）第4段');
  });

  it('prints a chapter as the document prints it: 第三章 where the layout says so', () => {
    expect(placeLabel('c3-s2-p4', { c3: '第三章', 'c3-s2': '第二节' }, 'hans')).toBe('第三章第二节第4段');
  });
});

describe('GB/T 7714-2015', () => {
  it.each(data.gbt7714)('$slug #$id ($script)', (c) => {
    const { source, target } = cite(c);
    expect(gbt7714(source, target, c.script)).toBe(c.text);
  });

  it('names a 主要责任者 and a stated date rule for every plan', () => {
    for (const plan of plans.values()) {
      const source = citeSource(plan.entry);
      expect(source.authors.length, plan.entry.slug).toBeGreaterThan(0);
      if (source.date) expect(plan.entry.dates[source.dateRule as 'written']).toBe(source.date);
      // A repost is the date of a copy, never the document's date.
      expect(source.dateRule).not.toBe('reposted');
    }
  });

  it('adds the original page and the day it was read where the catalog records them', () => {
    const entry = plans.get('jiaxing-15-proposal')?.entry as CatalogEntry;
    const withUrl = { ...entry, source: { url: 'https://example.com/a.html', retrieved: '2025-12-01' } };
    const text = gbt7714(citeSource(withUrl), { url: 'https://example.org/x/', place: '', accessed: '2026-01-01' }, 'hans');
    expect(text.endsWith('原文: 嘉兴日报, https://example.com/a.html[2025-12-01].')).toBe(true);
  });
});

describe('BibTeX, RIS, CSL-JSON', () => {
  const c = cite({ slug: 'linhai-14-outline', id: 'c2-s1', script: 'hans' });
  it('match the expected files', () => {
    expect(bibtex(c.source, c.target, 'c2-s1', 'hans')).toBe(readFileSync(`${fixtures}/linhai-c2-s1.bib`, 'utf8'));
    expect(ris(c.source, c.target, 'hans')).toBe(readFileSync(`${fixtures}/linhai-c2-s1.ris`, 'utf8'));
    expect(cslJson(c.source, c.target, 'c2-s1', 'hans')).toEqual(JSON.parse(readFileSync(`${fixtures}/linhai-c2-s1.csl.json`, 'utf8')));
  });

  it('escape BibTeX specials outside the url', () => {
    const source = { ...c.source, title: '50% & {x}_1' };
    expect(bibtex(source, c.target, '', 'hans')).toContain('title = {50\\% \\& \\{x\\}\\_1}');
  });
});
