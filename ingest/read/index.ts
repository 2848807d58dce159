/**
 * Stage 2 — read: a seed file's bytes → the decoded source (source.ts), whatever the format.
 * The format is chosen by the file's magic bytes first (a PDF is a PDF whatever its name),
 * then by its extension. Every reader refuses what it cannot read with an IngestError naming
 * the file (and line or byte); none returns a source without visible text.
 */
import { extname } from 'node:path';
import type { Script } from '../../src/lib/plan-types.ts';
import { MAX_PLAN_CHARS, MAX_PLAN_LINES } from '../limits.ts';
import { IngestError, type Problem, error, warning } from '../problems.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';
import type { DecodedSource } from './source.ts';
import { readTxt } from './txt.ts';

export type { DecodedSource, Encoding, SourceLine, SourceTable } from './source.ts';
export { splitLines } from './txt.ts';

export { SEED_EXTENSIONS } from './extensions.ts';

const startsWith = (bytes: Uint8Array, ascii: string) => [...ascii].every((c, i) => bytes[i] === c.charCodeAt(0));

/** Invisible characters that carry no text: white space, zero-width and other format characters. */
const INVISIBLE = /[\p{White_Space}\p{Cf}\u2800\u3164\uffa0]/gu;
export const hasVisibleText = (s: string): boolean => s.replace(INVISIBLE, '') !== '';

function chooseReader(bytes: Uint8Array, file: string): (bytes: Uint8Array, file: string, script?: Script) => DecodedSource {
  const ext = extname(file).toLowerCase();
  if (startsWith(bytes, '%PDF-')) return readPdf;
  if (ext === '.pdf')
    return () => {
      throw new IngestError([error(file, 'named .pdf but not a PDF file (it does not start with %PDF-)')]);
    };
  // A .docx is a zip archive; mammoth says so if it is some other one.
  if (startsWith(bytes, 'PK\u0003\u0004') || ext === '.docx') return readDocx;
  if (ext === '.doc' || startsWith(bytes, '\xd0\xcf\u0011\xe0')) {
    return () => {
      throw new IngestError([error(file, 'old Word documents (.doc) are not read: save the plan as .docx, PDF, web page (.html) or plain text (.txt)')]);
    };
  }
  if (ext === '.html' || ext === '.htm') return readHtml;
  return readTxt;
}

/** A plan past MAX_PLAN_LINES or MAX_PLAN_CHARS is refused here, before it is parsed: its page could not be built. */
function checkSize(source: DecodedSource, file: string): void {
  const chars = source.lines.reduce((sum, l) => sum + l.text.length, 0);
  if (source.lines.length > MAX_PLAN_LINES) {
    throw new IngestError([
      error(file, `the plan has ${n(source.lines.length)} lines (paragraphs), more than one plan may have (${n(MAX_PLAN_LINES)}): split it into its parts`),
    ]);
  }
  if (chars > MAX_PLAN_CHARS) {
    throw new IngestError([error(file, `the plan has ${n(chars)} characters, more than one plan may have (${n(MAX_PLAN_CHARS)}): split it into its parts`)]);
  }
}
const n = (x: number) => x.toLocaleString('en-US');

/** `script`: the plan's, where known (a PDF's radicals become its ideographs: ./characters.ts). */
export function readSource(bytes: Uint8Array, file: string, script?: Script): DecodedSource {
  if (bytes.length === 0) throw new IngestError([error(file, 'the file is empty')]);
  const source = chooseReader(bytes, file)(bytes, file, script);
  checkSize(source, file);
  if (!source.lines.some((l) => hasVisibleText(l.text))) {
    const aside = source.setAside.filter((s) => hasVisibleText(s.text));
    if (aside.length > 0) {
      // Not "only white space": every line was there, and read as page furniture.
      const reasons = [...new Set(aside.map((s) => s.reason))].slice(0, 3).join(', ');
      throw new IngestError([
        error(
          file,
          `no plan text left: every one of its ${n(aside.length)} lines was set aside as page furniture (${reasons}), e.g. "${aside[0].text.slice(0, 40)}"`,
        ),
      ]);
    }
    throw new IngestError([error(file, 'no plan text: the file holds only white space or invisible characters (such as zero-width spaces)')]);
  }
  return source;
}

/**
 * A problem found by a later stage names a line by its `no`; point it at the original file
 * instead (the HTML line, the PDF page) where the source is not a text file.
 */
export function relocate(source: DecodedSource, problem: Problem): Problem {
  if (source.format === 'txt' || problem.line === undefined) return problem;
  const origin = source.lines[problem.line - 1]?.origin;
  if (origin?.page !== undefined) {
    const { line: _, ...rest } = problem;
    return { ...rest, message: `${problem.message} (page ${origin.page}, paragraph ${problem.line} of the text layer)` };
  }
  return origin?.line === undefined ? problem : { ...problem, line: origin.line };
}

/** Where a line of the source is, for the report: its file line (or `no`), and its PDF page. */
export function placeOf(source: DecodedSource, no: number): { line: number; page?: number } {
  const origin = source.lines[no - 1]?.origin;
  return { line: origin?.line ?? no, ...(origin?.page === undefined ? {} : { page: origin.page }) };
}

/** Thirty Han characters and a sentence mark: what plan text looks like, and page furniture does not. */
const readsAsText = (s: string) => /[。；]/.test(s) && (s.match(/\p{Script=Han}/gu)?.length ?? 0) >= 30;

/**
 * Warnings for furniture that reads like plan text (long, with sentence punctuation): it was
 * set aside by position and shape, but a person should look at it.
 */
export function furnitureWarnings(source: DecodedSource, file: string): Problem[] {
  return source.setAside
    .filter((s) => readsAsText(s.text))
    .map((s) => {
      const where = s.origin.page === undefined ? '' : ` (page ${s.origin.page})`;
      return warning(file, `set aside as ${s.reason}${where}, but it reads like plan text: check it`, s.origin.line);
    });
}
