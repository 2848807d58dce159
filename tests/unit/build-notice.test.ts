/** A build without SITE_URL says, in one line, what it costs (tools/build.ts prints it after the build). */
import { describe, expect, it } from 'vitest';
import { siteUrlNotice } from '../../tools/build.ts';

describe('the SITE_URL notice', () => {
  it('is one line naming link previews, the sitemap and how to set it, only without SITE_URL', () => {
    const notice = siteUrlNotice({}) ?? '';
    expect(notice.split('\n')).toHaveLength(1);
    expect(notice).toMatch(/link previews/);
    expect(notice).toMatch(/sitemap\.xml/);
    expect(notice).toMatch(/SITE_URL=https:\/\//);
    expect(notice).toMatch(/README, "Deployment"/);
    expect(siteUrlNotice({ SITE_URL: 'https://example.org' })).toBeUndefined();
  });
});
