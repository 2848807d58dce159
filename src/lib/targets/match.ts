/**
 * Words to indicators, in the browser: which canonical indicators a search or compare term
 * names (R&D, 研发, 城镇化率), and which other wordings of it a reader may mean (研发经费 ~
 * R&D经费 ~ 研究与试验发展经费). Both read the small index the build writes for them
 * (`/targets/keys.json`, src/pages/targets/keys.json.ts): every indicator's names and usual
 * wordings in both scripts. Pure, so the unit tests try them without a page.
 */
import type { Script } from '../plan-types.ts';

export interface KeyEntry {
  key: string;
  names: Record<Script, string>;
  /** Every wording of the indicator (its names and aliases), per script, as printed. */
  forms: Record<Script, string[]>;
  unit: string | null;
  /** Plans that give a figure for it, and its records (0: no page is linked). */
  plans: number;
  records: number;
}

export interface KeysFile {
  version: 1;
  indicators: KeyEntry[];
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** A term shorter than this names an indicator only when it is a whole wording of it. */
const MIN_PART = 2;

/**
 * The indicators a term names, best first: a whole wording, then wordings containing it, by
 * how many plans give a figure. Only indicators with figures (a page to link to).
 */
export function indicatorsNamed(term: string, file: KeysFile, limit = 3): KeyEntry[] {
  const q = fold(term);
  if (!q) return [];
  const scored: [KeyEntry, number][] = [];
  for (const e of file.indicators) {
    if (e.records === 0) continue;
    const forms = [...e.forms.hans, ...e.forms.hant].map(fold);
    if (forms.includes(q)) scored.push([e, 2]);
    else if ([...q].length >= MIN_PART && forms.some((f) => f.includes(q))) scored.push([e, 1]);
  }
  return scored
    .sort((a, b) => b[1] - a[1] || b[0].plans - a[0].plans || a[0].key.localeCompare(b[0].key))
    .slice(0, limit)
    .map(([e]) => e);
}

const ASCII = /[A-Za-z]/;

/**
 * Where two wordings of one indicator differ: a = P·x·S and b = P·y·S, with P and S as long as
 * they can be. "R&D经费支出占GDP比重" / "研发经费支出占GDP比重" differ in x = "R&D", y = "研发".
 */
function difference(a: string[], b: string[]): { start: number; x: number; y: number } {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { start: p, x: a.length - p - s, y: b.length - p - s };
}

/**
 * Other wordings of a query, from the wordings of the indicators: where the query is part of
 * one wording and covers the place where another wording of the same indicator differs, the
 * query with that difference swapped (研发经费 → R&D经费, 研究与试验发展经费). A query that is
 * only the differing part is swapped only for an abbreviation (研发 → R&D), not for any two
 * prefixes that happen to precede the same words (市域 is no other word for 常住人口).
 */
export function otherWordings(query: string, file: KeysFile, limit = 4): string[] {
  const q = [...query.trim()];
  if (q.length < MIN_PART || /\s/.test(query.trim())) return [];
  const qText = q.join('');
  const out = new Set<string>();
  for (const e of file.indicators)
    for (const script of ['hans', 'hant'] as const) {
      const forms = [...new Set(e.forms[script])].map((f) => [...f]);
      for (const a of forms)
        for (const b of forms) {
          if (a === b) continue;
          const d = difference(a, b);
          if (d.x === 0) continue;
          const x = a.slice(d.start, d.start + d.x).join('');
          const y = b.slice(d.start, d.start + d.y).join('');
          if (qText === x && !(ASCII.test(x) || ASCII.test(y))) continue;
          // One character for another (市域/县域, 省级/市级) is a change of scope, not of wording.
          if ([...x].length === 1 && [...y].length === 1) continue;
          // Every place the query occurs in a that covers x.
          for (let k = a.join('').indexOf(qText); k >= 0; k = a.join('').indexOf(qText, k + 1)) {
            const at = [...a.join('').slice(0, k)].length;
            if (at > d.start || at + q.length < d.start + d.x) continue;
            const alt = [...b.slice(at, d.start), ...y, ...a.slice(d.start + d.x, at + q.length)].join('');
            // A part of the query is a broader search, not another wording of it.
            if (alt && !fold(qText).includes(fold(alt))) out.add(alt);
          }
        }
    }
  return [...out].slice(0, limit);
}
