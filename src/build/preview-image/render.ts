/**
 * A link-preview image for one passage (1200 × 630 PNG, the size Open Graph and Twitter cards
 * use): site, plan and city, the passage's heading and its opening lines. Text is set as glyph
 * outlines from Noto Sans SC (./font.ts), each glyph defined once per image; ./index.ts rasterises.
 */
import type { GlyphSource, Weight } from './font.ts';
import { wrap } from './layout.ts';

export interface PreviewText {
  site: string;
  /** "临海市 · 纲要 · “十四五”（2021—2025年）" */
  kicker: string;
  planTitle: string;
  heading: string;
  body: string;
}

const W = 1200;
const H = 630;
const X = 72;
const WIDTH = W - 2 * X;

/** Draws text runs as <use> of glyphs defined once in <defs>. */
class Typesetter {
  readonly defs = new Map<string, string>();
  private readonly glyphs: GlyphSource;
  constructor(glyphs: GlyphSource) {
    this.glyphs = glyphs;
  }

  advance = (weight: Weight) => (ch: string) => this.glyphs.glyph(ch, weight).advance;

  line(text: string, x: number, y: number, size: number, weight: Weight, fill: string): string {
    const uses: string[] = [];
    let at = x;
    for (const ch of text) {
      const g = this.glyphs.glyph(ch, weight);
      if (g.d) {
        const id = `g${weight}-${ch.codePointAt(0)?.toString(16)}`;
        this.defs.set(id, `<path id="${id}" d="${g.d}"/>`);
        uses.push(`<use href="#${id}" transform="translate(${at.toFixed(1)} ${y}) scale(${size})"/>`);
      }
      at += g.advance * size;
    }
    return `<g fill="${fill}">${uses.join('')}</g>`;
  }

  block(text: string, y: number, size: number, leading: number, maxLines: number, weight: Weight, fill: string): { svg: string; bottom: number } {
    const lines = wrap(this.glyphs.drawable(text, weight), WIDTH / size, maxLines, this.advance(weight));
    const svg = lines.map((l, i) => this.line(l, X, y + i * size * leading, size, weight, fill)).join('');
    return { svg, bottom: y + (lines.length - 1) * size * leading };
  }
}

export function previewSvg(p: PreviewText, glyphs: GlyphSource): string {
  const t = new Typesetter(glyphs);
  const site = t.block(p.site, 80, 26, 1, 1, 700, '#9b2c2c');
  const kicker = t.block(p.kicker, 128, 26, 1, 1, 400, '#555555');
  const plan = t.block(p.planTitle, 176, 28, 1.3, 2, 400, '#333333');
  const heading = t.block(p.heading, plan.bottom + 84, 50, 1.25, 2, 700, '#111111');
  const bodyY = heading.bottom + 72;
  // A few lines of the text: at most four, fewer where the heading takes two lines.
  const body = t.block(p.body, bodyY, 30, 1.55, Math.min(4, Math.max(1, Math.floor((H - 56 - bodyY) / (30 * 1.55)) + 1)), 400, '#333333');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<defs>${[...t.defs.values()].join('')}</defs>`,
    `<rect width="${W}" height="${H}" fill="#fbfaf7"/><rect width="${W}" height="12" fill="#9b2c2c"/>`,
    site.svg,
    kicker.svg,
    plan.svg,
    heading.svg,
    body.svg,
    '</svg>',
  ].join('');
}
