/**
 * Stage 6 (tables) — a text table that is not an indicator table (a project list: 序号 |
 * 项目名称 | 建设内容 | 建设年限, no 属性), kept as printed: the header is the cells before the
 * row numbered 1, and each row is exactly as many cells, opening with its number 1, 2, 3 ….
 * Where the cells do not split that way (a cell lost, or no 序号), there is no plain reading
 * and the rules' result stands, every cell still in order.
 */
import type { IndicatorTable } from '../../src/lib/plan-types.ts';
import type { CellLine } from '../ingest-file.ts';
import { isAttribute } from './cells.ts';

export function plainTable(lines: CellLine[]): IndicatorTable | undefined {
  const width = lines.findIndex((l) => l.text === '1');
  if (width < 2 || (lines.length - width) % width !== 0 || lines.some((l) => isAttribute(l.text))) return undefined;
  const body: { text: string }[][] = [];
  for (let i = width; i < lines.length; i += width) {
    if (lines[i].text !== String(body.length + 1)) return undefined;
    body.push(lines.slice(i, i + width).map((l) => ({ text: l.text })));
  }
  return { headerRows: [lines.slice(0, width).map((l) => ({ text: l.text }))], columns: [], groups: [], body, rebuiltBy: 'rules' };
}
