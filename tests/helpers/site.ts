/**
 * The shared set-up of the browser tests: real Chromium and the built site served on
 * 127.0.0.1, started once per test file and closed after it.
 */
import type { Browser } from 'playwright-core';
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
