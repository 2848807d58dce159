/**
 * A table as CSV: its rows with every row and column span filled in (a spanned cell's text
 * repeats in each slot it covers), written as RFC 4180 with a byte-order mark so that Excel
 * opens it as UTF-8. Used for the published tables (src/build/open-data/) and, in the browser,
 * for the compare page's counts. Browser-safe.
 */

export interface SpanCell {
  text: string;
  colspan?: number;
  rowspan?: number;
}

/** Rows of cells with spans → a grid with each spanned cell's text in every slot it covers. */
export function fillSpans(rows: SpanCell[][]): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r][c] !== undefined) c++;
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) grid[r + dr][c + dc] = cell.text;
      }
      c += cell.colspan ?? 1;
    }
  });
  return grid;
}

/** RFC 4180 CSV with a byte-order mark and CRLF line ends. */
export function toCsv(rows: string[][]): string {
  const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
