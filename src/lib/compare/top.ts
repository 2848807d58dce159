/**
 * The items with the largest totals, most first, ties in their given order; all of them, in
 * their order, when there are no more than `max`. The compare chart draws at most CHART_MAX
 * plans this way (src/client/compare/page.ts); the table beside it lists every plan.
 */
export function topByTotal<T>(items: readonly T[], total: (item: T) => number, max: number): T[] {
  if (items.length <= max) return [...items];
  return items
    .map((item, i) => ({ item, i, n: total(item) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, max)
    .map((x) => x.item);
}
