/**
 * Every URL of the site, built under Astro's base (SITE_BASE): the one place that reads the
 * base, so every href, action and index request honours it (docs/CONTRACT.md, "Build").
 * Each path segment is percent-encoded, the base's too: SITE_BASE="/my plans/" gives
 * "/my%20plans/zh-hans/".
 */
import type { Script } from './plan-types.ts';
import { PREFIX } from './script.ts';

/** A path segment, encoded once (a base given already encoded is not encoded twice). */
const segment = (s: string): string => encodeURIComponent(safeDecode(s));
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export interface Paths {
  /** The base, encoded, with a trailing slash: "/", "/sub/". */
  readonly base: string;
  /** `url('hans', 'plans', slug)` → `/base/zh-hans/plans/<slug>/`; `url(null)` → `/base/`. */
  url(script: Script | null, ...parts: string[]): string;
  /** A page path after the script prefix, as Base.astro receives it ("plans/x/", ""). */
  page(script: Script, path: string): string;
  /** A file under the base: `asset('favicon.svg')` → `/base/favicon.svg`. */
  asset(path: string): string;
  /**
   * An absolute URL on `site` (SITE_URL) for canonical links, sitemaps and citations; undefined
   * without SITE_URL, which is the only source of an origin (none is ever invented).
   */
  absolute(href: string, site: URL | undefined): string | undefined;
}

/** The URL helpers for one base; pure, so tests can try any SITE_BASE. */
export function pathsFor(rawBase: string): Paths {
  const base = `/${rawBase.split('/').filter(Boolean).map(segment).join('/')}/`.replace(/^\/\/$/, '/');
  const url = (script: Script | null, ...parts: string[]) => {
    const segs = [...(script ? [PREFIX[script]] : []), ...parts.filter(Boolean)];
    return `${base}${segs.map(segment).join('/')}${segs.length ? '/' : ''}`;
  };
  return {
    base,
    url,
    page: (script, path) => url(script, ...path.split('/')),
    asset: (path) => `${base}${path.replace(/^\//, '').split('/').map(segment).join('/')}`,
    absolute: (href, site) => (site ? new URL(href, site).href : undefined),
  };
}

// Vite gives pages their base; plain Node (the build's worker threads writing section pages) has
// no import.meta.env, and passes its base to pathsFor itself.
export const sitePaths: Paths = pathsFor(import.meta.env?.BASE_URL ?? '/');
export const { url, asset, absolute } = sitePaths;
export const pageUrl = sitePaths.page;
