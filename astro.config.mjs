// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { securityHeaders } from './src/build/security-headers.ts';
import { openDataCorpus } from './src/build/open-data/integration.ts';
import { searchFiles } from './src/build/search-output.ts';
import { siteEnv } from './src/build/site-env.ts';
import { pathsFor } from './src/lib/paths.ts';

/**
 * SITE_BASE serves the site under a sub-path (/plans/); SITE_URL sets the origin for canonical
 * URLs, og:url, og:image and the sitemap. Both are checked first (src/build/site-env.ts): a
 * value outside what each accepts stops the build, naming the variable. Without SITE_URL the
 * build writes no absolute URL at all rather than inventing one such as http://localhost:4321.
 * Astro writes its own asset URLs with the base as given; assetsPrefix gives them the base
 * percent-encoded ("/my plans/" → "/my%20plans"), like every URL of src/lib/paths.ts.
 */
const { base, url: site } = siteEnv();
const assetsPrefix = pathsFor(base).base.replace(/\/$/, '') || undefined;
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
