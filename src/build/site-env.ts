/**
 * The build's variables, checked before anything is built: SITE_BASE (the sub-path the site
 * is served under) and SITE_URL (its origin, for canonical URLs and the sitemap). A value
 * outside what each accepts stops the build with the variable's name and what it takes, never
 * a page loading scripts from `//evil.com/` or an `ftp://` canonical URL. Read by
 * astro.config.mjs, tools/build.ts and the section-page writer; `node src/build/site-env.ts`
 * checks them alone (the first step of `npm run build`).
 */

export class SiteEnvError extends Error {
  constructor(variable: string, value: string, accepts: string) {
    super(`${variable}="${value}" is refused: ${variable} ${accepts}`);
    this.name = 'SiteEnvError';
  }
}

const BASE_ACCEPTS =
  'must be an absolute path on the site: "/" or "/a/b/" (it starts with one "/", its segments are neither empty, "." nor "..", and hold no "\\", "?", "#" or control characters; other characters are percent-encoded on output)';

/** SITE_BASE, checked, as "/" or "/a/b/" (a missing final slash added); unset is "/". */
export function siteBase(value: string | undefined): string {
  if (value === undefined || value === '') return '/';
  if (value === '/') return value;
  const segments = value.replace(/\/$/, '').split('/').slice(1);
  const ok =
    value.startsWith('/') &&
    segments.every((s) => s !== '' && s !== '.' && s !== '..' && !/[\\?#\p{Cc}]/u.test(s) && !/%(?![0-9a-f]{2})/i.test(s)) &&
    // "%2e%2e" or "%2f" would be decoded into a climb or another segment by pathsFor.
    segments.every((s) => !/%2e%2e|^%2e$|%2f|%5c/i.test(s));
  if (!ok) throw new SiteEnvError('SITE_BASE', value, BASE_ACCEPTS);
  return `/${segments.join('/')}/`;
}

const URL_ACCEPTS = 'must be an http(s) origin: http(s)://host[:port] with an optional final "/" (no path, user, query or fragment)';

/** SITE_URL, checked, as "https://host[:port]/"; unset is undefined (no absolute URL is written). */
export function siteUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const shape = /^https?:\/\/[^/?#@\s\\]+\/?$/i.test(value);
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!shape || !url || !['http:', 'https:'].includes(url.protocol) || url.hostname === '' || url.pathname !== '/') {
    throw new SiteEnvError('SITE_URL', value, URL_ACCEPTS);
  }
  return url.href;
}

/** Both variables from the environment, checked. */
export function siteEnv(env: NodeJS.ProcessEnv = process.env): { base: string; url: string | undefined } {
  return { base: siteBase(env.SITE_BASE), url: siteUrl(env.SITE_URL) };
}

/** Checks the environment before a build starts: a bad variable ends the process with its message. */
export function siteEnvOrExit(): void {
  try {
    siteEnv();
  } catch (e) {
    if (!(e instanceof SiteEnvError)) throw e;
    console.error(`build refused before it started: ${e.message}`);
    process.exit(1);
  }
}

if (import.meta.main) siteEnvOrExit();
