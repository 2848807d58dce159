/**
 * A section page (/zh-hans/plans/<slug>/<id>/, CONTRACT.md) as strings: its head (title,
 * description, canonical, preview image) and its main region — where, the passage itself, a link
 * into the whole plan, how to cite it, the passages related to it and the wording it shares.
 *
 * One function for both ways a section page is made: the Astro route renders one page per script
 * with it (the shell, and every page under `astro dev`), and ./write.ts writes every other page
 * from that shell with the same functions, in worker threads, at ~1 ms a page instead of Astro's
 * ~4 ms (docs/SCALE.md). Nothing here reads import.meta.env: the site's base and origin come in.
 */
import { bibtex, citeSource, cslJson, gbt7714, type PlaceLabels, placeLabel, ris } from '../../lib/citation/index.ts';
import { attrs, escapeHtml as esc } from '../../lib/html.ts';
import { t } from '../../lib/i18n/index.ts';
import { formatPeriod } from '../../lib/numerals.ts';
import type { Paths } from '../../lib/paths.ts';
import type { PlanData } from '../../lib/plan-data.ts';
import type { Script } from '../../lib/plan-types.ts';
import { LANG } from '../../lib/script.ts';
import type { PageHead } from '../page-head.ts';
import { convertText } from '../convert.ts';
import { type PreviewScope, previewImagePath } from '../preview-image/site.ts';
import { relatedListHtml, sharedWordingHtml } from '../related/html.ts';
import type { PlanRelations } from '../related/stored.ts';
import { opening, type PagePassage } from './passage.ts';
import { MAIN_END, MAIN_START } from './shell.ts';

/** What every section page of a build shares: where the site lives and which preview images it has. */
export interface SectionSite {
  paths: Paths;
  /** SITE_URL, when set: the only source of absolute URLs. */
  site: URL | undefined;
  previewScope: PreviewScope;
}

/** One section page's data: its plan, the plan's place labels in the page's script, its relations. */
export interface SectionInput {
  script: Script;
  plan: PlanData;
  labels: PlaceLabels;
  passage: PagePassage;
  relations: PlanRelations;
}

/** Chapters, sections and boxes: their own heading becomes the page's <h1>. */
export const promotesHeading = (passage: PagePassage): boolean => passage.kind === 'chapter' || passage.kind === 'section' || passage.kind === 'box';

const zhIn = (script: Script) => (s: string) => convertText(s, 'hans', script);

/** The page's head: the place says where (二、（一）), the title what, then whose, within 70 characters. */
export function sectionHead({ script, plan, labels, passage }: SectionInput, { paths, previewScope }: SectionSite): PageHead {
  const zh = zhIn(script);
  const meta = plan.entry;
  const place = placeLabel(passage.id, labels, script);
  const whose = ` · ${zh(meta.city.zh + meta.kind)} · ${t(script, 'site.name')}`;
  // A space after a place that ends in a word (第7条, 表二), none after 、 or a bracket (二、（一）).
  const what = `${place}${/[、）)．.]$/.test(place) ? '' : ' '}${passage.title[script]}`.replace(/[。；，、：\s]+$/, '');
  const own = previewScope === 'passage';
  return {
    script,
    title: `${opening(what, 70 - [...whose].length - 1)}${whose}`,
    description: opening((passage.kind === 'table' && tableSummary(plan, passage.id, script)) || passage.opening[script] || passage.heading[script], 110),
    path: `plans/${meta.slug}/${passage.id}/`,
    canonical: `${paths.url(script, 'plans', meta.slug)}#${passage.id}`,
    image: {
      path: previewImagePath(paths, previewScope, script, meta.slug, passage.id),
      alt: own ? `${passage.heading[script]}（${zh(meta.title)}）` : zh(meta.title),
    },
  };
}

/** An indicator table in a few words: "25 项指标：地区生产总值增长、……" (its rows' names, as printed). */
function tableSummary(plan: PlanData, id: string, script: Script): string | undefined {
  const table = plan.tables.find((x) => x.id === id)?.table;
  const names = table?.groups.flatMap((g) => g.rows.map((r) => r.name)) ?? [];
  return names.length ? t(script, 'share.tableSummary', names.length, convertText(names.join('、'), 'hans', script)) : undefined;
}

