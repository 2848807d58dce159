/**
 * Cite a paragraph from where you read it: the # control and an article's number open the
 * link / cite popover, by mouse or keyboard, at desktop and phone width, in both scripts; and
 * the passage's own page can be read and shared without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, page as built } from '../helpers/dist.ts';
import { useSite } from '../helpers/site.ts';

const env = useSite();
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] };
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  permissions: ['clipboard-read', 'clipboard-write'],
};
const today = new Date().toISOString().slice(0, 10);

describe('the link / cite popover', () => {
  it('opens from the # control by keyboard, copies link and citation, and closes with Escape back to the control', async () => {
    const context = await env.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hans/plans/linhai-14-outline/`);
    const control = page.locator('#c3-s2-p1 > a.permalink');
    await control.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.cite-pop:not([hidden])');
    await page.waitForFunction(() => location.hash === '#c3-s2-p1');
    await expect(page.locator('.cite-pop-place').textContent()).resolves.toBe('三、（二）第1段');
    // The share link first: the section page, which previews with its own title, description and image.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('复制分享链接');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${env.site.origin}/zh-hans/plans/linhai-14-outline/c3-s2/`);
    await page.waitForFunction(() => document.querySelector('[data-toast]')?.textContent === '分享链接已复制');
    // Beside it, the place in the whole plan.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('复制位置链接');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${env.site.origin}/zh-hans/plans/linhai-14-outline/#c3-s2-p1`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toBe(
      `临海市人民政府. 临海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（临政发〔2021〕21号）：三、（二）第1段[EB/OL]. (2021-11-20)[${today}]. ${env.site.origin}/zh-hans/plans/linhai-14-outline/#c3-s2-p1. 原文: 临海市人民政府网站.`,
    );
    // The cite box in the plan head follows the place too.
    await expect(page.locator('[data-cite-text]').textContent()).resolves.toBe(citation);
    await expect(page.locator('.cite-pop a').getAttribute('href')).resolves.toBe('/zh-hans/plans/linhai-14-outline/c3-s2/');
    await page.keyboard.press('Escape');
    await expect(page.locator('.cite-pop').isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.closest('p')?.id)).resolves.toBe('c3-s2-p1');
    await context.close();
  });

  it('opens from an article’s printed number too, on a phone, in traditional script, inside the view', async () => {
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hant/plans/taizhou-14-proposal/#a7`);
    await page.locator('#a7 a.num-link').tap();
    await page.waitForSelector('.cite-pop:not([hidden])');
    await expect(page.locator('.cite-pop-place').textContent()).resolves.toBe('第7條');
    const box = await page.locator('.cite-pop').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    // The phone's share sheet, where the browser has one, gets the section page.
    await expect(page.locator('.cite-pop [data-act="system"]').count()).resolves.toBe(
      await page.evaluate(() => (typeof navigator.share === 'function' ? 1 : 0)),
    );
    await page.locator('.cite-pop [data-act="share"]').tap();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${env.site.origin}/zh-hant/plans/taizhou-14-proposal/a7/`);
    await page.locator('.cite-pop [data-act="bib"]').tap();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toContain('@misc{taizhou-14-proposal:a7,');
    await expect(page.locator('.cite-pop a').getAttribute('href')).resolves.toBe('/zh-hant/plans/taizhou-14-proposal/a7/');
    // A tap elsewhere closes it.
    await page.locator('h1').tap();
    await expect(page.locator('.cite-pop').isHidden()).resolves.toBe(true);
    await context.close();
  });
});

describe('a passage’s own page', () => {
  it('reads alone without JavaScript: its heading as <h1>, its text, a link into the plan, its citation', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hans/plans/linhai-14-outline/c2-s1/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('构建区域科创人才高地');
    await expect(page.locator('#c2-s1-p1').isVisible()).resolves.toBe(true);
    await expect(page.locator('#c2-s2').count()).resolves.toBe(0);
    await expect(page.locator('.passage-more a').getAttribute('href')).resolves.toBe('/zh-hans/plans/linhai-14-outline/#c2-s1');
    await expect(page.locator('.passage-cite .cite-text').textContent()).resolves.toContain('：二、（一）[EB/OL]');
    await context.close();
  });

  it('has its own title, description, canonical at the plan’s #id, and a preview image beside it', () => {
    const doc = built('zh-hant/plans/taizhou-14-proposal/a7/');
    // The lead sentence's 。 is not kept before the · of the title.
    expect(doc.querySelector('title')?.textContent).toBe('第7條 增強創新策源能力 · 台州市建議 · 浙江規劃文本庫');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/^主動融入浙江創新策源地/);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('/zh-hant/plans/taizhou-14-proposal/#a7');
    const png = readFileSync(join(DIST, 'zh-hant/plans/taizhou-14-proposal/a7/preview.png'));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  it('a table previews with its label spaced from its title and its indicators, never its note', () => {
    for (const [script, title, indicators] of [
      ['hant', '表二 臨海市“十四五”規劃經濟社會發展指標體系 · 臨海市綱要 · 浙江規劃文本庫', /^34 項指標：地區生產總值\(GDP\)增長、/],
      ['hans', '表二 临海市“十四五”规划经济社会发展指标体系 · 临海市纲要 · 浙江规划文本库', /^34 项指标：地区生产总值\(GDP\)增长、/],
    ] as const) {
      const doc = built(`zh-${script}/plans/linhai-14-outline/table2/`);
      expect(doc.querySelector('title')?.textContent).toBe(title);
      const description = doc.querySelector('meta[property="og:description"]')?.getAttribute('content') ?? '';
      expect(description).toMatch(indicators);
      expect(description).not.toMatch(/^注/);
    }
    // No section page's description is a note.
    const notes = htmlFiles(DIST).filter(
      (f) => /^zh-han[st]\/plans\/[^/]+\/[^/]+\/index\.html$/.test(f) && /name="description" content="注/.test(readFileSync(join(DIST, f), 'utf8')),
    );
    expect(notes).toEqual([]);
  });

  it('every chapter, section, article, box and table has one, in both scripts', () => {
    const catalog = JSON.parse(readFileSync(join(DIST, 'data/catalog.json'), 'utf8'));
    for (const p of catalog.plans) {
      const tree = JSON.parse(readFileSync(join(DIST, 'data/plans', `${p.slug}.json`), 'utf8'));
      const ids: string[] = [];
      const walk = (blocks: { id: string; kind: string; children: unknown[] }[]) => {
        for (const b of blocks) {
          if (['chapter', 'section', 'article', 'box', 'table'].includes(b.kind)) ids.push(b.id);
          walk(b.children as typeof blocks);
        }
      };
      walk(tree.blocks);
      for (const script of ['zh-hans', 'zh-hant'])
        for (const id of ids) expect(built(`${script}/plans/${p.slug}/${id}/`).getElementById(id), `${script} ${p.slug} ${id}`).toBeTruthy();
    }
  });
});

describe('the compare page’s counts', () => {
  it('download as CSV: one header row, a line per plan of the table and the total (columns: tests/e2e/export.test.ts)', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hans/compare/?terms=${encodeURIComponent('数字经济,共同富裕')}`);
    await page.waitForSelector('a.cmp-csv');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a.cmp-csv').click()]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const rows = await page.locator('table.cmp-table tbody tr').count();
    expect(download.suggestedFilename()).toBe('compare-数字经济_共同富裕.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(rows + 2);
    expect(lines.at(-1)?.startsWith('合计,')).toBe(true);
    expect(lines.some((l) => l.startsWith('临海'))).toBe(true);
    await context.close();
  });
});
