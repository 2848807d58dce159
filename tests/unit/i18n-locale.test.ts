/**
 * Locale apart from script (src/lib/i18n/locale.ts): a third locale is a folder of strings plus
 * one registry entry. Shown with a pseudo-locale generated from zh-Hans (every text bracketed, its
 * placeholders kept), registered beside the shipped two but never shipped: every key resolves
 * through the same text() the pages use, and a locale missing a key fails to type-check and
 * fails checkLocale().
 */
import { describe, expect, it } from 'vitest';
import { allKeys, type Strings, scriptStrings, t } from '../../src/lib/i18n/index.ts';
import { checkLocale, LOCALES, type Locale, localeOf, text } from '../../src/lib/i18n/locale.ts';
import { LANG, SCRIPTS } from '../../src/lib/script.ts';

/** Every text of zh-Hans wrapped in ⟦…⟧: a translator's first pass, with the placeholders untouched. */
const pseudoStrings = (from: Strings): Strings =>
  Object.fromEntries(
    Object.entries(from).map(([area, texts]) => [area, Object.fromEntries(Object.entries(texts as Record<string, string>).map(([k, v]) => [k, `⟦${v}⟧`]))]),
  ) as unknown as Strings;

const pseudo: Locale = { tag: 'qps-ploc', lang: 'qps-ploc', script: 'hans', folder: 'tests/unit (generated)', strings: pseudoStrings(scriptStrings('hans')) };
const registry = [...LOCALES, pseudo];

describe('the locale registry', () => {
  it('has zh-Hans and zh-Hant, each naming its script and <html lang>', () => {
    expect(LOCALES.map((l) => [l.tag, l.script, l.lang])).toEqual([
      ['zh-Hans', 'hans', 'zh-Hans'],
      ['zh-Hant', 'hant', 'zh-Hant'],
    ]);
    for (const script of SCRIPTS) expect(localeOf(script).lang).toBe(LANG[script]);
  });

  it('is what t(script, …) reads: the same text for every key', () => {
    for (const script of SCRIPTS) for (const key of allKeys()) expect(text(localeOf(script), key, 'A', 'B', 'C', 'D')).toBe(t(script, key, 'A', 'B', 'C', 'D'));
  });

  it('finds nothing wrong with the shipped locales', () => {
    expect(LOCALES.flatMap((l) => checkLocale(l))).toEqual([]);
  });
});

describe('a pseudo-locale registered beside them', () => {
  it('resolves every key, placeholders filled', () => {
    expect(registry.map((l) => l.tag)).toContain('qps-ploc');
    const unresolved = allKeys().filter((key) => {
      const out = text(pseudo, key, 'ARG0', 'ARG1', 'ARG2', 'ARG3');
      return !out.startsWith('⟦') || /\{\d/.test(out);
    });
    expect(unresolved).toEqual([]);
    expect(text(pseudo, 'plan.characters', '1,234')).toBe('⟦1,234 字⟧');
  });

  it('is complete by checkLocale', () => {
    expect(checkLocale(pseudo)).toEqual([]);
  });

  it('fails to type-check and fails checkLocale when a key is missing', () => {
    const { name: _dropped, ...siteWithoutName } = pseudo.strings.site;
    // @ts-expect-error: site.name is missing, so these are not a locale's Strings
    const broken: Strings = { ...pseudo.strings, site: siteWithoutName };
    expect(checkLocale({ ...pseudo, strings: broken })).toEqual(['qps-ploc (tests/unit (generated)): no text for "site.name"']);
  });

  it('catches a placeholder lost in translation and a key nobody reads', () => {
    const areas = { ...pseudo.strings, plan: { ...pseudo.strings.plan, characters: '⟦字⟧', extra: 'x' } };
    const problems = checkLocale({ ...pseudo, strings: areas as Strings });
    expect(problems).toEqual([
      'qps-ploc (tests/unit (generated)): "plan.characters" has placeholders none, zh-Hans has {0}',
      'qps-ploc (tests/unit (generated)): "plan.extra" is not a key of zh-Hans',
    ]);
  });

  it('names its folder when a key is not found', () => {
    // @ts-expect-error: not a key of the dictionary
    expect(() => text(pseudo, 'site.nope')).toThrow(/tests\/unit \(generated\)/);
  });
});
