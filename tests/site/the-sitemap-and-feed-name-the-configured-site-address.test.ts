/**
 * The sitemap and the feed name the site's configured address (src/site.config.ts), never
 * the port a local server happens to use: serving is not publishing.
 */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { readPage } from '../support/site.ts';

const origin = new URL(site.url).origin;
const addresses = (xml: string, pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => m[1]!);

describe('published addresses', () => {
  it('the default site address names no local port', () => {
    if (!process.env.LIBRARY_SITE_URL) expect(new URL(site.url).port).toBe('');
  });

  it('every address in the sitemap starts with the configured site address', () => {
    const locations = [...addresses(readPage('/sitemap-index.xml'), /<loc>([^<]+)<\/loc>/g), ...addresses(readPage('/sitemap-0.xml'), /<loc>([^<]+)<\/loc>/g)];
    expect(locations.length).toBeGreaterThan(50);
    for (const location of locations) expect(location.startsWith(`${origin}/`), location).toBe(true);
  });

  it('every link and id in the feed starts with the configured site address', () => {
    const feed = readPage('/feed.xml');
    const links = [...addresses(feed, /<link[^>]*href="([^"]+)"/g), ...addresses(feed, /<id>([^<]+)<\/id>/g)];
    expect(links.length).toBeGreaterThan(30);
    for (const link of links) expect(link.startsWith(`${origin}/`), link).toBe(true);
  });
});
