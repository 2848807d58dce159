/**
 * The one normalisation used for the indexed text, the query and the highlighting, in the
 * browser and at build time alike (no dependencies, safe to bundle).
 *
 * Per code point: NFKC (full-width → half-width, compatibility ideographs, ① → 1), lower
 * case, a character-level traditional → simplified fold from a table derived from OpenCC at
 * build time (fold-table.ts), and everything that is not a letter, digit or mark (spaces,
 * punctuation, symbols) dropped. Each output character remembers the original code point it
 * came from, so a match in normalised text maps back to exact characters of the original.
 */

/** Serialised fold table: the string of pairs `k₁r₁k₂r₂…` (each one code point), k → r. */
export type FoldTableString = string;

export function parseFoldTable(serialised: FoldTableString): Map<string, string> {
  const cps = Array.from(serialised);
  if (cps.length % 2) throw new Error('fold table: odd number of code points');
  const map = new Map<string, string>();
  for (let i = 0; i < cps.length; i += 2) map.set(cps[i], cps[i + 1]);
  return map;
}

/** Normalised text plus, per UTF-16 unit of it, the original [start, end) it came from. */
export interface Mapped {
  text: string;
  start: Uint32Array;
  end: Uint32Array;
}

const KEEP = /[\p{L}\p{N}\p{M}]/u;

export class Normaliser {
  /** Per-code-point result, filled on first use (BMP in an array, astral in a map). */
  private readonly bmp: (string | undefined)[] = new Array(0x10000);
  private readonly astral = new Map<number, string>();

  private readonly fold: ReadonlyMap<string, string>;

  constructor(fold: ReadonlyMap<string, string>) {
    this.fold = fold;
  }

  /** The normalised form of one code point ('' when it is ignored). */
  char(cp: number): string {
    let r = cp < 0x10000 ? this.bmp[cp] : this.astral.get(cp);
    if (r !== undefined) return r;
    if (cp < 0x80) {
      if (cp >= 65 && cp <= 90) r = String.fromCharCode(cp + 32);
      else if ((cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57)) r = String.fromCharCode(cp);
      else r = '';
    } else {
      r = '';
      for (const ch of String.fromCodePoint(cp).normalize('NFKC').toLowerCase()) {
        const f = this.fold.get(ch) ?? ch;
        if (KEEP.test(f)) r += f;
      }
    }
    if (cp < 0x10000) this.bmp[cp] = r;
    else this.astral.set(cp, r);
    return r;
  }

  /** Normalised text only (for the index and the query). */
  text(s: string): string {
    let out = '';
    for (let i = 0; i < s.length; ) {
      const cp = s.codePointAt(i)!;
      out += this.char(cp);
      i += cp > 0xffff ? 2 : 1;
    }
    return out;
  }

  /** Normalised text with the original offsets of every unit (for highlighting). */
  mapped(s: string): Mapped {
    let text = '';
    const start: number[] = [];
    const end: number[] = [];
    for (let i = 0; i < s.length; ) {
      const cp = s.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      const n = this.char(cp);
      if (n) {
        text += n;
        for (let k = 0; k < n.length; k++) {
          start.push(i);
          end.push(i + w);
        }
      }
      i += w;
    }
    return { text, start: Uint32Array.from(start), end: Uint32Array.from(end) };
  }
}
