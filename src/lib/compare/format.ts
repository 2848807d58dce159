/** Numbers as the compare page shows them (browser-safe, pure). */

/** A rate per 10,000 characters, two decimals (0 as "0"). */
export const formatRate = (rate: number): string => (rate === 0 ? '0' : rate.toFixed(2));

/** Counts and lengths with thousands separators. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');
