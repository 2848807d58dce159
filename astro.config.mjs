// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { securityHeaders } from './src/build/security-headers.ts';
import { openDataCorpus } from './src/build/open-data/integration.ts';
import { searchFiles } from './src/build/search-output.ts';

/**
 * SITE_URL, checked: an origin that does not parse stops the build with a clear message.
 * @param {string | undefined} value
 */
function siteUrl(value) {
  if (!value) return undefined;
  try {
    return new URL(value).href;
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, not "${value}"`);
  }
}

/**
 * SITE_BASE serves the site under a sub-path (/plans/); SITE_URL sets the origin for canonical URLs.
 * Astro writes its own asset URLs with the base as given; assetsPrefix gives them the base
 * percent-encoded ("/my plans/" → "/my%20plans"), like every URL of src/lib/paths.ts.
 */
const base = process.env.SITE_BASE || '/';
const assetsPrefix = encodeURI(decodeURI(base)).replace(/\/$/, '') || undefined;
/**
 * SITE_URL is the origin for canonical, og:url, og:image and the sitemap. Without it the build
 * writes no absolute URL at all rather than inventing one such as http://localhost:4321.
 */
const site = siteUrl(process.env.SITE_URL);
/** SITE_OUT_DIR lets the tests build a sub-path variant beside dist/. */
const outDir = process.env.SITE_OUT_DIR || './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', assetsPrefix },
  // The project's stack is the unified/remark ecosystem (remark-gfm), so Markdown and MDX run
  // on the unified processor rather than Astro 7's default Sätteri. Pages show exactly the
  // source characters: no smartypants ("x" → “x”, -- → —, ... → …) anywhere, and the plans'
  // MDX (ingest/emit-mdx.ts) runs without GFM, whose autolink literals rewrite text after
  // parsing (a URL or e-mail address would become a link swallowing the Chinese after it)
  // and which no escape can stop; the plans hold no Markdown tables or strikethrough anyway.
  markdown: { processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }) },
  integrations: [mdx({ processor: unified({ gfm: false, smartypants: false }) }), securityHeaders(), openDataCorpus(), searchFiles()],
  // A strict Content Security Policy as a <meta> tag on every page: Astro hashes the scripts
  // and styles it emits; nothing may be loaded from anywhere but the site itself.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
