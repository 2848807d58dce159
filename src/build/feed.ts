/**
 * The Atom feed of plans added (RFC 4287): /zh-hans/feed.xml and /zh-hant/feed.xml, and
 * /feed.xml, the simplified one (the site's first script). One entry per plan, newest first,
 * dated by the catalog's `added` (the day the plan entered the corpus), else the latest date the
 * document itself states; a plan with neither is left out (no date is invented).
 *
 * Ids are stable: with SITE_URL the plan page's absolute URL; without it a tag: URI (RFC 4151)
 * of the project's name and the plan's path, which no origin can change. Links are absolute
 * with SITE_URL, else root-relative (Atom resolves them against the feed's own URL).
 */
import { escapeHtml as esc } from '../lib/html.ts';
import { t } from '../lib/i18n/index.ts';
import { formatPeriod } from '../lib/numerals.ts';
import type { Paths } from '../lib/paths.ts';
import type { PlanSummary } from '../lib/plan-data.ts';
import type { Script } from '../lib/plan-types.ts';
import { LANG, PREFIX } from '../lib/script.ts';
import { convertText } from './convert.ts';

/** The tagging entity of ids without SITE_URL: the project's name and the year the corpus began. */
const TAG = 'tag:zhejiang-plans,2026:';

/** The date a plan is listed under: `added`, else the document's latest stated date. */
export function feedDate(entry: PlanSummary['entry']): string | undefined {
  if (entry.added) return entry.added;
  return Object.values(entry.dates ?? {})
    .filter((d): d is string => typeof d === 'string')
    .sort()
    .at(-1);
}

const stamp = (day: string) => `${day}T00:00:00Z`;

/** Where a script's feed is: /zh-hans/feed.xml under the base. */
export const feedPath = (paths: Paths, script: Script): string => paths.asset(`${PREFIX[script]}/feed.xml`);

export interface FeedInput {
  script: Script;
  plans: readonly PlanSummary[];
  paths: Paths;
  site: URL | undefined;
}

export function atomFeed({ script, plans, paths, site }: FeedInput): string {
  const zh = (s: string) => convertText(s, 'hans', script);
  const href = (path: string) => paths.absolute(path, site) ?? path;
  const idOf = (path: string) => paths.absolute(path, site) ?? `${TAG}${path.replace(/^\//, '')}`;
  const dated = plans
    .map((p) => ({ p, day: feedDate(p.entry) }))
    .filter((x): x is { p: PlanSummary; day: string } => x.day !== undefined)
    .sort((a, b) => b.day.localeCompare(a.day) || a.p.catalogIndex - b.p.catalogIndex);
  const self = feedPath(paths, script);
  const home = paths.url(script);
  const siteName = t(script, 'site.name');
  const updated = dated[0]?.day ?? '1970-01-01';
  const entries = dated.map(({ p, day }) => {
    const e = p.entry;
    const page = paths.url(script, 'plans', e.slug);
    const summary = [zh(e.city.zh), zh(e.kind), t(script, 'plan.periodLabel', formatPeriod(e.period), ...e.years)].join(' · ');
    const authors = (e.issuers ?? [e.publisher.name]).map((name) => `<author><name>${esc(zh(name))}</name></author>`).join('');
    return [
      '  <entry>',
      `    <id>${esc(idOf(page))}</id>`,
      `    <title>${esc(zh(e.title))}</title>`,
      `    <link rel="alternate" type="text/html" hreflang="${LANG[script]}" href="${esc(href(page))}"/>`,
      `    <published>${stamp(day)}</published>`,
      `    <updated>${stamp(day)}</updated>`,
      `    ${authors}`,
      `    <category term="${esc(e.kind)}" label="${esc(zh(e.kind))}"/>`,
      `    <summary>${esc(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LANG[script]}">`,
    `  <id>${esc(idOf(self))}</id>`,
    `  <title>${esc(`${siteName} · ${t(script, 'share.feedTitle')}`)}</title>`,
    `  <subtitle>${esc(t(script, 'share.feedSubtitle'))}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${esc(href(self))}"/>`,
    `  <link rel="alternate" type="text/html" href="${esc(href(home))}"/>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${esc(siteName)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
