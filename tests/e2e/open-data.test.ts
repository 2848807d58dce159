/**
 * The open data round-trips against the built pages (CONTRACT.md /data/): every record and
 * every block of the trees names an id that exists on its plan's page in both scripts, every
 * table's CSV equals the page's table cell by cell, and each plan page links its files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { fillSpans } from '../../src/lib/table-csv.ts';
import { DIST, SLUGS, page } from '../helpers/dist.ts';

const read = (path: string) => readFileSync(join(DIST, 'data', path), 'utf8');
const catalog = JSON.parse(read('catalog.json'));
const corpus = read('corpus.jsonl')
  .trimEnd()
  .split('\n')
  .map((line) => JSON.parse(line));

/** A page's table as a grid, spans filled; a sub-row's parent label on a line of its own. */
function pageGrid(table: HTMLElement): string[][] {
  const rows = table.querySelectorAll('tr').map((tr) =>
    tr.querySelectorAll('th, td').map((cell) => {
      const parent = cell.querySelector('.parent')?.textContent;
      const text = parent ? `${parent}\n${cell.textContent.slice(parent.length)}` : cell.textContent;
      return { text: text.trim(), rowspan: Number(cell.getAttribute('rowspan') ?? 1), colspan: Number(cell.getAttribute('colspan') ?? 1) };
    }),
  );
  return fillSpans(rows);
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [[]];
  const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/gy;
  const body = text.slice(1);
  let m: RegExpExecArray | null = re.exec(body);
  while (m && m.index < body.length) {
    const f = m[1];
    rows[rows.length - 1].push(f.startsWith('"') ? f.slice(1, -1).replaceAll('""', '"') : f);
    if (m[2] === '\r\n') rows.push([]);
    m = re.exec(body);
  }
  return rows.filter((r) => r.length > 0);
}

describe('the catalog', () => {
  it('lists every plan with its files, all of which exist', () => {
    expect(catalog.plans.map((p: { slug: string }) => p.slug)).toEqual(SLUGS);
    for (const p of catalog.plans) {
      const files = [p.urls.json, ...Object.values(p.urls.text), ...Object.values(p.urls.markdown), ...p.urls.tables.map((t: { csv: string }) => t.csv)];
      for (const f of files) expect(existsSync(join(DIST, f)), f).toBe(true);
      expect(p.citation.authors.length, p.slug).toBeGreaterThan(0);
    }
  });
});

describe.each(SLUGS)('%s', (slug) => {
  const pages = { hans: page(`zh-hans/plans/${slug}/`), hant: page(`zh-hant/plans/${slug}/`) };
  const ids = Object.fromEntries(Object.entries(pages).map(([s, doc]) => [s, new Set(doc.querySelectorAll('[id]').map((e) => e.id))]));

  it('has every corpus record’s id on its page, in both scripts', () => {
    const records = corpus.filter((r) => r.plan === slug);
    expect(records.length).toBeGreaterThan(40);
    for (const script of ['hans', 'hant'])
      expect(
        records.map((r) => r.id).filter((id) => !ids[script].has(id)),
        script,
      ).toEqual([]);
  });

  it('has every block of the JSON tree on its page, with the text the page shows', () => {
    const tree = JSON.parse(read(`plans/${slug}.json`));
    const missing: string[] = [];
    const walk = (blocks: { id: string; kind: string; text?: Record<string, string>; children: unknown[] }[]) => {
      for (const b of blocks) {
        for (const script of ['hans', 'hant'] as const) {
          if (!ids[script].has(b.id)) missing.push(`${script}#${b.id}`);
          // A paragraph's text is the page's, word for word (footnote numbers and controls aside).
          const el = pages[script].getElementById(b.id);
          if (b.kind === 'paragraph' && el && b.text) {
            for (const x of el.querySelectorAll('.permalink, .fnref, .num')) x.remove();
            expect(el.textContent.replace(/\s/g, ''), `${script}#${b.id}`).toBe(b.text[script].replace(/\s/g, ''));
          }
        }
        walk(b.children as typeof blocks);
      }
    };
    walk(tree.blocks);
    expect(missing).toEqual([]);
  });

  it('keeps every id in the text and Markdown files', () => {
    const want = corpus.filter((r) => r.plan === slug).map((r) => r.id);
    for (const script of ['zh-hans', 'zh-hant']) {
      const txt = read(`plans/${slug}.${script}.txt`);
      const md = read(`plans/${slug}.${script}.md`);
      expect(want.filter((id) => !txt.includes(`[${id}] `))).toEqual([]);
      expect(want.filter((id) => !md.includes(`<a id="${id}"></a>`))).toEqual([]);
    }
  });

  it('publishes each table as CSV equal to the page’s table, cell by cell', () => {
    const entry = catalog.plans.find((p: { slug: string }) => p.slug === slug);
    const original = entry.script === 'hans' ? pages.hans : pages.hant;
    for (const t of entry.urls.tables) {
      const table = original.getElementById(t.id)?.querySelector('table');
      expect(table, t.id).toBeTruthy();
      expect(parseCsv(readFileSync(join(DIST, t.csv), 'utf8'))).toEqual(pageGrid(table as HTMLElement));
    }
  });
});
