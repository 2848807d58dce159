/**
 * The targets pages on the built site (issue 18, item 3). Without JavaScript: every record of
 * src/generated/targets.json is in a table (a keyed one on its indicator's page, every one in
 * its plan's "本规划的目标"), in both scripts, each linking to an id that exists on the plan
 * page; every plan without a figure is named. In Chromium: the filters, the charts with their
 * floors and ceilings drawn, the quiet marks in the plan text (text unchanged), the compare
 * and search hookups, axe. No console errors and no request outside the site.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { HTMLElement as Parsed } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe.ts';
import { page as built, SLUGS } from '../helpers/dist.ts';
import { openPage, type Opened, useSite } from '../helpers/site.ts';
import type { TargetsFile } from '../../src/lib/targets/types.ts';
import type { TargetChartSpec } from '../../src/lib/targets/chart.ts';
import { chartMarks } from '../../src/lib/targets/marks.ts';

const env = useSite();
const file: TargetsFile = JSON.parse(readFileSync('src/generated/targets.json', 'utf8'));
const keys = [...new Set(file.targets.flatMap((r) => (r.key ? [r.key] : [])))];
const SCRIPTS = ['zh-hans', 'zh-hant'] as const;

const rowsOf = (doc: Parsed) => doc.querySelectorAll('table.tg-table tbody tr');
const idsOn = new Map<string, Set<string>>();
function planIds(slug: string): Set<string> {
  let ids = idsOn.get(slug);
  if (!ids) {
    ids = new Set(
      built(`zh-hans/plans/${slug}`)
        .querySelectorAll('[id]')
        .map((e) => e.id),
    );
    idsOn.set(slug, ids);
  }
  return ids;
}
/** `/zh-hans/plans/<slug>/#<id>` → [slug, id]. */
const target = (href: string) => /\/plans\/([^/]+)\/#(.+)$/.exec(decodeURI(href))?.slice(1) as [string, string];

async function close(o: Opened): Promise<void> {
  expect(o.errors).toEqual([]);
  expect(o.outside).toEqual([]);
  await o.context.close();
}

describe('without JavaScript, complete', () => {
  it('has every keyed record on its indicator page, in both scripts, linked to an id of its plan', () => {
    expect(file.targets.length).toBeGreaterThan(0);
    for (const script of SCRIPTS)
      for (const key of keys) {
        const doc = built(`${script}/targets/${key}`);
        const rows = rowsOf(doc);
        const records = file.targets.filter((r) => r.key === key);
        expect(rows.length, `${script} ${key}`).toBe(records.length);
        const seen = rows.map((tr) => `${tr.getAttribute('data-plan')}#${target(tr.querySelector('.tg-quote a')!.getAttribute('href')!)[1]}`).sort();
        expect(seen, key).toEqual(records.map((r) => `${r.plan}#${r.id}`).sort());
        for (const a of doc.querySelectorAll('.tg-quote a')) {
          const [slug, id] = target(a.getAttribute('href')!);
          expect(planIds(slug).has(id), `${key}: ${slug}#${id}`).toBe(true);
        }
        // The plans without a figure are named, and with the others make the whole corpus.
        const without = doc.querySelectorAll('.tg-without-list a').length;
        expect(without + new Set(records.map((r) => r.plan)).size).toBe(SLUGS.length);
      }
  });

  it('lists every record of a plan in its 本规划的目标, unkeyed ones too', () => {
    for (const script of SCRIPTS)
      for (const slug of SLUGS) {
        const doc = built(`${script}/plans/${slug}`);
        const view = doc.querySelector('#plan-targets');
        expect(view, slug).not.toBeNull();
        const rows = view!.querySelectorAll('tbody tr');
        expect(rows.length, `${script} ${slug}`).toBe(file.targets.filter((r) => r.plan === slug).length);
        for (const a of view!.querySelectorAll('.tg-quote a')) expect(planIds(slug).has(target(a.getAttribute('href')!)[1])).toBe(true);
        // Outside the plan document: section pages do not repeat it.
        const html = readFileSync(`dist/${script}/plans/${slug}/index.html`, 'utf8');
        expect(html.indexOf('id="plan-targets"')).toBeLessThan(html.indexOf('<!--plan-document-->'));
      }
  });

  it('has an overview listing every indicator with figures, by theme, with its count of plans', () => {
    for (const script of SCRIPTS) {
      const doc = built(`${script}/targets`);
      const rows = doc.querySelectorAll('.tg-overview tbody tr');
      expect(rows.map((r) => r.getAttribute('data-key')).sort()).toEqual([...keys].sort());
      for (const r of rows) {
        const key = r.getAttribute('data-key')!;
        const plans = new Set(file.targets.filter((x) => x.key === key).map((x) => x.plan)).size;
        expect(r.querySelector('[data-tg-plans]')!.text).toBe(`${plans} / ${SLUGS.length}`);
      }
      expect(doc.querySelectorAll('.tg-theme h2').length).toBeGreaterThanOrEqual(4);
    }
  });

  it('keeps the page a reader opens small (gzipped)', () => {
    const pages = SCRIPTS.flatMap((s) => [`${s}/targets`, ...keys.map((k) => `${s}/targets/${k}`)]);
    const biggest = Math.max(...pages.map((p) => gzipSync(readFileSync(`dist/${p}/index.html`)).length));
    expect(biggest).toBeLessThan(300 * 1024);
    expect(gzipSync(readFileSync('dist/targets/keys.json')).length).toBeLessThan(30 * 1024);
  });
});

