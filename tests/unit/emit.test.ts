/** MDX emission: ids on every block, and text that MDX would read as code stays text. */
import { readFileSync } from 'node:fs';
import { compile, run } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { emitMdx, escapeMdx } from '../../ingest/emit-mdx.ts';
import { ingestPlan } from '../../ingest/pipeline.ts';
import { ingestAll } from '../../ingest/run.ts';
import { fixtureEntry } from '../helpers/entry.ts';

/** A tiny JSX runtime that renders to an HTML string, enough to read what MDX produced. */
interface Html {
  html: string;
}
const Fragment = Symbol('Fragment');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function jsx(type: unknown, props: Record<string, unknown>): Html {
  const { children, ...attrs } = props;
  const kids = ([] as unknown[])
    .concat(children ?? [])
    .map((c) => (typeof c === 'string' ? esc(c) : (c as Html).html))
    .join('');
  if (type === Fragment) return { html: kids };
  if (typeof type === 'function') return type(props) as Html;
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${esc(String(v)).replace(/"/g, '&quot;')}"`)
    .join('');
  return { html: `<${String(type)}${a}>${kids}</${String(type)}>` };
}
const htmlRuntime = { Fragment, jsx, jsxs: jsx };

/** Compile MDX the way @astrojs/mdx does (MDX 3) and return the text content it renders. */
async function mdxText(source: string): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    await compile(source.replace(/^---[\s\S]*?---\n/, ''), { development: false });
    return { ok: true };
  } catch (e) {
    return { ok: false, error: String(e) };
  }
}

describe('escapeMdx', () => {
  it('turns every MDX and Markdown special into a character reference', () => {
    const escaped = escapeMdx('{a}<b>`c`*d*_e_[f](g)\\~|@:#!&"');
    expect(escaped.replace(/&#\d+;|&[a-z]+;/g, '')).toBe('abcdef(g)');
  });
});

describe('emitMdx', () => {
  it('keeps {} <> and backticks as text: the fixture compiles and round-trips', async () => {
    const plan = ingestPlan(fixtureEntry(), readFileSync('tests/fixtures/special-chars.txt'), 'special.txt');
    const mdx = emitMdx(plan.doc);
    expect(await mdxText(mdx)).toEqual({ ok: true });
    const { default: Content } = await run(await compile(mdx.replace(/^---[\s\S]*?---\n/, ''), { outputFormat: 'function-body' }), {
      ...htmlRuntime,
      baseUrl: import.meta.url,
    });
    const html = (Content({}) as unknown as Html).html;
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"');
    expect(text).toContain('代码`x`与{变量}及<标签>和*星号*_下划线_[链接]（http://example.com）、#号|竖线~波浪~\\反斜杠 @某人 a&b。');
    expect(html).not.toContain('<em>');
    expect(html).not.toContain('<a href="http');
  });

  it.each(ingestAll('seeds').map((p) => [p.entry.slug, p] as const))('%s compiles as MDX', async (_slug, plan) => {
    expect(await mdxText(emitMdx(plan.doc))).toEqual({ ok: true });
  });
});
