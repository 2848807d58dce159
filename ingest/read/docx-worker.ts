/**
 * Runs in a worker thread (see docx.ts): a Word file's bytes → HTML, by mammoth (which offers
 * only promises). Images are left out (the page never shows them) and no file outside the
 * document is read. Whatever happens, the worker answers once.
 */
import mammoth from 'mammoth';
import type { RawDocx } from './docx.ts';
import { answer, workerBytes } from './sync-worker.ts';

let result: RawDocx;
try {
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(workerBytes()) },
    { externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  result = { ok: true, html: value };
} catch (e) {
  result = { ok: false, message: e instanceof Error ? e.message : String(e) };
}
answer(result);
