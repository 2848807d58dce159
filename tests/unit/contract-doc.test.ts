/** docs/CONTRACT.md is the project's copy of the public contract (../shared/CONTRACT.md): the two must not drift. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const shared = '../shared/CONTRACT.md';

describe('docs/CONTRACT.md', () => {
  it.runIf(existsSync(shared))('is the same text as the shared contract', () => {
    expect(readFileSync('docs/CONTRACT.md', 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
