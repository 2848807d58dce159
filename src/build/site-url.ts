/**
 * Absolute URLs need an origin, and only SITE_URL gives one: a build without it writes
 * relative links and leaves canonical, og:url and the sitemap's absolute URLs out rather than
 * inventing an origin such as http://localhost:4321 (docs/DATA.md, CONTRACT.md "Build").
 */

/** `path` (already under SITE_BASE) on the configured origin, or undefined without SITE_URL. */
export function absoluteUrl(path: string, site: URL | undefined): string | undefined {
  return site ? new URL(path, site).href : undefined;
}
