/**
 * Units for comparison only: 万人 and 人, 亿元 and 万元 are the same quantity at another scale.
 * A figure is never shown converted; charts compare figures whose units share a base, in the
 * indicator's own unit where it has one.
 */

/** Multipliers written before a unit: 万元 = 10⁴ 元. Longest first, so 万亿 is read before 亿. */
const SCALES: [string, number][] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** Units that begin with a scale character yet are not scaled (千克 is a base unit; 千瓦 too). */
const NOT_SCALED = new Set(['千克', '千米', '千瓦', '千瓦时', '百分点', '万分之一']);

export interface UnitBase {
  /** The unit without its multiplier ("元", "人", "%"). */
  base: string;
  factor: number;
}

/** The base of a printed unit ("亿元" → 元 × 10⁸); null for a figure without a unit. */
export function unitBase(unit: string | null): UnitBase | null {
  if (unit === null) return null;
  const u = unit.trim().replace(/％/g, '%');
  if (!NOT_SCALED.has(u))
    for (const [prefix, factor] of SCALES) if (u.startsWith(prefix) && u.length > prefix.length) return { base: u.slice(prefix.length), factor };
  return { base: u, factor: 1 };
}

/** `value` in `from` expressed in `to`, or undefined where the two do not share a base. */
export function convertUnit(value: number, from: string | null, to: string | null): number | undefined {
  const a = unitBase(from);
  const b = unitBase(to);
  if (!a || !b || a.base !== b.base) return from === to ? value : undefined;
  // Round away the floating-point dust of the scale factors (3.3 亿 → 33000 万, not 32999.999…).
  return Number(((value * a.factor) / b.factor).toPrecision(12));
}
