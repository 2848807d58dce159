/**
 * The section-page frame (src/build/section/frame.ts): the shell's three per-page places are
 * found or named as missing, a page is the shell with those places filled, and a main region
 * holding inline code (which the shell's policy would not cover) is refused. That every page
 * written fits Astro's own is checked by the build itself (write.ts) and by the e2e tests.
 */
import { describe, expect, it } from 'vitest';
import { HEAD_END, HEAD_START, pageHeadHtml, switchHref } from '../../src/build/page-head.ts';
import { fillFrame, frameOf, planDocument } from '../../src/build/section/frame.ts';
import { BODY_END, BODY_START, MAIN_END, MAIN_START } from '../../src/build/section/shell.ts';
import { pathsFor } from '../../src/lib/paths.ts';

const paths = pathsFor('/sub plans/');
const head = { script: 'hans' as const, title: 'A & B', path: 'plans/p/a1/' };
const shell = (main: string) =>
  `<html><head><meta charset="utf-8">${pageHeadHtml(head, paths, undefined)}</head><body><a class="script-switch" href="${switchHref(head, paths)}">x</a><main>${main}</main></body></html>`;

describe('section frame', () => {
  const frame = frameOf(shell(`${MAIN_START}old${MAIN_END}`), 'shell.html');

  it('reproduces the shell from its own parts', () => {
    const page = fillFrame(frame, head, { before: `${MAIN_START}o`, after: `d${MAIN_END}` }, 'l', paths, undefined);
    expect(page).toBe(shell(`${MAIN_START}old${MAIN_END}`));
  });

  it("fills another page's head, switch and main region", () => {
    const other = { script: 'hans' as const, title: '二 <三>', path: 'plans/q/c2/' };
    const page = fillFrame(frame, other, { before: MAIN_START, after: MAIN_END }, '<p>new</p>', paths, undefined);
    expect(page).toContain('<title>二 &lt;三&gt;</title>');
    expect(page).toContain('href="/sub%20plans/zh-hant/plans/q/c2/"');
    expect(page).toContain(`<main>${MAIN_START}<p>new</p>${MAIN_END}</main>`);
    expect(page).not.toContain('old');
  });

  it('names the file when a marker is missing', () => {
    expect(() => frameOf(shell('no markers'), 'dist/x/index.html')).toThrow(/dist\/x\/index\.html: no <!--section-main-->/);
    expect(() => frameOf(`<head>${HEAD_START}</head>`, 'y.html')).toThrow(/y\.html: no <!--page-head-->…<!--\/page-head-->/);
    expect(HEAD_END).toBe('<!--/page-head-->');
  });

  it('refuses inline scripts and styles in the main region', () => {
    expect(() => fillFrame(frame, head, { before: MAIN_START, after: MAIN_END }, '<script>x</script>', paths, undefined)).toThrow(/<script> or <style>/);
    expect(() => fillFrame(frame, head, { before: MAIN_START, after: MAIN_END }, '<STYLE>x</STYLE>', paths, undefined)).toThrow(/<script> or <style>/);
  });

  it("cuts a plan page's document between its markers", () => {
    expect(planDocument(`<div>${BODY_START}<p id="a1">x</p>${BODY_END}</div>`, 'p.html')).toBe('<p id="a1">x</p>');
    expect(() => planDocument('<div></div>', 'p.html')).toThrow(/p\.html/);
  });
});
