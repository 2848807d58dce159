/** Preview images: line breaking, a glyph for every character of every passage, a 1200 × 630 PNG. */
import { describe, expect, it } from 'vitest';
import { planData } from '../../ingest/emit-data.ts';
import { ingestAll } from '../../ingest/run.ts';
import { GlyphSource } from '../../src/build/preview-image/font.ts';
import { previewCacheFile, previewPng } from '../../src/build/preview-image/index.ts';
import { imageFile, PER_PASSAGE_MAX, planImages, scopeFor } from '../../src/build/preview-image/site.ts';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { wrap } from '../../src/build/preview-image/layout.ts';
import { previewSvg } from '../../src/build/preview-image/render.ts';
import { passages } from '../../src/build/section/passage.ts';

const em = (ch: string) => (/[ -~]/.test(ch) ? 0.5 : 1);

describe('wrap', () => {
  it('breaks Chinese anywhere but keeps closing marks off a line start and opening marks off a line end', () => {
    expect(wrap('一二三四五六七八', 4, 3, em)).toEqual(['一二三四', '五六七八']);
    expect(wrap('一二三，四五六', 3, 3, em)).toEqual(['一二', '三，四', '五六']);
    expect(wrap('一二“三四五', 3, 3, em)).toEqual(['一二', '“三四', '五']);
  });

  it('cuts at the last line with …', () => {
    expect(wrap('一二三四五六七八九十', 4, 2, em)).toEqual(['一二三四', '五六七…']);
  });

  it('measures Latin and digits narrower', () => {
    expect(wrap('2021年abcd', 4, 2, em)).toEqual(['2021年ab', 'cd']);
  });
});

describe('the font', () => {
  const plans = ingestAll('seeds').map((p, i) => planData(p.entry, p.doc, p.counts, i));
  const glyphs = new GlyphSource();

  it('has a glyph for every character of every passage heading and opening, in both scripts', () => {
    const missing = new Set<string>();
    for (const plan of plans)
      for (const p of passages(plan))
        for (const s of ['hans', 'hant'] as const)
          for (const ch of glyphs.drawable(p.heading[s] + p.opening[s].slice(0, 200), 400)) if (ch.trim() && !glyphs.glyph(ch, 400).d) missing.add(ch);
    expect([...missing]).toEqual([]);
  });

  it('draws a 1200 × 630 PNG with the text as outlines', () => {
    const text = { site: '浙江规划文本库', kicker: '临海市 · 纲要', planTitle: '规划', heading: '三、（二）标题', body: '正文。' };
    expect(previewSvg(text, glyphs)).toMatch(/<path id="g700-4e09" d="M/);
    const png = previewPng(text);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });
});

describe('drawing in another process or thread', () => {
  it('gives the same bytes every time, so the build may draw an image wherever it is first needed', () => {
    const text = { site: '浙江规划文本库', kicker: '测试', planTitle: '规划', heading: '第1条', body: `${Date.now()} 正文。` };
    rmSync(previewCacheFile(text), { force: true });
    const first = Buffer.from(previewPng(text));
    expect(existsSync(previewCacheFile(text))).toBe(true);
    rmSync(previewCacheFile(text), { force: true });
    expect(Buffer.from(previewPng(text)).equals(first)).toBe(true);
    rmSync(previewCacheFile(text), { force: true });
  }, 30_000);
});

describe('which images a plan has, and where', () => {
  const taizhou = ingestAll('seeds').findIndex((p) => p.entry.slug === 'taizhou-14-proposal');
  const p = ingestAll('seeds')[taizhou];
  const plan = planData(p.entry, p.doc, p.counts, taizhou);
  it('one per passage in each script, at the passage page', () => {
    const images = planImages(plan, 'passage');
    expect(images).toHaveLength(2 * passages(plan).length);
    expect(imageFile(images[0].params)).toBe(join('zh-hans', 'plans', 'taizhou-14-proposal', passages(plan)[0].id, 'preview.png'));
  });
  it("the plan's card in each script above PER_PASSAGE_MAX pages", () => {
    expect(planImages(plan, 'plan').map((i) => imageFile(i.params))).toEqual(
      ['zh-hans', 'zh-hant'].map((s) => join(s, 'plans', 'taizhou-14-proposal', 'preview.png')),
    );
  });
});

describe('how many images', () => {
  it('one per passage page up to PER_PASSAGE_MAX pages, one per plan above', () => {
    expect(scopeFor(642)).toBe('passage');
    expect(scopeFor(PER_PASSAGE_MAX)).toBe('passage');
    expect(scopeFor(PER_PASSAGE_MAX + 1)).toBe('plan');
  });
});
