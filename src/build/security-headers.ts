/**
 * The Content Security Policy as HTTP headers, and its <meta> first in <head>.
 *
 * Astro (security.csp in astro.config.mjs) writes the policy, with the hashes of each page's
 * scripts and styles, as a <meta> at the end of <head>: after the redirect script on `/`, so
 * that script ran unguarded. After the build this integration moves the meta to straight after
 * <meta charset> on every page, and writes `_headers` (Netlify, Cloudflare Pages) with one
 * policy for the whole site — every page's hashes joined — plus `frame-ancestors 'none'`,
 * which only a header can carry. docs/DATA.md shows the same for nginx.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pathsFor } from '../lib/paths.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const CHARSET = /<meta charset="[^"]*">/i;

/**
 * Each inline script's and style's hash in the policy's script-src / style-src. Astro leaves
 * out `is:inline` scripts (the redirect on `/`), which only ran because the meta came after them.
 */
export function withInlineHashes(policy: string, html: string): string {
  const hashes = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(
      (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
    );
  const add = (p: string, directive: string, sources: string[]) =>
    p.replace(new RegExp(`(${directive}[^;]*)`), (d) => [d, ...sources.filter((h) => !d.includes(h))].join(' '));
  return add(add(policy, 'script-src', hashes('script')), 'style-src', hashes('style'));
}

/** The page with its CSP meta moved to just after <meta charset> and covering its inline code, and the policy it carries. */
export function hoistCsp(html: string): { html: string; policy?: string } {
  const m = META.exec(html);
  if (!m) return { html };
  const without = html.replace(m[0], '');
  const policy = withInlineHashes(m[1], without);
  const meta = m[0].replace(m[1], () => policy);
  const charset = CHARSET.exec(without);
  const at = charset ? charset.index + charset[0].length : without.indexOf('<head>') + '<head>'.length;
  return { html: without.slice(0, at) + meta + without.slice(at), policy };
}

/** One policy from many pages' policies: each directive's sources, in first-seen order, joined. */
export function mergePolicies(policies: string[]): string {
  const directives = new Map<string, string[]>();
  for (const policy of policies)
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const list = directives.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      directives.set(name, list);
    }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The `_headers` file for a site served under `base` ("/" or "/sub/"). */
export function headersFile(policy: string, base: string): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
    '  X-Frame-Options: DENY',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The path pattern as URLs write it: a base with a space is percent-encoded.
        base = pathsFor(config.base).base;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        // Distinct policies only: pages of one kind share theirs, and holding one per page grew
        // with the corpus (~1 GB at 1,000 plans).
        const policies = new Set<string>();
        for (const file of htmlFiles(out)) {
          const { html, policy } = hoistCsp(readFileSync(file, 'utf8'));
          if (!policy) continue;
          writeFileSync(file, html);
          policies.add(policy);
        }
        if (policies.size === 0) throw new Error('security-headers: no page carries a Content-Security-Policy meta; is security.csp on in astro.config.mjs?');
        writeFileSync(join(out, '_headers'), headersFile(mergePolicies([...policies]), base));
      },
    },
  };
}
