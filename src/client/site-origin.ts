/**
 * The site's origin where the build had SITE_URL (the canonical link is then absolute), for
 * links in exported files; undefined otherwise, and exports keep links site-relative.
 */
export function siteOrigin(): string | undefined {
  const href = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return /^https?:\/\//.test(href) ? new URL(href).origin : undefined;
}
