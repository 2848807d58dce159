/**
 * Line breaking for preview images, measured in ems by the font's own advances. Chinese breaks
 * between any two characters, except that a closing mark never starts a line and an opening
 * mark never ends one (the basic 禁则).
 */
const NO_START = /[，。、；：？！）》」』”’〕】…—%]/;
const NO_END = /[（《「『“‘〔【]/;

/** `text` in at most `maxLines` lines of `width` ems; the last line ends in … where text was cut. */
export function wrap(text: string, width: number, maxLines: number, advance: (ch: string) => number): string[] {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const lines: string[] = [];
  let line: string[] = [];
  let used = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const w = advance(ch);
    if (used + w > width && line.length > 0) {
      // Keep punctuation rules: carry an opening mark over, pull a closing mark back.
      if (NO_START.test(ch) && line.length > 1) {
        const last = line.pop() as string;
        lines.push(line.join(''));
        line = [last];
        used = advance(last);
      } else if (NO_END.test(line[line.length - 1]) && line.length > 1) {
        const last = line.pop() as string;
        lines.push(line.join(''));
        line = [last];
        used = advance(last);
      } else {
        lines.push(line.join(''));
        line = [];
        used = 0;
      }
      if (lines.length === maxLines) {
        const cut = [...lines[maxLines - 1]];
        while (cut.reduce((n, c) => n + advance(c), 0) > width - 1) cut.pop();
        lines[maxLines - 1] = `${cut.join('')}…`;
        return lines;
      }
    }
    line.push(ch);
    used += w;
  }
  if (line.length) lines.push(line.join(''));
  return lines;
}
