/** Writes the catalog's field table into docs/DATA.md from the zod schema (src/build/open-data/schema-docs.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { CATALOG_DOCS_END, CATALOG_DOCS_START, catalogFieldsMarkdown } from '../src/build/open-data/schema-docs.ts';

const file = new URL('../docs/DATA.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const start = text.indexOf(CATALOG_DOCS_START);
const end = text.indexOf(CATALOG_DOCS_END);
if (start < 0 || end < start) throw new Error(`docs/DATA.md: no "${CATALOG_DOCS_START}" … "${CATALOG_DOCS_END}" block to fill`);
writeFileSync(file, text.slice(0, start) + catalogFieldsMarkdown() + text.slice(end + CATALOG_DOCS_END.length));
console.log('docs/DATA.md: catalog fields written');
