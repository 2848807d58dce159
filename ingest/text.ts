/**
 * Text clean-up applied to every plan line before parsing: spacing and punctuation width.
 * These change no word: the fidelity test folds width and ignores white space when it
 * compares the output with the seed.
 */

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201d\u2014\u2026\u00b7]|[\u{20000}-\u{3134f}]/u;
const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);

/**
 * Spaces between two CJK characters are layout debris (letter-spaced signatures such as
 * 中 共 临 海 市 委, copy-paste gaps); elsewhere runs of spaces become one space.
 */
function normaliseSpacing(line: string): string {
  const chars = [
    ...line
      .replace(/[\u00a0\u3000\t]/g, ' ')
      .trim()
      .replace(/ {2,}/g, ' '),
  ];
  return chars.filter((ch, i) => !(ch === ' ' && isCjk(chars[i - 1]) && isCjk(chars[i + 1]))).join('');
}

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

/**
 * The saved pages turned the documents' full-width punctuation into ASCII; put it back in
 * Chinese context (a CJK character on either side) so the text reads (and wraps) as printed.
 * Elsewhere the mark stays as printed: between Latin letters or digits (GDP,R&D, 1,000,
 * 13:18, a;b), and brackets around purely Latin text.
 */
function normalisePunctuation(line: string): string {
  const chars = [...line];
  const out = chars.slice();
  const prevNonSpace = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (chars[j] !== ' ') return chars[j];
    return undefined;
  };
  const nextNonSpace = (i: number) => {
    for (let j = i + 1; j < chars.length; j++) if (chars[j] !== ' ') return chars[j];
    return undefined;
  };
  const cjkNear = (i: number) => isCjk(prevNonSpace(i)) || isCjk(nextNonSpace(i));
  const stack: number[] = [];
  const pairs: [number, number][] = [];
  chars.forEach((ch, i) => {
    if (ch === '(') stack.push(i);
    else if (ch === ')' && stack.length) pairs.push([stack.pop() as number, i]);
  });
  // CJK characters before each position, so "is there CJK inside this pair" is O(1): nested
  // brackets make O(n) pairs, and scanning each one's inside was quadratic.
  const cjkBefore = [0];
  for (const ch of chars) cjkBefore.push(cjkBefore[cjkBefore.length - 1] + (isCjk(ch) ? 1 : 0));
  for (const [open, close] of pairs) {
    if (cjkNear(open) || cjkNear(close) || cjkBefore[close] - cjkBefore[open + 1] > 0) {
      out[open] = FULL['('];
      out[close] = FULL[')'];
    }
  }
  chars.forEach((ch, i) => {
    if (!(ch in FULL) || ch === '(' || ch === ')') return;
    const p = chars[i - 1];
    const n = chars[i + 1];
    if ((ch === ',' || ch === ':') && p !== undefined && n !== undefined && /\d/.test(p) && /\d/.test(n)) return;
    if (ch === ':' && /[A-Za-z]/.test(p ?? '') && n === '/') return;
    // Only in Chinese context: GDP,R&D or a;b between Latin letters and digits stays as printed.
    if (cjkNear(i)) out[i] = FULL[ch];
  });
  // Drop the space the ASCII habit left after a now full-width mark.
  return out
    .join('')
    .replace(/([，：；！？（）、。]) /g, '$1')
    .replace(/ ([，：；！？（）、。])/g, '$1');
}

export const cleanLine = (line: string): string => normalisePunctuation(normaliseSpacing(line));

/**
 * A lead sentence: a short opening sentence ending in 。 with no comma, colon or semicolon,
 * followed by more text (积极引进高层次人才。深度融合…).
 */
const LEAD = /^((?:——)?[^。，,：:；;！？]{2,45}?[。！])(.+)$/u;

export function splitLead(text: string): { lead: string; rest: string } | undefined {
  const m = LEAD.exec(text);
  return m ? { lead: m[1], rest: m[2] } : undefined;
}
