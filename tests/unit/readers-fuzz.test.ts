/**
 * Fuzzing the readers (fast-check): random text — astral characters, zero-width and control
 * characters, every line end — saved in every encoding, mixed encodings, random HTML and
 * random PDF text layouts. A reader either returns exactly the text it was given (nothing
 * lost, nothing garbled) or refuses with an IngestError; never another exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../ingest/problems.ts';
import { readHtml } from '../../ingest/read/html.ts';
import { hasVisibleText, readSource } from '../../ingest/read/index.ts';
import { layoutPdf, type RawPdf, unifyRadicals } from '../../ingest/read/pdf-layout.ts';
import { gbk, gbkCharacters } from '../../tools/formats/gbk.ts';

const RUNS = { numRuns: 1000, seed: 20261125 };
const squeeze = (s: string) => s.replace(/\s+/g, '');
const sorted = (s: string) => [...s].sort().join('');

/** Only an IngestError may escape; anything else fails the property. */
function attempt<T>(fn: () => T): T | IngestError {
  try {
    return fn();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
}

const han = fc.constantFrom(...'中华人民共和国规划纲要建议实施方案发展经济社会台州临海嘉兴衢州创新开放协调绿色共享'.split(''));
const astral = fc.constantFrom('𠀀', '𠀁', '𪚥', '😀', '🇨🇳', '𝐀');
const odd = fc.constantFrom('\u200b', '\u200d', '\ufeff', '\u3000', '\u00a0', '\t', '·', '—', '（', '）', '《', '》', 'é', 'Ω');
const unit = fc.oneof(
  { weight: 6, arbitrary: han },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: astral },
  { weight: 1, arbitrary: odd },
);
/** A line without line ends or C0 controls (those make a file binary, refused by design). */
const line = fc.array(unit, { maxLength: 30 }).map((us) => us.join('').replace(/[\u0000-\u0008\u000a-\u001f]/g, ''));
const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r')).map(([ls, eol]) => ({ lines: ls, eol }));

const utf16 = (s: string, be: boolean) => {
  const b = Buffer.from(`\ufeff${s}`, 'utf16le');
  if (be) b.swap16();
  return new Uint8Array(b);
};
const ENCODINGS: Record<string, (s: string) => Uint8Array> = {
  'utf-8': (s) => new TextEncoder().encode(s),
  'utf-8 with BOM': (s) => new TextEncoder().encode(`\ufeff${s}`),
  'utf-16le': (s) => utf16(s, false),
  'utf-16be': (s) => utf16(s, true),
};

describe('the text reader', () => {
  it.each(Object.keys(ENCODINGS))('%s: gives back every line exactly, or refuses a text without visible characters', (name) => {
    fc.assert(
      fc.property(text, ({ lines, eol }) => {
        const raw = lines.join(eol);
        const result = attempt(() => readSource(ENCODINGS[name](raw), 'fuzz.txt'));
        if (result instanceof IngestError) {
          expect(hasVisibleText(raw.replace(/^\ufeff/, '')) && raw.length > 0).toBe(false);
          return;
        }
        // Bytes EF BB BF at the start are a byte-order mark by definition; a second one is text.
        const want = (name === 'utf-8' ? raw.replace(/^\ufeff/, '') : raw).split(/\r\n|\r|\n/);
        if (want.length > 1 && want.at(-1) === '') want.pop();
        expect(result.lines.map((l) => l.text)).toEqual(want);
      }),
      RUNS,
    );
  });

  it('GBK text is read as GBK, and a file mixing UTF-8 and GBK lines is refused, never garbled', () => {
    const chars = gbkCharacters().filter((c) => /\p{Script=Han}/u.test(c));
    const gbLine = fc.array(fc.constantFrom(...chars), { minLength: 2, maxLength: 20 }).map((cs) => cs.join(''));
    const plan = fc.array(fc.tuple(gbLine, fc.boolean()), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(plan, (ls) => {
        const bytes = Buffer.concat(ls.map(([l, asUtf8]) => (asUtf8 ? new TextEncoder().encode(`${l}\n`) : gbk(`${l}\n`))));
        const result = attempt(() => readSource(new Uint8Array(bytes), 'fuzz.txt'));
        const mixed = new Set(ls.map(([, u]) => u)).size === 2;
        if (result instanceof IngestError) {
          expect(mixed, result.message).toBe(true);
          expect(result.message).toMatch(/fuzz\.txt:\d+: error: the file mixes encodings/);
        } else {
          expect(mixed).toBe(false);
          expect(result.lines.map((l) => l.text)).toEqual(ls.map(([l]) => l));
        }
      }),
      RUNS,
    );
  });
});

describe('the HTML reader', () => {
  const block = fc.tuple(fc.constantFrom('p', 'div', 'li', 'h2', 'td', 'span', 'strong', 'a'), line);
  it('loses no character: each is in a line of text or in the furniture report', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 15 }), (blocks) => {
        const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        const html = `<!doctype html><html><head><meta charset="utf-8"></head><body>${blocks.map(([t, s]) => `<${t}>${esc(s)}</${t}>`).join('\n')}</body></html>`;
        const result = readHtml(new TextEncoder().encode(html), 'fuzz.html');
        // The HTML parser turns NUL and CR, and collapses white space, as browsers do.
        const want = squeeze(blocks.map(([, s]) => s.replace(/\u0000/g, '\ufffd').replace(/\r/g, '')).join(''));
        const got = squeeze([...result.lines.map((l) => l.text), ...result.setAside.map((s) => s.text)].join(''));
        expect(sorted(got)).toBe(sorted(want));
      }),
      RUNS,
    );
  });
});

describe('the PDF layout', () => {
  const item = fc.record({
    str: line,
    x: fc.double({ min: 0, max: 600, noNaN: true }),
    y: fc.double({ min: 0, max: 840, noNaN: true }),
    w: fc.double({ min: 0, max: 500, noNaN: true }),
    h: fc.double({ min: 1, max: 30, noNaN: true }),
  });
  const pdf = fc
    .array(fc.array(item, { maxLength: 30 }), { minLength: 1, maxLength: 4 })
    .map((pages): RawPdf => ({ pages: pages.map((items) => ({ width: 595, height: 842, items })) }));
  it('never throws, and keeps every character in a line or the furniture report', () => {
    fc.assert(
      fc.property(pdf, (p) => {
        const { lines, setAside } = layoutPdf(p);
        const want = unifyRadicals(squeeze(p.pages.flatMap((pg) => pg.items.map((i) => i.str)).join('')));
        const got = squeeze([...lines.map((l) => l.text), ...setAside.map((s) => s.text)].join(''));
        expect(sorted(got)).toBe(sorted(want));
      }),
      RUNS,
    );
  });
});
