/**
 * The preview image of one passage, made at build time and kept in a cache
 * (node_modules/.cache/preview-images/) keyed by its text and by the drawing code and font
 * version, so that a second build — the sub-path build in the tests, a rebuild after a change
 * elsewhere — does not draw the same images again. ./draw.ts draws them beside Astro.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { FONT_PACKAGES, GlyphSource } from './font.ts';
import { type PreviewText, previewSvg } from './render.ts';

export type { PreviewText } from './render.ts';

const CACHE = join('node_modules', '.cache', 'preview-images');
const SOURCES = ['font.ts', 'layout.ts', 'render.ts'].map((f) => join('src', 'build', 'preview-image', f));
let glyphs: GlyphSource | undefined;
let codeKey: string | undefined;

/** What the drawing depends on besides the text: this code and the font package's version. */
function drawingKey(): string {
  const require = createRequire(import.meta.url);
  const versions = FONT_PACKAGES.map((name) => require(`${name}/package.json`).version);
  return [...versions, ...SOURCES.map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : f))].join('\n');
}

/** The cache file of the image of `text` (which may not be drawn yet). */
export function previewCacheFile(text: PreviewText): string {
  codeKey ??= drawingKey();
  const hash = createHash('sha256').update(codeKey).update(JSON.stringify(text)).digest('hex').slice(0, 32);
  return join(CACHE, `${hash}.png`);
}

/** Draws the image of `text` into the cache unless it is there; returns its file. */
export function drawPreview(text: PreviewText): string {
  const file = previewCacheFile(text);
  if (existsSync(file)) return file;
  glyphs ??= new GlyphSource();
  const png = new Resvg(previewSvg(text, glyphs), { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().asPng();
  mkdirSync(CACHE, { recursive: true });
  // Written under a temporary name and renamed: a reader (another worker, another build) never sees half a file.
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return file;
}

export function previewPng(text: PreviewText): Uint8Array {
  return readFileSync(drawPreview(text));
}
