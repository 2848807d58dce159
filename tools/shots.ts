/**
 * The harness the screenshot tools share (for looking at, not tests): dist/ served, the system
 * Chromium, and every view — both scripts, light and dark, 1280 and 390 px — in a fresh context
 * each, with console errors and uncaught exceptions gathered and printed at the end.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';
import type { Script } from '../src/lib/plan-types.ts';

export interface View {
  script: Script;
  scheme: 'light' | 'dark';
  width: number;
  /** `script-scheme-width`, for file names */
  name: string;
}

export interface ShotOptions {
  /** Phone widths as a touch device (`hasTouch`, `isMobile`). */
  touch?: boolean;
  /** Run once the views are shot, with the same browser and site (e.g. print to PDF). */
  finish?: (browser: Browser, origin: string) => Promise<void>;
}

export async function shootViews(out: string, shoot: (page: Page, view: View, origin: string) => Promise<void>, options: ShotOptions = {}): Promise<void> {
  mkdirSync(out, { recursive: true });
  const [browser, site] = await Promise.all([launch(), serve('dist')]);
  const errors: string[] = [];
  try {
    for (const script of ['hans', 'hant'] as const)
      for (const scheme of ['light', 'dark'] as const)
        for (const width of [1280, 390]) {
          const phone = width < 600;
          const touch = phone && options.touch === true;
          const context = await browser.newContext({ viewport: { width, height: phone ? 844 : 900 }, colorScheme: scheme, hasTouch: touch, isMobile: touch });
          const page = await context.newPage();
          page.on('console', (m) => m.type() === 'error' && errors.push(`${script} ${width}: ${m.text()}`));
          page.on('pageerror', (e) => errors.push(`${script} ${width}: ${e}`));
          await shoot(page, { script, scheme, width, name: `${script}-${scheme}-${width}` }, site.origin);
          await context.close();
        }
    await options.finish?.(browser, site.origin);
  } finally {
    await Promise.all([browser.close(), site.close()]);
  }
  if (errors.length) {
    console.error(errors.join('\n'));
    process.exitCode = 1;
  }
  console.log(`screenshots in ${out}`);
}
