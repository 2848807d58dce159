/**
 * The decoded source: what every reader (txt, html, pdf) hands to the rest of the pipeline.
 * This is the format-independence boundary: after it, nothing knows whether the plan came
 * as a text file, a saved web page or a PDF.
 *
 * - `lines` is the document as numbered lines of text, one printed line or paragraph each,
 *   in reading order. `no` counts these lines from 1 and is what later stages use to order
 *   and to name lines; for a .txt file it is the file's own line number.
 * - `origin` says where a line sits in the original file when that is not `no` itself
 *   (the HTML source line of its element, the PDF page), so that messages can point there.
 * - A format that carries more than text attaches it to the line it belongs to: a real
 *   table (HTML `<table>`, with spans and header rows), a bold lead sentence, a heading level.
 *   Nothing here is required: a reader that knows none of it still produces a valid source.
 * - `setAside` is what the reader itself recognised as page furniture (navigation, footers,
 *   running headers, page numbers, scripts), each with its reason, for the ingestion report.
 *   The reader never drops text without listing it there.
 */

export type SourceFormat = 'txt' | 'html' | 'pdf' | 'docx';

/** The character encoding the bytes were decoded from (`pdf`: the PDF's text layer; `docx`: a Word file's XML, read by mammoth). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'pdf' | 'docx';

/** Where a line sits in the original file, when that differs from its `no`. */
export interface Origin {
  /** 1-based line in the original file (HTML: the line where the element starts). */
  line?: number;
  /** 1-based PDF page. */
  page?: number;
}

/** One cell of a real table, as the format printed it. */
export interface SourceCell {
  text: string;
  /** 1 when absent. */
  rowspan?: number;
  colspan?: number;
  /** A header cell (`<th>`, or a cell in `<thead>`). */
  header?: boolean;
}

/** A table as the format carried it: rows of cells, spans kept, nothing re-flowed. */
export interface SourceTable {
  rows: SourceCell[][];
  /** The number of leading rows that are header rows (`<thead>` or rows of `<th>` only). */
  headerRows: number;
}

export interface SourceLine {
  /** 1-based number of the line in the decoded source (for .txt: the file's line). */
  no: number;
  text: string;
  origin?: Origin;
  /** The bold run a paragraph opens with, exactly as it is at the start of `text`. */
  boldLead?: string;
  /** Heading level 1–6 where the format marks the line as a heading (HTML `<h1>`…`<h6>`). */
  heading?: number;
  /**
   * On the first cell line of a table: the table as the format carried it. The cells are
   * also given as lines of their own (one non-empty cell per line, in reading order), the way
   * the saved text pages print them, so a stage that ignores `table` still sees every cell.
   */
  table?: SourceTable;
}

/** Something the reader set aside as page furniture, with the reason. */
export interface ReaderSetAside {
  text: string;
  reason: string;
  origin: Origin;
}

export interface DecodedSource {
  format: SourceFormat;
  encoding: Encoding;
  /** Whether the bytes began with a byte-order mark. */
  hadBom: boolean;
  lines: SourceLine[];
  setAside: ReaderSetAside[];
  /** The address the file says it was saved from (a saved page's "saved from url" mark, canonical link or og:url). */
  savedFrom?: { url: string; line: number };
}
