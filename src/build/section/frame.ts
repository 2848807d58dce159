/**
 * A section page's frame: the shell page Astro rendered (./shell.ts) with the three places that
 * differ from page to page cut out — its own head (between HEAD_START and HEAD_END), the script
 * switch's href, and its main region (between MAIN_START and MAIN_END). Everything else (the
 * layout, the header's search box, the scripts and styles, and so the Content Security Policy
 * and its hashes) is the same on every section page of a script, because they are one route.
 */
import { escapeHtml } from '../../lib/html.ts';
import type { Paths } from '../../lib/paths.ts';
import { HEAD_END, HEAD_START, type PageHead, pageHeadHtml, switchHref } from '../page-head.ts';
import type { SectionMain } from './page.ts';
import { BODY_END, BODY_START, MAIN_END, MAIN_START } from './shell.ts';

export interface Frame {
  /** The shell up to its own head, then on to the switch's href, then to its main region, then the rest. */
  pieces: [string, string, string, string];
}

const SWITCH_HREF = /<a class="script-switch" href="([^"]*)"/;

/** The text between two markers, and where it is; an error naming the file when a marker is missing. */
function between(html: string, start: string, end: string, file: string): { from: number; to: number } {
  const from = html.indexOf(start);
  const to = html.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`${file}: no ${start}…${end} in the page Astro wrote`);
  return { from, to: to + end.length };
}

export function frameOf(shell: string, file: string): Frame {
  const head = between(shell, HEAD_START, HEAD_END, file);
  const main = between(shell, MAIN_START, MAIN_END, file);
  const link = SWITCH_HREF.exec(shell);
  if (!link) throw new Error(`${file}: no script switch in the page Astro wrote`);
  const hrefFrom = link.index + link[0].length - link[1].length - 1;
  const hrefTo = hrefFrom + link[1].length;
  if (!(head.to <= hrefFrom && hrefTo <= main.from)) throw new Error(`${file}: head, script switch and main region are not in that order`);
  return { pieces: [shell.slice(0, head.from), shell.slice(head.to, hrefFrom), shell.slice(hrefTo, main.from), shell.slice(main.to)] };
}

/** A plan page's document (the passages are cut from it), between BODY_START and BODY_END. */
export function planDocument(html: string, file: string): string {
  const { from, to } = between(html, BODY_START, BODY_END, file);
  return html.slice(from + BODY_START.length, to - BODY_END.length);
}

/** An inline script or style would need its own hash in the shell's Content Security Policy. */
const INLINE_CODE = /<(script|style)\b/i;

/** One section page: the frame filled with its head, its switch link, and its main region around its passage. */
export function fillFrame(frame: Frame, head: PageHead, main: SectionMain, body: string, paths: Paths, site: URL | undefined): string {
  const region = main.before + body + main.after;
  if (INLINE_CODE.test(region))
    throw new Error(`section page ${head.path}: its main region holds a <script> or <style>, which the shell's policy does not cover`);
  const [top, toSwitch, toMain, rest] = frame.pieces;
  return top + pageHeadHtml(head, paths, site) + toSwitch + escapeHtml(switchHref(head, paths)) + toMain + region + rest;
}
