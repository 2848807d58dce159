/**
 * Runs in a worker thread (see pdf.ts): PDF bytes → the raw text layer, page by page.
 * pdf.js only offers a promise API; the pipeline is synchronous, so pdf.ts waits on this
 * worker with Atomics. Whatever happens, the worker posts one message and wakes the caller.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RawPdf, RawPdfResult } from './pdf-layout.ts';
import { MAX_PDF_PAGES } from '../limits.ts';
import { answer, workerBytes } from './sync-worker.ts';

const bytes = workerBytes();

class TooManyPages extends Error {
  readonly pages: number;
  constructor(pages: number) {
    super(`${pages} pages`);
    this.pages = pages;
  }
}

async function extract(): Promise<RawPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const doc = await pdfjs.getDocument({
    data: bytes,
    // Predefined CJK CMaps (UniGB-UCS2-H …) are how many Chinese PDFs map text without embedding fonts.
    cMapUrl: `${join(root, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  // Checked before any page is read: 5,000 pages would hold the worker for minutes.
  if (doc.numPages > MAX_PDF_PAGES) throw new TooManyPages(doc.numPages);
  const pages: RawPdf['pages'] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const items = content.items.flatMap((it) =>
      'str' in it && it.str !== '' ? [{ str: it.str, x: it.transform[4], y: it.transform[5], w: it.width, h: it.height || Math.abs(it.transform[3]) }] : [],
    );
    pages.push({ width, height, items });
    page.cleanup();
  }
  await doc.cleanup();
  return { pages };
}

let result: RawPdfResult;
try {
  result = { ok: true, pdf: await extract() };
} catch (e) {
  const name = e instanceof Error ? e.name : '';
  if (e instanceof TooManyPages) result = { ok: false, reason: 'pages', message: e.message, pages: e.pages };
  else result = { ok: false, reason: name === 'PasswordException' ? 'password' : 'invalid', message: e instanceof Error ? e.message : String(e) };
}
answer(result);
