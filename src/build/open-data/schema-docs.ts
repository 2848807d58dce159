/**
 * The catalog's field docs, generated from its zod schema (src/lib/catalog-schema.ts: each
 * field's `.describe()`), so the docs cannot drift from what ingest/catalog.ts accepts: the
 * table in docs/DATA.md between the `catalog-fields` markers is this text
 * (tests/unit/open-data-docs.test.ts; `node tools/data-docs.ts` writes it).
 */
import type { z } from 'astro/zod';
import { catalogEntrySchema } from '../../lib/catalog-schema.ts';

export interface SchemaField {
  /** `publisher.name` for a nested field. */
  path: string;
  type: string;
  optional: boolean;
  description: string;
}

type Any = z.ZodType & { def: { type: string; innerType?: Any; element?: Any; shape?: Record<string, Any>; entries?: Record<string, string> } };

const inner = (s: Any): Any => (s.def.type === 'optional' ? (s.def.innerType as Any) : s);

function typeName(s: Any): string {
  const t = inner(s);
  if (t.def.type === 'enum') return 'enum';
  if (t.def.type === 'array') return `${typeName(t.def.element as Any)}[]`;
  if (t.def.type === 'tuple') return 'tuple';
  return t.def.type;
}

/** Every field of an object schema, nested objects' fields after their own, in declaration order. */
export function schemaFields(shape: Record<string, Any>, prefix = ''): SchemaField[] {
  return Object.entries(shape).flatMap(([key, field]) => {
    const path = `${prefix}${key}`;
    const own: SchemaField = {
      path,
      type: typeName(field),
      optional: field.def.type === 'optional',
      description: field.description ?? inner(field).description ?? '',
    };
    const t = inner(field);
    return t.def.type === 'object' && t.def.shape ? [own, ...schemaFields(t.def.shape, `${path}.`)] : [own];
  });
}

export const catalogFields = (): SchemaField[] => schemaFields((catalogEntrySchema as unknown as { shape: Record<string, Any> }).shape);

export const CATALOG_DOCS_START = '<!-- catalog-fields: generated from src/lib/catalog-schema.ts by tools/data-docs.ts -->';
export const CATALOG_DOCS_END = '<!-- /catalog-fields -->';

/** The Markdown table of the catalog's fields, with the markers around it. */
export function catalogFieldsMarkdown(): string {
  const rows = catalogFields().map((f) => `| \`${f.path}\` | ${f.type} | ${f.optional ? 'optional' : 'required'} | ${f.description.replace(/\|/g, '\\|')} |`);
  return [CATALOG_DOCS_START, '| field | type | | meaning |', '|---|---|---|---|', ...rows, CATALOG_DOCS_END].join('\n');
}
