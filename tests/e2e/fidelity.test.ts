/**
 * The page shows exactly the plan's characters: a site is built from an adversarial fixture
 * plan (tests/fixtures/adversarial/: straight quotes, --, ..., <!--, URLs, e-mail addresses,
 * {}<>, backticks, *_~|#, &amp;, astral characters and emoji) and every block of the built
 * page, read by Chromium, must equal the ingested text — no typographic substitution, no
 * autolink, no Markdown, no entity decoded — in the original script and, converted, in the other.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { PlanData } from '../../src/lib/plan-data.ts';
import type { Script } from '../../src/lib/plan-types.ts';
import { page as builtPage } from '../helpers/dist.ts';
import { useSite } from '../helpers/site.ts';

const FIXTURE = 'tests/fixtures/adversarial';
const SLUG = 'testcity-14-outline';
const OUT = 'build/dist-adversarial';
const expected = parseYaml(readFileSync(`${FIXTURE}/expected.yaml`, 'utf8')) as { verbatim: string[] };
const source = readFileSync(`${FIXTURE}/${SLUG}.txt`, 'utf8');

let data: PlanData | undefined;
const env = useSite(OUT, '/', () => {
  rmSync(OUT, { recursive: true, force: true });
  // Vitest exports BASE_URL=/ into the environment, and Vite would take it over SITE_BASE.
  const { BASE_URL: _ignored, ...vars } = process.env;
  const run = (cmd: string, args: string[], extra: Record<string, string>) => execFileSync(cmd, args, { env: { ...vars, ...extra }, stdio: 'pipe' });
  // npm run ingest: the ingestion, then the corpus-wide steps (related passages, search files).
  const ingest = (extra: Record<string, string>) => run('node', ['ingest/cli.ts'], extra);
  try {
    ingest({ SEEDS_DIR: FIXTURE });
    data = JSON.parse(readFileSync(`src/generated/data/${SLUG}.json`, 'utf8'));
    run('node', ['tools/build.ts'], { SITE_OUT_DIR: OUT });
  } finally {
    // Put the real plans back for the other tests.
    ingest({});
  }
});
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** Each block's text as the browser shows it: the element's text without the marks the page adds. */
async function blockTexts(script: Script): Promise<Record<string, string>> {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.site.origin}/zh-${script}/plans/${SLUG}/`);
  const texts = await page.$$eval('.plan-body [id]', (els) =>
    Object.fromEntries(
      els.map((el) => {
        const copy = el.cloneNode(true) as Element;
        // An article's number is a link beside its text; a box's heading holds the box's name.
        for (const mark of copy.querySelectorAll('.num-link, .fnref')) mark.remove();
        const own = copy.matches('.box') ? copy.querySelector('.box-title') : copy;
        return [el.id, own?.textContent ?? ''];
      }),
    ),
  );
  await context.close();
  return texts;
}

describe('a plan of adversarial text, built', () => {
  it('keeps the expectations honest: every piece is in the source file', () => {
    for (const piece of expected.verbatim) expect(source, piece).toContain(piece);
  });

  it.each(['hans', 'hant'] as const)('shows every block with exactly its text (%s)', async (script) => {
    const records = data?.records ?? [];
    expect(records.length).toBeGreaterThan(12);
    const shown = await blockTexts(script);
    for (const r of records) expect(shown[r.id], r.id).toBe(r.text[script]);
  });

  it('shows every adversarial piece verbatim in the original script', async () => {
    const shown = Object.values(await blockTexts('hans')).join('\n');
    for (const piece of expected.verbatim) expect(shown, piece).toContain(piece);
  });

  it('adds no markup of its own: no autolink, emphasis, code or comment', () => {
    const body = builtPage(`zh-hans/plans/${SLUG}/`, OUT).querySelector('.plan-body');
    const links = body?.querySelectorAll('a') ?? [];
    expect(links.length).toBeGreaterThan(10);
    // The only links are the page's own: permalinks, article numbers, chapter navigation.
    expect(links.filter((a) => !/^(permalink|num num-link|prev|next|top)$/.test(a.getAttribute('class') ?? ''))).toEqual([]);
    const tags = new Set(body?.querySelectorAll('*').map((e) => e.tagName.toLowerCase()));
    for (const tag of ['em', 'code', 'del', 'img', 'hr', 'blockquote', 'ul', 'ol', 'h1']) expect(tags.has(tag), tag).toBe(false);
    expect(body?.querySelectorAll('strong').filter((s) => !s.classList.contains('lead'))).toEqual([]);
    expect(
      parseHtml(readFileSync(`${OUT}/zh-hans/plans/${SLUG}/index.html`, 'utf8'), { comment: true })
        .querySelector('.plan-body')
        ?.toString(),
    ).not.toMatch(/<!--/);
  });
});
