/**
 * The shared set-up of the browser tests: real Chromium and the built site served on
 * 127.0.0.1, started once per test file and closed after it.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { serve, type Served } from './serve.ts';

export interface SiteEnv {
  readonly browser: Browser;
  readonly site: Served;
}

/** Call at the top of a test file; `prepare` runs first (e.g. a build under a sub-path). */
export function useSite(root = 'dist', base = '/', prepare?: () => void): SiteEnv {
  let browser: Browser | undefined;
  let site: Served | undefined;
  beforeAll(async () => {
    prepare?.();
    [browser, site] = await Promise.all([launch(), serve(root, base)]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is not started yet');
      return browser;
    },
    get site() {
      if (!site) throw new Error('the site is not served yet');
      return site;
    },
  };
}

/** What a page did that a test may forbid: its errors, its requests, and those that left the site. */
export interface Watched {
  /** Console errors, uncaught exceptions and responses of status 400 or more. */
  errors: string[];
  /** Every URL requested. */
  requests: string[];
  /** Requests to anywhere but `origin` (data: URLs aside). */
  outside: string[];
}

export function watch(page: Page, origin: string): Watched {
  const w: Watched = { errors: [], requests: [], outside: [] };
  page.on('console', (m) => m.type() === 'error' && w.errors.push(m.text()));
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('response', (r) => r.status() >= 400 && w.errors.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => {
    w.requests.push(r.url());
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) w.outside.push(r.url());
  });
  return w;
}

/** A page opened by a test, in its own context, with what it did. */
export interface Opened extends Watched {
  page: Page;
  context: BrowserContext;
}

/** Opens `path` (if given) of the served site in a new context with `options`, watched. */
export async function openPage(env: SiteEnv, path: string, options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const o: Opened = { page, context, ...watch(page, env.site.origin) };
  if (path) await page.goto(env.site.origin + path, { waitUntil: 'load' });
  return o;
}
