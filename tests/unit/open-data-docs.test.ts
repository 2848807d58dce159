/**
 * The open-data docs cannot drift: the catalog's field table in docs/DATA.md is generated from the
 * zod schema's descriptions; the data page's field docs (src/build/open-data/formats.ts) name every
 * field /data/catalog.json publishes and nothing else, with the nested keys the schema has; and
 * DATA.md's file table lists exactly the formats of the registry, each with its maker.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFile } from '../../src/build/open-data/files.ts';
import { CATALOG_FIELDS, FORMATS } from '../../src/build/open-data/formats.ts';
import { CATALOG_DOCS_END, CATALOG_DOCS_START, catalogFields, catalogFieldsMarkdown } from '../../src/build/open-data/schema-docs.ts';
import { allPlans } from '../../src/build/plans.ts';
import { t } from '../../src/lib/i18n/index.ts';
import { SCRIPTS } from '../../src/lib/script.ts';

const DATA_MD = readFileSync(new URL('../../docs/DATA.md', import.meta.url), 'utf8');
/** Fields the catalog record adds to the entry (src/build/open-data/files.ts catalogRecord). */
const ADDED = ['counts', 'charCount', 'citation', 'urls'];
const UNPUBLISHED = ['overrides'];
const names = (row: { names: string }) => row.names.split(',').map((n) => n.trim());

describe('the catalog field docs', () => {
  const fields = catalogFields();

  it('are in docs/DATA.md as the schema generates them (node tools/data-docs.ts)', () => {
    const block = DATA_MD.slice(DATA_MD.indexOf(CATALOG_DOCS_START), DATA_MD.indexOf(CATALOG_DOCS_END) + CATALOG_DOCS_END.length);
    expect(block).toBe(catalogFieldsMarkdown());
  });

  it('describe every field of the schema', () => {
    expect(fields.filter((f) => !f.description).map((f) => f.path)).toEqual([]);
    expect(fields.map((f) => f.path)).toEqual(expect.arrayContaining(['publisher.name', 'publisher.via', 'source.url', 'source.retrieved']));
  });

  it('on the data page name every published field, and only those', () => {
    const documented = CATALOG_FIELDS.flatMap(names).sort();
    const published = [...fields.filter((f) => !f.path.includes('.') && !UNPUBLISHED.includes(f.path)).map((f) => f.path), ...ADDED].sort();
    expect(documented).toEqual(published);
    // What the seeds' catalog.json really holds is documented (a field added to the record without docs fails here).
    const records = (JSON.parse(catalogFile(allPlans)) as { plans: Record<string, unknown>[] }).plans;
    expect(records.length).toBeGreaterThan(0);
    expect([...new Set(records.flatMap((r) => Object.keys(r)))].filter((k) => !documented.includes(k))).toEqual([]);
  });

  it('on the data page spell the nested keys of each object field as the schema has them', () => {
    for (const row of CATALOG_FIELDS) {
      const braces = /^\{ (.+) \}$/.exec(row.type);
      if (!braces || names(row).length !== 1) continue;
      const nested = fields.filter((f) => f.path.startsWith(`${row.names}.`)).map((f) => f.path.slice(row.names.length + 1));
      if (nested.length > 0) expect(braces[1].split(', '), row.names).toEqual(nested);
    }
  });
});

describe('the formats in docs/DATA.md', () => {
  const table = [...DATA_MD.matchAll(/^\| `\/data\/([^`]+)` \| ([^|]+) \|/gm)].map((m) => ({ pattern: m[1], madeBy: m[2] }));

  it('are the registry, each with its maker', () => {
    expect(table.map((r) => r.pattern)).toEqual(FORMATS.map((f) => f.where.pattern));
    for (const f of FORMATS) expect(table.find((r) => r.pattern === f.where.pattern)?.madeBy, f.where.pattern).toContain(f.where.madeBy);
  });

  it('document every field with a meaning written in both scripts (fields.json names dictionary keys)', () => {
    for (const row of FORMATS.flatMap((f) => f.fields ?? [])) for (const script of SCRIPTS) expect(t(script, row.meaning), row.names).not.toBe('');
    expect(() => t('hans', 'dataFields.catalog.nope' as 'dataFields.catalog.slug')).toThrow(/dataFields\.catalog\.nope/);
  });

  it('give each format a MIME type with its charset', () => {
    expect(FORMATS.filter((f) => !/^[a-z]+\/[a-z.+-]+; charset=utf-8$/.test(f.where.mime)).map((f) => f.where.pattern)).toEqual([]);
  });
});