/** A key whose page draws a chart with `mark` (a floor, a ceiling), from the page's own data. */
function keyWithMark(mark: 'floor' | 'ceiling'): string {
  for (const key of keys) {
    const specs = built(`zh-hans/targets/${key}`)
      .querySelectorAll('figure[data-tg-chart]')
      .map((f) => JSON.parse(f.getAttribute('data-tg-chart')!) as TargetChartSpec);
    if (specs.some((s) => chartMarks(s).includes(mark))) return key;
  }
  throw new Error(`no chart with a ${mark} in the corpus`);
}

describe('in the browser', () => {
  it('draws each chart with the marks its figures need', async () => {
    for (const script of SCRIPTS)
      for (const key of new Set([keyWithMark('floor'), keyWithMark('ceiling')])) {
        const o = await openPage(env, `/${script}/targets/${key}/`);
        await o.page.waitForSelector('figure[data-tg-chart] canvas[data-marks]');
        const charts = await o.page.$$eval('figure[data-tg-chart]', (fs) =>
          fs.map((f) => ({ spec: (f as HTMLElement & { dataset: DOMStringMap }).dataset.tgChart!, marks: f.querySelector('canvas')?.dataset.marks ?? null })),
        );
        for (const c of charts) {
          if (c.marks === null) continue; // not yet near the view
          expect(c.marks.split(' ').sort()).toEqual([...chartMarks(JSON.parse(c.spec))].sort());
        }
        await close(o);
      }
  });

  it('filters an indicator page by plan and kind, keeping the choice in the URL', async () => {
    const key = 'urbanisation';
    const records = file.targets.filter((r) => r.key === key);
    const plan = records[records.length - 1].plan;
    const o = await openPage(env, `/zh-hans/targets/${key}/`);
    await o.page.selectOption('select[name="plan"]', plan);
    const visible = () =>
      o.page.$$eval('.tg-table tbody tr:not([hidden])', (rs) => rs.map((r) => `${(r as HTMLElement).dataset.plan} ${(r as HTMLElement).dataset.kind}`));
    expect((await visible()).every((v) => v.startsWith(`${plan} `))).toBe(true);
    expect((await visible()).length).toBe(records.filter((r) => r.plan === plan).length);
    expect(new URL(o.page.url()).searchParams.get('plan')).toBe(plan);
    await o.page.goto(`${env.site.origin}/zh-hans/targets/${key}/?kind=target`);
    expect((await visible()).length).toBe(records.filter((r) => r.kind === 'target').length);
    expect(await o.page.textContent('.tg-count')).toContain(String(records.filter((r) => r.kind === 'target').length));
    await close(o);
  });

  it('filters the overview by theme and by plan, counting again', async () => {
    const o = await openPage(env, '/zh-hant/targets/');
    await o.page.selectOption('select[name="theme"]', '生态');
    const themes = await o.page.$$eval('.tg-theme:not([hidden])', (s) => s.map((x) => (x as HTMLElement).dataset.theme));
    expect(themes).toEqual(['生态']);
    await o.page.selectOption('select[name="theme"]', '');
    const plan = 'linhai-common-prosperity';
    await o.page.selectOption('select[name="plan"]', plan);
    const shown = await o.page.$$eval('.tg-overview tbody tr:not([hidden])', (rs) =>
      rs.map((r) => [(r as HTMLElement).dataset.key, r.querySelector('[data-tg-plans]')!.textContent]),
    );
    const expected = [...new Set(file.targets.filter((r) => r.plan === plan && r.key).map((r) => r.key))].sort();
    expect(shown.map(([k]) => k).sort()).toEqual(expected);
    expect(shown.every(([, n]) => n === `1 / ${SLUGS.length}`)).toBe(true);
    await close(o);
  });

  it("marks the plan's stated targets in its text as links, leaving the text as it was", async () => {
    for (const script of SCRIPTS) {
      const slug = 'linhai-common-prosperity';
      const o = await openPage(env, `/${script}/plans/${slug}/`);
      await o.page.waitForFunction(() => document.documentElement.dataset.targetMarks !== undefined);
      const marks = await o.page.$$eval('.plan-body a.tg-mark', (as) =>
        as.map((a) => {
          const block = a.closest('p[id], table');
          const id = block?.tagName === 'TABLE' ? (block.closest('[id]')?.id ?? '') : (block?.id ?? '');
          return {
            text: a.textContent,
            href: a.getAttribute('href'),
            selector: block?.tagName === 'TABLE' ? `#${id} table` : `#${id}`,
            blockText: block?.textContent ?? '',
          };
        }),
      );
      expect(marks.length).toBeGreaterThanOrEqual(5);
      // Nearly every target whose number the quote prints in digits is found and marked.
      const findable = await o.page.locator('#plan-targets tr[data-at][data-needle]').count();
      expect(marks.length).toBeGreaterThanOrEqual(Math.floor(findable * 0.95));
      const doc = built(`${script}/plans/${slug}`);
      for (const m of marks) {
        expect(m.text).toMatch(/^\d+(\.\d+)?$/);
        // The link leads to an indicator page that exists, at the plan's own row.
        const path = m.href!.replace(/#.*$/, '').replace(/^\//, '');
        if (!m.href!.startsWith('#')) expect(built(path).querySelector(`#plan-${slug}`), m.href!).not.toBeNull();
        // The characters are the built page's own, exactly.
        expect(m.blockText, m.selector).toBe(doc.querySelector(m.selector)?.text);
      }
      expect(await seriousViolations(o.page)).toEqual([]);
      await o.page.click('#plan-targets > summary');
      expect(await seriousViolations(o.page)).toEqual([]);
      await close(o);
    }
  });

  it('shows the targets of an indicator beside the compare counts, and offers its other wordings', async () => {
    for (const [script, term] of [
      ['zh-hans', '研发'],
      ['zh-hant', '研發'],
    ] as const) {
      const o = await openPage(env, `/${script}/compare/?terms=${encodeURIComponent(term)}`);
      await o.page.waitForSelector('.tg-beside table tbody tr');
      expect(await o.page.getAttribute('[data-targets-hint] a[href*="/targets/rd-intensity/"]', 'href')).toBeTruthy();
      const rows = await o.page.$$eval('.tg-beside tbody tr', (rs) => rs.map((r) => (r as HTMLElement).dataset.kind));
      expect(rows.every((k) => k === 'target')).toBe(true);
      expect(rows.length).toBe(Math.min(12, file.targets.filter((r) => r.key === 'rd-intensity' && r.kind === 'target').length));
      expect(await o.page.$$eval('[data-also-search] a', (as) => as.map((a) => a.textContent))).toContain('R&D');
      expect(await o.page.inputValue('input[name="terms"]')).toBe(term);
      expect(await seriousViolations(o.page)).toEqual([]);
      await close(o);
    }
  });

  it('offers 也搜索 with counts on the results page, without changing the query, and the targets link in the header panel', async () => {
    const o = await openPage(env, `/zh-hans/search/?q=${encodeURIComponent('研发经费')}`);
    await o.page.waitForSelector('[data-also-search] a');
    const also = await o.page.textContent('[data-also-search]');
    expect(also).toMatch(/R&D经费（\d+ 份规划 \d+ 处）/);
    expect(await o.page.getAttribute('[data-also-search] a', 'href')).toContain('/zh-hans/search/?q=');
    expect(await o.page.getAttribute('[data-targets-search] [data-targets-hint] a', 'href')).toContain('/zh-hans/targets/rd-intensity/');
    expect(await o.page.inputValue('.sr-form input[name="q"]')).toBe('研发经费');
    expect(new URL(o.page.url()).searchParams.get('q')).toBe('研发经费');
    expect(await seriousViolations(o.page)).toEqual([]);
    // The header panel, on another page.
    await o.page.goto(`${env.site.origin}/zh-hant/about/`);
    await o.page.click('#site-search');
    await o.page.waitForTimeout(300);
    await o.page.type('#site-search', '城鎮化率');
    await o.page.waitForSelector('.search-panel .sp-targets a');
    expect(await o.page.getAttribute('.search-panel .sp-targets a', 'href')).toContain('/zh-hant/targets/urbanisation/');
    await close(o);
  });

  it('is axe-clean and readable on the targets pages, both scripts, light and phone', async () => {
    for (const script of SCRIPTS)
      for (const path of ['targets/', 'targets/urbanisation/', 'targets/pm25/'])
        for (const width of [1280, 390]) {
          const o = await openPage(env, `/${script}/${path}`, { viewport: { width, height: 900 } });
          expect(await seriousViolations(o.page), `${script}/${path} ${width}`).toEqual([]);
          // Nothing wider than the screen but the tables' own scroll boxes.
          const overflow = await o.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
          expect(overflow, `${script}/${path} ${width}`).toBeLessThanOrEqual(1);
          await close(o);
        }
  });

  it('reads the tables without JavaScript, with the filters and charts out of the way', async () => {
    const o = await openPage(env, '/zh-hans/targets/urbanisation/', { javaScriptEnabled: false });
    expect(await o.page.isVisible('.tg-table')).toBe(true);
    expect(await o.page.isVisible('[data-tg-filters]')).toBe(false);
    expect(await o.page.isVisible('figure[data-tg-chart]')).toBe(false);
    await close(o);
  });
});
