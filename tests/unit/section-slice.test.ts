/** Passages cut from a plan's rendered HTML: every block found in one reading, nested tags matched. */
import { describe, expect, it } from 'vitest';
import { blockIndex, outerHtml, passageHtml } from '../../src/build/section/slice.ts';

const html = [
  '<main><nav class="chapter-nav"><a href="#c1">一</a></nav>',
  '<section aria-labelledby="c1"><h2 id="c1">一、总体</h2>',
  '<div class="article" id="a1"><p id="a1-p1">1. <a href="#a2">见第2条</a></p><div><p>内</p></div></div>',
  '<section aria-labelledby="c1-s1"><h3 id="c1-s1">（一）分节</h3><p id="c1-s1-p1">段</p></section>',
  '<figure id="table1"><table><tr><td>x</td></tr></table></figure>',
  '</section>',
  '<div id="a1">a second element with the same id is not the block</div>',
  '<path d="M0"/><p id="open">never closed',
  '</main>',
].join('');

describe('blockIndex', () => {
  const index = blockIndex(html);

  it('finds each block to its own end tag, past nested tags of the same name', () => {
    expect(outerHtml(html, 'a1', index)).toBe('<div class="article" id="a1"><p id="a1-p1">1. <a href="#a2">见第2条</a></p><div><p>内</p></div></div>');
    expect(outerHtml(html, 'c1-s1', index)).toBe('<section aria-labelledby="c1-s1"><h3 id="c1-s1">（一）分节</h3><p id="c1-s1-p1">段</p></section>');
    expect(outerHtml(html, 'c1', index)?.endsWith('</figure></section>')).toBe(true);
    expect(outerHtml(html, 'table1', index)).toBe('<figure id="table1"><table><tr><td>x</td></tr></table></figure>');
  });

  it('has no block for an id on a heading only, an unclosed element or an unknown id', () => {
    expect(outerHtml(html, 'open', index)).toBeUndefined();
    expect(outerHtml(html, 'nowhere', index)).toBeUndefined();
    expect([...index.keys()].sort()).toEqual(['a1', 'a1-p1', 'c1', 'c1-s1', 'c1-s1-p1', 'table1']);
  });

  it('cuts a passage with its heading promoted, links sent to the plan and the chapter navigation left out', () => {
    const passage = passageHtml(html, 'c1', '/zh-hans/plans/x/', true, index) ?? '';
    expect(passage).toMatch(/^<section aria-labelledby="c1"><h1 id="c1">一、总体<\/h1>/);
    expect(passage).toContain('href="/zh-hans/plans/x/#a2"');
    expect(passage).not.toContain('chapter-nav');
  });
});
