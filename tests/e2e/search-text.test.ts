/**
 * Passage text by what is shown, and readable snippets, on the built site in Chromium: the
 * results page fetches the passages it paints (more as the reader scrolls), never a whole
 * plan; counts stay exact; a table row shows as cells; a passage of an article-numbered plan
 * names its article; keyword in context wraps on a phone instead of being cut.
 */
import { describe, expect, it } from 'vitest';
import { type Opened, openPage, useSite } from '../helpers/site.ts';
import { SLUGS, distNormaliser, planData } from '../helpers/dist.ts';
import { occurrences } from '../../src/lib/search/match.ts';

const env = useSite();
const normaliser = distNormaliser();
const plans = SLUGS.map(planData);

async function close(o: Opened): Promise<void> {
  expect(o.errors).toEqual([]);
  expect(o.outside).toEqual([]);
  await o.context.close();
}

const search = (script: string, q: string) => `/zh-${script}/search/?q=${encodeURIComponent(q)}`;
/** The results page for `q` on a desktop screen, once `shown` is there. */
async function results(script: string, q: string, shown: string): Promise<Opened> {
  const o = await openPage(env, search(script, q), { viewport: { width: 1280, height: 900 } });
  await o.page.waitForSelector(shown);
  return o;
}

describe('the results page fetches what it shows', () => {
  it('fills the first screenful from a few small fragments, the rest as the reader scrolls, with exact counts', async () => {
    const o = await results('hans', '共同富裕', '.sr-plan .sr-link mark');
    await o.page.waitForTimeout(400);
    const text = () => o.requests.filter((u) => /\/search\/f\d+\./.test(u));
    const tables = () => o.requests.filter((u) => /\/search\/[a-z0-9-]+\.[0-9a-f]{10}\.json$/.test(u) && !/manifest|fold|outline/.test(u));
    const groups = await o.page.locator('.sr-plan').count();
    expect(groups).toBe(plans.filter((p) => p.records.some((r) => normaliser.text(r.text.hans).includes('共同富裕'))).length);
    // Two groups in view, each with its three passages: a few fragments, not five plans.
    expect(await o.page.locator('.sr-plan:not([data-waiting])').count()).toBe(2);
    expect(tables().length).toBe(2);
    expect(text().length).toBeGreaterThan(0);
    expect(text().length).toBeLessThanOrEqual(6);
    // Exact counts for every plan, painted or not.
    const counts = await o.page.$$eval('.sr-plan', (ls) => ls.map((l) => [(l as HTMLElement).dataset.slug, Number((l as HTMLElement).dataset.hits)]));
    for (const [slug, hits] of counts) {
      const p = plans.find((x) => x.entry.slug === slug)!;
      expect(hits).toBe(p.records.reduce((n, r) => n + occurrences(normaliser.text(r.text.hans), '共同富裕').length, 0));
    }
    // Scrolling to the end fills every group.
    for (let i = 0; i < 10 && (await o.page.locator('.sr-plan[data-waiting]').count()); i++) {
      await o.page.mouse.wheel(0, 900);
      await o.page.waitForTimeout(250);
    }
    await expect.poll(() => o.page.locator('.sr-plan[data-waiting]').count()).toBe(0);
    expect(await o.page.$$eval('.sr-plan', (ls) => ls.filter((l) => l.querySelector('.sr-passages > li:first-child mark')).length)).toBe(groups);
    await close(o);
  });
});

describe('readable snippets', () => {
  it.each([
    ['hans', '常住人口城镇化率', '预期性'],
    ['hant', '常住人口城鎮化率', '預期性'],
  ])('a table row shows as its cells (%s)', async (script, term, attribute) => {
    const o = await results(script, term, '.sr-plan[data-slug="linhai-14-outline"] .sn-cell mark');
    const rows = await o.page.$$eval('.sr-plan[data-slug="linhai-14-outline"] .sn-row', (rs) =>
      rs.map((r) => [...r.querySelectorAll('.sn-cell')].map((c) => c.textContent)),
    );
    const row = rows.find((r) => r[0] === term && r.includes('49.5'));
    expect(row).toEqual([term, '%', '49.5', '60以上', attribute]);
    await close(o);
  });

  it.each([
    ['hans', '低空经济', '条'],
    ['hant', '低空經濟', '條'],
  ])('a passage of an article-numbered plan names its article (%s)', async (script, term, article) => {
    const o = await results(script, term, '.sr-plan[data-slug="jiaxing-15-proposal"] .sr-link mark');
    const first = o.page.locator('.sr-plan[data-slug="jiaxing-15-proposal"] .sr-link').first();
    const id = decodeURIComponent(new URL((await first.getAttribute('href'))!, env.site.origin).hash.slice(1));
    const n = /(?:^|-)a(\d+)(?:-|$)/.exec(id)?.[1];
    expect(n).toBeDefined();
    expect(await first.locator('.sr-path').textContent()).toMatch(new RegExp(`第${n}${article}$`));
    await close(o);
  });

  it('keyword in context wraps on a phone instead of cutting after the term', async () => {
    const o = await openPage(env, `/zh-hans/compare/?terms=${encodeURIComponent('共同富裕')}`, { viewport: { width: 390, height: 844 } });
    await o.page.waitForSelector('.cmp-kwic');
    const group = o.page.locator('.cmp-kwic-plan').first();
    if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
    await o.page.waitForSelector('.cmp-kwic-plan a.cmp-line');
    const lines = await group.locator('a.cmp-line').evaluateAll((as) =>
      as.slice(0, 12).map((a) => {
        const right = a.querySelector<HTMLElement>('.cmp-right')!;
        return {
          text: right.textContent ?? '',
          clipped: getComputedStyle(right).overflow === 'hidden' || right.scrollWidth > right.clientWidth + 1,
          width: a.getBoundingClientRect().right,
        };
      }),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.clipped).toBe(false);
      expect(l.width).toBeLessThanOrEqual(390);
    }
    // The whole right context is there to read (up to 40 characters), not 6–10.
    expect(Math.max(...lines.map((l) => Array.from(l.text).length))).toBeGreaterThan(20);
    await close(o);
  });
});
