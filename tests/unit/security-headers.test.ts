/** The CSP moved first in <head>, covering the page's inline code, and one header policy for the site. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFile, hoistCsp, mergePolicies } from '../../src/build/security-headers.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = (policy: string) =>
  `<html><head><meta charset="utf-8"><title>x</title><script>location.replace('/zh-hans/')</script><script type="module" src="/a.js"></script><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;

describe('hoistCsp', () => {
  it('moves the meta straight after the charset and adds the inline script’s hash', () => {
    const { html, policy } = hoistCsp(page("default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'"));
    expect(html.startsWith('<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy"')).toBe(true);
    expect(policy).toBe(`default-src 'self'; script-src 'self' 'sha256-abc=' ${sha("location.replace('/zh-hans/')")}; style-src 'self'`);
    expect(html).toContain(policy);
  });

  it('leaves a page without a policy alone', () => {
    expect(hoistCsp('<html><head></head></html>')).toEqual({ html: '<html><head></head></html>' });
  });
});

describe('the header', () => {
  it('joins every page’s sources per directive and forbids framing', () => {
    const policy = mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a='", "default-src 'self'; script-src 'self' 'sha256-b='"]);
    expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='");
    expect(headersFile(policy, '/sub/')).toBe(
      `/sub/*\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n  X-Frame-Options: DENY\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
    );
  });
});
