/**
 * A passage's text cut into paragraphs of plain and shared pieces, for the side-by-side view:
 * the spans come from the alignment, the paragraphs from the "\n" between records (a span
 * never crosses one).
 */
export interface Piece {
  text: string;
  shared: boolean;
}

export function markedParagraphs(text: string, spans: readonly { start: number; length: number }[]): Piece[][] {
  // Each span keeps its own piece (two spans can abut on one side and not on the other).
  const marked = new Int32Array(text.length);
  spans.forEach((s, k) => {
    marked.fill(k + 1, s.start, s.start + s.length);
  });
  const paragraphs: Piece[][] = [[]];
  for (let i = 0; i < text.length; ) {
    if (text[i] === '\n') {
      paragraphs.push([]);
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && text[j] !== '\n' && marked[j] === marked[i]) j++;
    paragraphs[paragraphs.length - 1].push({ text: text.slice(i, j), shared: marked[i] > 0 });
    i = j;
  }
  return paragraphs.filter((p) => p.length > 0);
}
