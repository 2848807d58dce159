/**
 * The PDF reader: the text layer (pdf.js, in a worker thread) → the decoded source, laid out
 * into paragraphs by pdf-layout.ts. Synchronous like the other readers: the caller blocks on
 * the worker with Atomics.wait, which is cheap next to pdf.js's own work and keeps the rest
 * of the pipeline free of promises.
 */
import type { Script } from '../../src/lib/plan-types.ts';
import { MAX_PDF_PAGES } from '../limits.ts';
import { IngestError, error } from '../problems.ts';
import { layoutPdf, type RawPdfResult } from './pdf-layout.ts';
import type { DecodedSource } from './source.ts';
import { runWorker } from './sync-worker.ts';

/** A 100-page PDF takes about a second; anything past this is a stuck or hostile file. */
const TIMEOUT_MS = 60_000;

export const extractPdf = (bytes: Uint8Array, file: string): RawPdfResult =>
  runWorker<RawPdfResult>(new URL('./pdf-worker.ts', import.meta.url), bytes, file, 'PDF', TIMEOUT_MS);

export function readPdf(bytes: Uint8Array, file: string, script?: Script): DecodedSource {
  const raw = extractPdf(bytes, file);
  if (!raw.ok) {
    const why =
      raw.reason === 'password'
        ? 'the PDF is password-protected'
        : raw.reason === 'pages'
          ? `the PDF has ${raw.pages?.toLocaleString('en-US')} pages, more than a plan may have (${MAX_PDF_PAGES.toLocaleString('en-US')}): refused before reading them`
          : `the PDF cannot be read (${raw.message})`;
    throw new IngestError([error(file, why)]);
  }
  const chars = raw.pdf.pages.reduce((n, p) => n + p.items.reduce((m, it) => m + it.str.trim().length, 0), 0);
  if (chars === 0) {
    throw new IngestError([
      error(
        file,
        `the PDF has no text layer (${raw.pdf.pages.length} page${raw.pdf.pages.length === 1 ? '' : 's'} of images, as a scan is): run it through OCR first, or use the web page or text version`,
      ),
    ]);
  }
  const { lines, setAside } = layoutPdf(raw.pdf, script);
  return { format: 'pdf', encoding: 'pdf', hadBom: false, lines, setAside };
}
