/** A table-driven test: one case per row, each input mapping to its output under `f` (compared with toBe). */
import { expect, it } from 'vitest';

export function eachMaps<I, O>(title: string, rows: readonly (readonly [I, O])[], f: (input: I) => O): void {
  it.each(rows.map(([input, output]) => [input, output] as [I, O]))(title, (input, output) => {
    expect(f(input)).toBe(output);
  });
}
