/**
 * A page's own part of <head>: title, description, canonical and alternate links, Open Graph
 * and Twitter tags. Base.astro writes it for every page, and the section-page writer
 * (./section/write.ts) writes it into each section page it makes from Astro's shell — one
 * function, so the two cannot drift. Between HEAD_START and HEAD_END so the writer finds it.
 */
import { t } from '../lib/i18n/index.ts';
import { attrs, escapeHtml } from '../lib/html.ts';
import type { Paths } from '../lib/paths.ts';
import type { Script } from '../lib/plan-types.ts';
import { LANG, OG_LOCALE, other as otherScript } from '../lib/script.ts';

export const HEAD_START = '<!--page-head-->';
export const HEAD_END = '<!--/page-head-->';

export interface PageHead {
  script: Script;
  title: string;
  description?: string;
  /** The path after /zh-hans/ (e.g. "plans/x/"), so the switch lands on the same page. */
  path: string;
  /** Where this page's content lives canonically (a passage page: its plan's #id), under SITE_BASE. */
  canonical?: string;
  /** A link-preview image under SITE_BASE (absolute with SITE_URL, else root-relative). */
  image?: { path: string; alt: string };
}

/** Where the page's script switch leads: the same page in the other script. */
export const switchHref = (head: Pick<PageHead, 'script' | 'path'>, paths: Paths): string => paths.page(otherScript(head.script), head.path);

/**
 * SITE_URL gives the origin for canonical and share URLs; without it links stay root-relative
 * and og:url is left out. The preview image is still named, root-relative: Open Graph asks for
 * an absolute URL, but no origin is ever invented, and a page's image must stay findable
 * (docs/DATA.md, "SITE_URL").
 */
export function pageHeadHtml(head: PageHead, paths: Paths, site: URL | undefined): string {
  const { script, title, image } = head;
  const other = otherScript(script);
  const otherHref = switchHref(head, paths);
  const here = paths.page(script, head.path);
  const canonicalPath = head.canonical ?? here;
  const orRelative = (href: string) => paths.absolute(href, site) ?? href;
  const shareUrl = paths.absolute(here, site);
  const imageUrl = image && orRelative(image.path);
  const summary = head.description ?? t(script, 'site.intro');
  const meta = (values: Record<string, string | undefined>) => `<meta${attrs(values)}>`;
  const link = (values: Record<string, string | undefined>) => `<link${attrs(values)}>`;
  return [
    HEAD_START,
    `<title>${escapeHtml(title)}</title>`,
    link({ rel: 'icon', href: paths.asset('favicon.svg'), type: 'image/svg+xml' }),
    meta({ name: 'description', content: summary }),
    link({ rel: 'canonical', href: orRelative(canonicalPath) }),
    link({ rel: 'alternate', hreflang: LANG[script], href: orRelative(here) }),
    link({ rel: 'alternate', hreflang: LANG[other], href: orRelative(otherHref) }),
    meta({ property: 'og:type', content: 'article' }),
    meta({ property: 'og:site_name', content: t(script, 'site.name') }),
    meta({ property: 'og:title', content: title }),
    meta({ property: 'og:description', content: summary }),
    shareUrl && meta({ property: 'og:url', content: shareUrl }),
    meta({ property: 'og:locale', content: OG_LOCALE[script] }),
    meta({ property: 'og:locale:alternate', content: OG_LOCALE[other] }),
    ...(imageUrl
      ? [
          meta({ property: 'og:image', content: imageUrl }),
          meta({ property: 'og:image:width', content: '1200' }),
          meta({ property: 'og:image:height', content: '630' }),
          meta({ property: 'og:image:alt', content: image.alt }),
        ]
      : []),
    meta({ name: 'twitter:card', content: imageUrl ? 'summary_large_image' : 'summary' }),
    imageUrl && meta({ name: 'twitter:image', content: imageUrl }),
    meta({ name: 'twitter:title', content: title }),
    meta({ name: 'twitter:description', content: summary }),
    HEAD_END,
  ]
    .filter(Boolean)
    .join('');
}
