/**
 * `npm run add-plan`: the catalog entry drafted from a document's own front matter, each value
 * with the line it was read from, and nothing the document does not state (expectations:
 * tests/fixtures/formats/drafts.json, reviewed by hand against the sources).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { draftEntry, draftYaml, parseChineseDate } from '../../ingest/front-matter.ts';
import { readSource } from '../../ingest/read/index.ts';

const expected: Record<string, Record<string, unknown>> = JSON.parse(readFileSync('tests/fixtures/formats/drafts.json', 'utf8'));

describe.each(Object.entries(expected))('%s', (file, want) => {
  const script = file.includes('taizhou') ? 'hant' : 'hans';
  const source = readSource(readFileSync(file), file);
  const draft = draftEntry(source.lines, basename(file), script, source.savedFrom);

  it('drafts exactly the facts the front matter states, each with its place', () => {
    const got = Object.fromEntries(draft.fields.map((f) => [f.key, f.at === undefined ? f.value : { value: f.value, at: f.at }]));
    expect(got).toEqual(want);
  });

  it('lists what it could not read instead of guessing', () => {
    for (const key of ['title', 'kind', 'period', 'years', 'issuers']) {
      if (!(key in want)) expect(draft.missing.some((m) => m.startsWith(`${key}:`))).toBe(true);
    }
  });

  it('writes YAML that parses, every value commented with its source line', () => {
    const yaml = draftYaml(draft, file);
    const doc = parseDocument(yaml);
    expect(doc.errors).toEqual([]);
    const entry = (doc.toJS() as Record<string, unknown>[])[0];
    for (const f of draft.fields) expect(entry[f.key]).toEqual(f.value);
    for (const f of draft.fields.filter((x) => x.at)) expect(yaml).toContain(`# ${f.at}: `);
  });
});

describe('dates as printed', () => {
  it.each([
    ['2021年9月14日', '2021-09-14'],
    ['二〇二一年二月二十六日', '2021-02-26'],
    ['2021年 11 月 20 日', '2021-11-20'],
    ['2021年2阅26日', undefined],
    ['2021年13月1日', undefined],
  ])('%s → %s', (text, date) => expect(parseChineseDate(text)).toBe(date));
});
