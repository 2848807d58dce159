/**
 * The CJK font for preview images: Noto Sans SC, and Noto Sans TC for the traditional
 * characters SC lacks (鯤, 澇 …), both SIL Open Font License, as the @fontsource packages ship
 * them, pinned in package-lock.json, so no request leaves the build. The package cuts the font into slices by unicode-range (its CSS says which slice
 * holds which characters); a slice is read (fontkit) only when a character needs it, and each
 * image embeds only the outlines of the glyphs it uses: the subset is per image. resvg then
 * draws paths and never has to load a font, which keeps each image to a few tens of ms.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

export type Weight = 400 | 700;

interface Slice {
  file: string;
  ranges: [number, number][];
  font?: fontkit.Font;
}

/** The slices of one weight, from the package's CSS: file and unicode ranges. */
export function parseSlices(css: string): Slice[] {
  const slices: Slice[] = [];
  for (const face of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(face)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((r): [number, number] => {
      const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
    });
    slices.push({ file, ranges });
  }
  return slices;
}

/** One glyph: its outline as an SVG path in ems (y down, baseline at 0) and its advance in ems. */
export interface Glyph {
  d: string;
  advance: number;
}

/** The font packages, in the order a character is looked for. */
export const FONT_PACKAGES = ['@fontsource/noto-sans-sc', '@fontsource/noto-sans-tc'];
const pkgDir = (name: string) => dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));

interface PkgSlice extends Slice {
  dir: string;
}

/** Glyph outlines by character and weight, each slice read once, each glyph converted once. */
export class GlyphSource {
  private readonly slices = new Map<Weight, PkgSlice[]>();
  private readonly cache = new Map<string, Glyph>();

  private slicesOf(weight: Weight): PkgSlice[] {
    let s = this.slices.get(weight);
    if (!s) {
      s = FONT_PACKAGES.flatMap((name) => {
        const dir = pkgDir(name);
        return parseSlices(readFileSync(join(dir, `${weight}.css`), 'utf8')).map((slice) => ({ ...slice, dir }));
      });
      this.slices.set(weight, s);
    }
    return s;
  }

  glyph(ch: string, weight: Weight): Glyph {
    const key = `${weight}:${ch}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const cp = ch.codePointAt(0) ?? 0;
    let glyph: Glyph = { d: '', advance: ch === ' ' ? 0.25 : 1 };
    for (const slice of this.slicesOf(weight)) {
      if (!slice.ranges.some(([a, b]) => cp >= a && cp <= b)) continue;
      slice.font ??= fontkit.create(readFileSync(join(slice.dir, 'files', slice.file))) as fontkit.Font;
      if (!slice.font.hasGlyphForCodePoint(cp)) continue;
      const g = slice.font.glyphForCodePoint(cp);
      const em = slice.font.unitsPerEm;
      glyph = { d: g.path.scale(1 / em, -1 / em).toSVG(), advance: g.advanceWidth / em };
      break;
    }
    this.cache.set(key, glyph);
    return glyph;
  }

  /** `text` with each character the fonts cannot draw replaced by its compatibility form (Ⅲ → III) where that can be drawn. */
  drawable(text: string, weight: Weight): string {
    return [...text]
      .map((ch) => {
        if (!ch.trim() || this.glyph(ch, weight).d) return ch;
        const plain = ch.normalize('NFKC');
        return plain !== ch && [...plain].every((c) => this.glyph(c, weight).d) ? plain : ch;
      })
      .join('');
  }
}
