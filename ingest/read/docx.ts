/**
 * The Word reader: a .docx file → HTML (mammoth, in a worker thread: see sync-worker.ts) →
 * the HTML reader, which keeps its tables (merged cells as spans), bold lead sentences and
 * headings. A Word file is the document alone, so nothing in it is set aside as page
 * furniture. The old binary .doc format is not read.
 */
import { IngestError, error } from '../problems.ts';
import { htmlSource } from './html.ts';
import type { DecodedSource } from './source.ts';
import { runWorker } from './sync-worker.ts';
import { checkDocxZip } from './zip.ts';

export type RawDocx = { ok: true; html: string } | { ok: false; message: string };

/** A large plan converts in well under a second; anything past this is a stuck or hostile file. */
const TIMEOUT_MS = 60_000;

export function readDocx(bytes: Uint8Array, file: string): DecodedSource {
  checkDocxZip(bytes, file);
  const raw = runWorker<RawDocx>(new URL('./docx-worker.ts', import.meta.url), bytes, file, 'Word file', TIMEOUT_MS);
  if (!raw.ok) throw new IngestError([error(file, `the file cannot be read as a Word document (.docx): ${raw.message}`)]);
  return htmlSource(raw.html, { format: 'docx', encoding: 'docx', hadBom: false }, file);
}
