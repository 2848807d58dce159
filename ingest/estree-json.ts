/**
 * A JSON value as the ESTree expression that parsing its JSON.stringify text gives (acorn, as
 * MDX's parser runs it): emit-mdx.ts attaches it to each attribute expression, so that the
 * MDX tree can be compiled as it stands (src/build/mdx-compile.ts) with the same output as
 * compiling its serialised text — without parsing ~100 KB of MDX again (1–2 s a plan).
 */
import type { Expression, Program } from 'estree';

export function jsonExpression(value: unknown): Expression {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return { type: 'Literal', value, raw: JSON.stringify(value) };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`estree-json: ${value} has no JSON form`);
    const literal: Expression = { type: 'Literal', value: Math.abs(value), raw: JSON.stringify(Math.abs(value)) };
    return value < 0 || Object.is(value, -0) ? { type: 'UnaryExpression', operator: '-', prefix: true, argument: literal } : literal;
  }
  if (Array.isArray(value)) return { type: 'ArrayExpression', elements: value.map((v) => jsonExpression(v ?? null)) };
  if (typeof value === 'object')
    return {
      type: 'ObjectExpression',
      properties: Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => ({
          type: 'Property',
          key: { type: 'Literal', value: k, raw: JSON.stringify(k) },
          value: jsonExpression(v),
          kind: 'init',
          method: false,
          shorthand: false,
          computed: false,
        })),
    };
  throw new Error(`estree-json: a ${typeof value} has no JSON form`);
}

/** The program MDX's parser makes of an attribute expression `{…}`: one expression statement. */
export const jsonProgram = (value: unknown): Program => ({
  type: 'Program',
  sourceType: 'module',
  body: [{ type: 'ExpressionStatement', expression: jsonExpression(value) }],
});
