/**
 * The characters of the decoded source, before anything reads its lines:
 * - CJK and Kangxi radicals that pdf.js (or a careless converter) gives for whole ideographs
 *   become the ideograph of the plan's own script (⼾ → 户 in a simplified plan, 戶 in a
 *   traditional one), from the table tools/radicals.ts builds from Unicode's data;
 * - characters no plan prints — bidirectional controls (a leading U+202E turned （二） into a
 *   paragraph), C0 and C1 controls other than tab (BEL and ESC reached the page raw),
 *   noncharacters, and U+FFFD (what a reference such as &#xD800; or &#0; becomes) — are set
 *   aside: taken out of the line, listed in the report with their line, and warned about once
 *   per kind. Never silently kept, never silently dropped.
 */
import type { Script } from '../../src/lib/plan-types.ts';
import type { IngestFile } from '../ingest-file.ts';
import { warn } from '../ingest-file.ts';
import RADICALS from './radicals.json' with { type: 'json' };
import type { DecodedSource, ReaderSetAside, SourceLine } from './source.ts';

const TABLE: Record<string, string[]> = RADICALS;
const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;

/**
 * A radical → the ideograph in `script`. Without a script (a reader alone, as tests call it):
 * Unicode's own equivalent (NFKC for Kangxi radicals: the traditional form; the supplement's
 * simplified forms as they are named).
 */
export function unifyRadicals(s: string, script?: Script): string {
  return s.replace(RADICAL, (ch) => {
    const pair = TABLE[ch];
    if (!pair) return ch;
    if (script) return script === 'hans' ? pair[0] : pair[1];
    return ch >= '\u2f00' ? pair[1] : pair[0];
  });
}

const KINDS: { kind: string; re: RegExp; note?: string }[] = [
  { kind: 'bidirectional control character', re: /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu },
  { kind: 'control character', re: /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu },
  { kind: 'noncharacter', re: /\p{Noncharacter_Code_Point}/gu },
  {
    kind: 'replacement character',
    re: /\ufffd/gu,
    note: ' (U+FFFD: what an invalid character reference such as &#0; or &#xD800; becomes, or a character lost before the file was saved)',
  },
];
const ANY = new RegExp(KINDS.map((k) => k.re.source).join('|'), 'gu');
/** Every character set aside here (for tests that rebuild a plan's text from its source). */
export const SET_ASIDE_CHARACTERS = new RegExp(ANY.source, 'gu');
/** The report rule of a character set aside here (the line itself is kept). */
export const isCharacterRule = (rule: string): boolean => rule.startsWith('invisible ');
const hex = (ch: string) => `U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;

export interface CleanedSource {
  source: DecodedSource;
  /** How many radicals were read as ideographs. */
  radicals: number;
}

/** The source with its radicals unified and its invisible controls set aside (reported into `file`). */
export function cleanCharacters(source: DecodedSource, script: Script, file: IngestFile): CleanedSource {
  let radicals = 0;
  const first = new Map<string, { no: number; ch: string; count: number }>();
  const setAside: ReaderSetAside[] = [];
  const clean = (text: string, line: SourceLine | undefined): string => {
    const unified = unifyRadicals(text, script);
    if (unified !== text) radicals += text.match(RADICAL)?.filter((c) => TABLE[c]).length ?? 0;
    if (!ANY.test(unified)) return unified;
    ANY.lastIndex = 0;
    let out = unified;
    for (const { kind, re } of KINDS) {
      out = out.replace(re, (ch) => {
        if (line) {
          const f = first.get(kind) ?? { no: line.no, ch, count: 0 };
          f.count++;
          first.set(kind, f);
          setAside.push({ text: `${hex(ch)} (${kind})`, reason: `invisible ${kind}`, origin: line.origin ?? { line: line.no } });
        }
        return '';
      });
    }
    return out;
  };
  const lines = source.lines.map((l): SourceLine => {
    const text = clean(l.text, l);
    const boldLead = l.boldLead === undefined ? undefined : clean(l.boldLead, undefined);
    const table = l.table && { ...l.table, rows: l.table.rows.map((r) => r.map((c) => ({ ...c, text: clean(c.text, undefined) }))) };
    return { ...l, text, ...(boldLead === undefined ? {} : { boldLead }), ...(table ? { table } : {}) };
  });
  for (const { kind, note } of KINDS) {
    const f = first.get(kind);
    if (f)
      warn(
        file,
        `${f.count} ${kind}${f.count === 1 ? '' : 's'}${note ?? ''} set aside (the first, ${hex(f.ch)}, on this line): no plan prints one, so it is not shown`,
        f.no,
      );
  }
  if (radicals > 0)
    warn(
      file,
      `${radicals} CJK radical${radicals === 1 ? '' : 's'} (such as ⼾ for 户) read as the ideograph${radicals === 1 ? '' : 's'} of the plan's script`,
    );
  return { source: { ...source, lines, setAside: [...source.setAside, ...setAside] }, radicals };
}
