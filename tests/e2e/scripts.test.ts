/**
 * One traditional form per place name on the built site (docs/SCRIPTS.md): every converted
 * traditional page and search file writes 台州 and 天台 the way the converter writes the name
 * alone, never a variant (臺州) that a neighbouring OpenCC phrase produced. A document shown in
 * its own traditional script keeps its printed forms, so its own pages are not checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertText, PLACE_NAMES } from '../../src/build/convert.ts';
import { DIST, htmlFiles, planData, SLUGS } from '../helpers/dist.ts';

/** Every traditional spelling of a name that folds back to it, but the converter's own. */
function variants(name: string): string[] {
  const fold = new Map<string, string[]>();
  const foldFile = readdirSync(join(DIST, 'search')).find((f) => f.startsWith('fold.'))!;
  const pairs = [...(JSON.parse(readFileSync(join(DIST, 'search', foldFile), 'utf8')) as string)];
  for (let i = 0; i < pairs.length; i += 2) fold.set(pairs[i + 1], [...(fold.get(pairs[i + 1]) ?? []), pairs[i]]);
  let forms = [''];
  for (const ch of name) forms = forms.flatMap((f) => [ch, ...(fold.get(ch) ?? [])].map((c) => f + c));
  const own = convertText(name, 'hans', 'hant');
  return forms.filter((f) => f !== own);
}

const ownHant = SLUGS.filter((s) => planData(s).entry.script === 'hant');
// Pages under related/ quote passages of every plan, the traditional original verbatim among them
// (as do the related lists of passage pages, cut out below).
const converted = (path: string) => !path.includes('/related/') && !ownHant.some((s) => path.includes(`plans/${s}/`) || path.includes(s));

describe('place names in converted traditional text', () => {
  const files = [
    ...htmlFiles(join(DIST, 'zh-hant')).map((f) => join(DIST, 'zh-hant', f)),
    ...readdirSync(join(DIST, 'search'))
      .filter((f) => f.includes('.hant.'))
      .map((f) => join(DIST, 'search', f)),
  ].filter(converted);

  // Search fragments are cut across plans: a passage of a plan shown in its own traditional script keeps its printed forms.
  const ownText = ownHant
    .map((s) =>
      planData(s)
        .records.map((r) => r.text.hant)
        .join('\n'),
    )
    .join('\n');
  const convertedStrings = (json: string): string =>
    (JSON.stringify(JSON.parse(json)).match(/"(?:[^"\\]|\\.)*"/g) ?? [])
      .map((q) => JSON.parse(q) as string)
      .filter((str) => !ownText.includes(str))
      .join('\n');

  it.each(PLACE_NAMES)('%s: one form on every page and in every search file', (name) => {
    const wrong = variants(name);
    expect(wrong.length).toBeGreaterThan(0); // 臺州 for 台州: the check has something to find
    const found = files.flatMap((f) => {
      const raw = readFileSync(f, 'utf8');
      // A related-passages list quotes other plans' headings as printed (the Taizhou proposal's 臺州 among them).
      const text = f.endsWith('.json') ? convertedStrings(raw) : raw.replace(/<section class="related"[\s\S]*?<\/section>/g, '');
      return wrong.filter((w) => text.includes(w)).map((w) => `${f}: ${w}`);
    });
    expect(found).toEqual([]);
  });

  it('the Linhai outline, which printed 台州 46 times and 臺州 10 times, now prints only 台州', () => {
    const html = readFileSync(join(DIST, 'zh-hant/plans/linhai-14-outline/index.html'), 'utf8');
    expect(html.split('台州').length - 1).toBeGreaterThanOrEqual(56);
    expect(html).not.toContain('臺州');
  });
});