/** The main region around the passage's HTML (cut from its plan's page: ./slice.ts). */
export interface SectionMain {
  before: string;
  after: string;
}

export function sectionMain(input: SectionInput, site: SectionSite): SectionMain {
  const { script, plan, labels, passage } = input;
  const { paths } = site;
  const zh = zhIn(script);
  const meta = plan.entry;
  const planPath = paths.url(script, 'plans', meta.slug);
  const here = `${planPath}#${passage.id}`;
  const place = placeLabel(passage.id, labels, script);
  const dot = '<span aria-hidden="true"> · </span>';
  const chevron = '<span aria-hidden="true"> › </span>';
  const before = [
    MAIN_START,
    `<nav class="crumbs"${attrs({ 'aria-label': t(script, 'citing.where') })}>`,
    `<a${attrs({ href: paths.url(script) })}>${esc(t(script, 'site.home'))}</a>${chevron}`,
    `<a${attrs({ href: planPath })}>${esc(zh(meta.title))}</a>${chevron}`,
    `<span aria-current="page">${esc(place)}</span></nav>`,
    `<p class="plan-kicker">${esc(zh(meta.city.zh))}${dot}${esc(zh(meta.kind))}${dot}${esc(t(script, 'plan.periodLabel', formatPeriod(meta.period), ...meta.years))}</p>`,
    `<article class="passage plan-body"${attrs({ lang: LANG[script] })}>`,
    promotesHeading(passage) ? '' : `<h1 class="visually-hidden">${esc(passage.heading[script])}</h1>`,
  ].join('');
  const after = [
    '</article>',
    `<p class="passage-more"><a class="button"${attrs({ href: here })}>${esc(t(script, 'citing.readInFull'))}</a></p>`,
    citeHtml(input, site, place),
    relatedListHtml(input.relations.file, passage.id, script, paths, input.relations.counterparts?.[passage.id]),
    sharedWordingHtml(input.relations, passage.id, script, paths),
    MAIN_END,
  ].join('');
  return { before, after };
}

/**
 * How to cite the passage, without JavaScript: GB/T 7714-2015, and BibTeX, RIS and CSL-JSON to
 * copy into a reference manager. The day of citing is left for the reader (`[引用日期]`); the
 * plan page's cite popover fills it in.
 */
function citeHtml({ script, plan, passage }: SectionInput, { paths, site }: SectionSite, place: string): string {
  const zh = zhIn(script);
  const { id } = passage;
  const path = `${paths.url(script, 'plans', plan.entry.slug)}#${id}`;
  const source = citeSource(plan.entry, zh);
  const target = { url: paths.absolute(path, site) ?? path, place, accessed: t(script, 'citing.accessedBlank') };
  const formats: [string, string][] = [
    ['BibTeX', bibtex(source, target, id, script)],
    // RIS ends each record with "ER  - "; readers accept it without the trailing space, which HTML validators flag.
    ['RIS', ris(source, target, script).replace(/ +$/gm, '')],
    ['CSL-JSON', JSON.stringify(cslJson(source, target, id, script), null, 2)],
  ];
  const headingId = `cite-${id}`;
  return [
    `<section class="passage-cite"${attrs({ 'aria-labelledby': headingId })}>`,
    `<h2${attrs({ id: headingId })}>${esc(t(script, 'citing.heading'))}</h2>`,
    `<p class="cite-text">${esc(gbt7714(source, target, script))}</p>`,
    ...formats.map(([name, text]) => `<details><summary>${name}</summary><pre tabindex="0"><code>${esc(text)}</code></pre></details>`),
    `<p class="cite-hint">${esc(t(script, 'citing.rulesAt'))}<a${attrs({ href: `${paths.url(script, 'data')}#cite` })}>${esc(t(script, 'citing.rulesLink'))}</a>${esc(t(script, 'citing.rulesEnd'))}</p>`,
    '</section>',
  ].join('');
}
