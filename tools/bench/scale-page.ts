/**
 * The benchmark's measurements of the results page and of typing (tools/bench/scale.ts runs
 * them at each corpus size), in Chromium, each from a fresh browser context (cold cache).
 *
 * - The results page opened from a search link, cold: bytes on the wire of everything the page
 *   fetched (HTML, CSS, JS, index and text) until it is complete — the counts painted, every
 *   group in or near the view filled with its marked passages — and quiet (no request for
 *   QUIET ms); and the part of it that is search files.
 * - Keystroke → paint, measured in the page: the value is set and an input event dispatched;
 *   painted is the first animation frame after the results changed and hold a mark. Queries
 *   NEW to the page (never typed in it: the index chunks and text they need may have to be
 *   fetched) and REPEATED ones (typed before, answered from the engine's recent-query cache)
 *   are reported apart.
 */
import type { Browser, Page } from 'playwright-core';

/** The page is quiet when no request has started or ended for this long. */
const QUIET = 600;

export interface PageLoad {
  ms: number;
  bytes: number;
  searchBytes: number;
  requests: number;
  timedOut?: boolean;
}

/** The results page for `query`, cold: bytes and time until complete and quiet. */
export async function resultsPage(browser: Browser, origin: string, query: string, timeout: number): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await context.addInitScript(() => performance.setResourceTimingBufferSize(1_000_000));
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/zh-hans/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    let timedOut = false;
    const ms = await page
      .waitForFunction(
        () => {
          const status = document.querySelector('.sr-status')?.textContent ?? '';
          const results = document.querySelector('.sr-results');
          const done =
            /：\d+ 份规划/.test(status) &&
            results &&
            !results.hasAttribute('data-painting') &&
            !document.querySelector('.sr-plan[aria-busy]') &&
            !!document.querySelector('.sr-plan .sr-link mark');
          return done ? performance.now() : false;
        },
        undefined,
        { timeout, polling: 20 },
      )
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => {
        timedOut = true;
        return Number.NaN;
      });
    // Quiet: groups filled as they come near the view may fetch after the first screenful.
    await page.evaluate(
      (quiet) =>
        new Promise<void>((resolve) => {
          let last = performance.now();
          let seen = 0;
          const tick = () => {
            const busy = !!document.querySelector('.sr-plan[aria-busy]');
            const n = performance.getEntriesByType('resource').length;
            if (n !== seen || busy) [seen, last] = [n, performance.now()];
            if (performance.now() - last >= quiet) resolve();
            else setTimeout(tick, 50);
          };
          tick();
        }),
      QUIET,
    );
    const wire = await page.evaluate(() => {
      const rs = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming;
      const search = rs.filter((r) => new URL(r.name).pathname.includes('/search/'));
      return {
        bytes: nav.transferSize + rs.reduce((n, r) => n + r.transferSize, 0),
        search: search.reduce((n, r) => n + r.transferSize, 0),
        requests: rs.length + 1,
      };
    });
    return { ms, bytes: wire.bytes, searchBytes: wire.search, requests: wire.requests, timedOut };
  } finally {
    await context.close();
  }
}

/**
 * Per query, keystroke → the first frame after the results changed and hold a mark (ms): the
 * status names the query (each render replaces status and results together) and a mark is in
 * the results.
 */
async function typeEach(page: Page, input: string, status: string, results: string, queries: readonly string[]): Promise<number[]> {
  return page.evaluate(
    async ([sel, statusSel, resultsSel, qs]) => {
      const box = document.querySelector<HTMLInputElement>(sel)!;
      const out: number[] = [];
      for (const q of qs) {
        await new Promise((r) => setTimeout(r, 200));
        const t0 = performance.now();
        const painted = new Promise<number>((resolve) => {
          const ready = () => !!document.querySelector(statusSel)?.textContent?.includes(`“${q.trim()}”`) && !!document.querySelector(`${resultsSel} mark`);
          const frame = () => requestAnimationFrame(() => resolve(performance.now() - t0));
          const o = new MutationObserver(() => {
            if (!ready()) return;
            o.disconnect();
            frame();
          });
          o.observe(document.querySelector('main')!.parentElement!, { subtree: true, childList: true, characterData: true });
          setTimeout(() => {
            o.disconnect();
            resolve(Number.NaN);
          }, 5000);
          box.value = q;
          box.dispatchEvent(new InputEvent('input', { bubbles: true }));
          if (ready()) {
            o.disconnect();
            frame();
          }
        });
        out.push(await painted);
      }
      return out;
    },
    [input, status, results, queries] as [string, string, string, readonly string[]],
  );
}

export interface Typing {
  /** Medians (ms) over queries new to the page and over the same queries typed again. */
  fresh: number;
  repeated: number;
  /** The slowest new query (ms). */
  worst: number;
  n: number;
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : Number.NaN;
};

/**
 * Typing on the header panel or the results page: `queries` each typed once (new to the page),
 * then all again (repeated). The page is opened and a first query searched before measuring,
 * so the manifest and fold are in; nothing else of the queries measured is.
 */
export async function typing(browser: Browser, origin: string, where: 'panel' | 'page', warm: string, queries: readonly string[]): Promise<Typing> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  try {
    const [input, status, results] = where === 'panel' ? ['#site-search', '.search-panel .sp-status', '.search-panel'] : ['#sr-q', '.sr-status', '.sr-results'];
    if (where === 'panel') {
      await page.goto(`${origin}/zh-hans/about/`, { waitUntil: 'load' });
      await page.locator(input).focus();
      await page.keyboard.insertText(warm);
      await page.waitForSelector('.search-panel [role="option"] mark', { timeout: 30_000 });
    } else {
      await page.goto(`${origin}/zh-hans/search/?q=${encodeURIComponent(warm)}`, { waitUntil: 'load' });
      await page.waitForSelector('.sr-plan .sr-link mark', { timeout: 30_000 });
    }
    const fresh = await typeEach(page, input, status, results, queries);
    const repeated = await typeEach(page, input, status, results, queries);
    return {
      fresh: median(fresh),
      repeated: median(repeated),
      worst: Math.max(...fresh.filter((x) => !Number.isNaN(x))),
      n: fresh.filter((x) => !Number.isNaN(x)).length,
    };
  } finally {
    await context.close();
  }
}
