/**
 * Where code runs is a folder: src/lib and src/client are shipped to the browser and may not
 * import Node built-ins, OpenCC or build-time modules (biome.json, noRestrictedImports). This
 * test shows the rule failing on a probe module, so the boundary cannot silently lapse.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const biome = resolve('node_modules/.bin/biome');
const dir = mkdtempSync(join(tmpdir(), 'boundary-'));
copyFileSync('biome.json', join(dir, 'biome.json'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROBE = [
  "import { readFileSync } from 'node:fs';",
  "import OpenCC from 'opencc-js';",
  "import dict from 'opencc-js/dict/TWVariants';",
  "import { convertText } from '../build/convert.ts';",
  'export const probe = [readFileSync, OpenCC, dict, convertText];',
  '',
].join('\n');

function lint(folder: string): string[] {
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, folder, 'probe.ts'), PROBE);
  try {
    execFileSync(biome, ['lint', '--reporter=github', `${folder}/probe.ts`], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    return [];
  } catch (e) {
    const out = String((e as { stdout?: string }).stdout ?? '');
    return out.split('\n').filter((l) => l.includes('noRestrictedImports'));
  }
}

describe('the browser/Node boundary is enforced by lint', () => {
  it.each(['src/client', 'src/lib', 'src/lib/search'])('a module in %s importing node:*, OpenCC or src/build fails lint', (folder) => {
    expect(lint(folder)).toHaveLength(4);
  });
  it.each(['src/build', 'ingest'])('the same imports are allowed in %s', (folder) => {
    expect(lint(folder)).toHaveLength(0);
  });
});
