/**
 * No interface string goes through OpenCC: interface text is hand-written in both scripts in
 * src/lib/i18n/, and OpenCC converts only the plans' own words (src/build/convert.ts). This scans
 * the build-time code for a conversion of a string literal carrying Chinese — convertText('…'),
 * or any local helper wrapping it (`const zh = (s) => convertText(s, …)`, then zh('…')).
 * A template literal whose Chinese is only inside `${…}` is data and passes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['src/pages', 'src/components', 'src/layouts', 'src/build'];
const HAN = /\p{Script=Han}/u;

const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|astro|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** The literal starting at `source[at]` (a quote or backtick), or undefined. */
function literalAt(source: string, at: number): string | undefined {
  const quote = source[at];
  if (!`'"\``.includes(quote)) return undefined;
  let depth = 0;
  for (let i = at + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (quote === '`' && c === '$' && source[i + 1] === '{') {
      depth++;
      i++;
    } else if (depth > 0 && c === '}') depth--;
    else if (depth === 0 && c === quote) return source.slice(at + 1, i);
  }
  return undefined;
}

/** Every `name('…')` call in `source` whose first argument is a literal with Chinese outside `${…}`. */
function convertedLiterals(source: string): string[] {
  // A helper is an arrow (or a chain of them: zhIn = (script) => (s) => convertText(…)) ending in a conversion,
  // or the result of calling one (const zh = zhIn(script)).
  const helpers = [...source.matchAll(/(?:const|let)\s+(\w+)\s*=\s*(?:(?:\([^)]*\)|\w+)\s*(?::\s*\w+\s*)?=>\s*)+(?:convertText|converter\([^)]*\))\(/g)].map(
    (m) => m[1],
  );
  for (const h of [...helpers]) for (const m of source.matchAll(new RegExp(`(?:const|let)\\s+(\\w+)\\s*=\\s*${h}\\(`, 'g'))) helpers.push(m[1]);
  const names = ['convertText', 'toHant', 'toHans', ...helpers];
  const found: string[] = [];
  for (const m of source.matchAll(new RegExp(`\\b(${names.join('|')})\\(\\s*`, 'g'))) {
    const text = literalAt(source, (m.index ?? 0) + m[0].length);
    if (text !== undefined && HAN.test(text.replace(/\$\{[^}]*\}/g, ''))) found.push(`${m[1]}(${text.slice(0, 20)}…)`);
  }
  return found;
}

describe('interface text is never converted', () => {
  it('finds a converted literal in a probe, and passes data', () => {
    const dollar = '$';
    const probe = [
      "const zh = (s: string) => convertText(s, 'hans', script);",
      "const zhIn = (script: Script) => (s: string) => convertText(s, 'hans', script); const cv = zhIn(script); cv('引用');",
      "zh('开放数据'); zh(meta.title);",
      `convertText(\`${dollar}{city}${dollar}{kind}\`, 'hans', s); convertText("页", a, b);`,
    ].join('\n');
    expect(convertedLiterals(probe)).toEqual(['cv(引用…)', 'zh(开放数据…)', 'convertText(页…)']);
  });

  it(`holds over ${SCANNED.join(', ')}`, () => {
    const offenders = SCANNED.flatMap(files).flatMap((file) =>
      convertedLiterals(readFileSync(join(ROOT, file), 'utf8')).map((call) => `${relative(ROOT, join(ROOT, file))}: ${call}`),
    );
    expect(offenders).toEqual([]);
  });
});
