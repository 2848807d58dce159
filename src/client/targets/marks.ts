/**
 * Plan page: each target the plan states is marked quietly in the text — its figure becomes a
 * link to the indicator across plans (or, for a figure of no canonical indicator, to its row in
 * "本规划的目标"). Read from that list's rows (data-at: the block, data-needle: the number as
 * printed, data-row: the table row); done in the browser by wrapping the existing text node's
 * characters in a link, so the page's text stays exactly the plan's (tests/e2e/fidelity.test.ts).
 * A figure that cannot be found where the record says is left unmarked, never guessed.
 */
const boundary = (needle: string) => new RegExp(`(^|[^\\d.])(${needle.replace(/\./g, '\\.')})(?![\\d.])`);

/** The text nodes under `root` in order, skipping links and marks already made. */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('a, button, .tg-mark, .related-marker') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/**
 * Wraps the first occurrence of `needle` in `scope`'s text between the offsets `from` and `to`
 * in a link; false where it is not found there within one text node.
 */
function wrap(scope: Element, needle: string, from: number, to: number, make: () => HTMLAnchorElement): boolean {
  const re = boundary(needle);
  let offset = 0;
  for (const node of textNodes(scope)) {
    const end = offset + node.data.length;
    if (end > from && offset < to) {
      const start = Math.max(0, from - offset);
      const m = re.exec(node.data.slice(start, Math.min(node.data.length, to - offset)));
      if (m) {
        const at = start + m.index + m[1].length;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        range.surroundContents(make());
        return true;
      }
    }
    offset = end;
  }
  return false;
}

/**
 * Marks the figure in a block of text: within the record's quote where the block holds it
 * (else the whole block), after the indicator's name where that comes first, else anywhere there.
 */
function markInText(block: Element, needle: string, quote: string, indicator: string, make: () => HTMLAnchorElement): boolean {
  const whole = textNodes(block)
    .map((n) => n.data)
    .join('');
  const q = quote ? whole.indexOf(quote) : -1;
  const [from, to] = q >= 0 ? [q, q + quote.length] : [0, whole.length];
  const name = indicator ? whole.indexOf(indicator, from) : -1;
  return (name >= 0 && name < to && wrap(block, needle, name, to, make)) || wrap(block, needle, from, to, make);
}

/** The table row a record names: the row whose number or indicator it prints. */
function tableRow(table: Element, row: string | undefined, indicator: string): Element | null {
  const rows = [...table.querySelectorAll('tr')];
  return (
    rows.find((tr) => indicator && tr.textContent?.includes(indicator)) ??
    rows.find((tr) => row !== undefined && [...tr.cells].some((c) => c.textContent?.trim() === row)) ??
    null
  );
}

export function markTargets(): number {
  const list = document.querySelector('[data-plan-targets]');
  if (!list) return 0;
  let marked = 0;
  for (const tr of list.querySelectorAll<HTMLElement>('tr[data-at][data-needle]')) {
    const d = tr.dataset;
    const block = document.getElementById(d.at ?? '');
    if (!block || !d.needle) continue;
    const indicator = tr.querySelector('th')?.textContent?.replace(/（.*$/, '').trim() ?? '';
    const scope = block.matches('table, .table-block') || block.querySelector('table') ? tableRow(block, d.row, indicator) : block;
    if (!scope) continue;
    const make = () => {
      const a = document.createElement('a');
      a.className = 'tg-mark';
      a.href = d.markHref ?? '#plan-targets';
      a.title = d.markTitle ?? '';
      return a;
    };
    const quote = tr.querySelector('.tg-quote')?.textContent?.trim() ?? '';
    const done = scope === block ? markInText(block, d.needle, quote, indicator, make) : wrap(scope, d.needle, 0, Number.POSITIVE_INFINITY, make);
    if (done) marked++;
  }
  // A mark leading to a row of the list opens the list first.
  document.addEventListener('click', (e) => {
    const a = (e.target as Element).closest?.('a.tg-mark[href^="#"]');
    if (a) list.setAttribute('open', '');
  });
  document.documentElement.dataset.targetMarks = String(marked);
  return marked;
}

markTargets();
