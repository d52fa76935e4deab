/**
 * An address typed without its trailing slash (`/reviews`) reaches the page: the library's
 * own server (`npm start`, `npm run preview`) redirects it, and on a static host that only
 * serves the "not found" page, that page sends the reader on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/pipeline/static-server.ts';
import { dist } from '../support/site.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();

describe('the library’s server', () => {
  it('redirects a page’s address without the slash to the page, keeping the query', async () => {
    const answer = (address: string) => fetch(site.url() + address, { redirect: 'manual' });
    const reviews = await answer('/reviews');
    expect(reviews.status).toBe(301);
    expect(reviews.headers.get('location')).toBe('/reviews/');
    expect((await answer('/search?q=life+story')).headers.get('location')).toBe('/search/?q=life+story');
    expect((await answer('/themes/life-story-work')).headers.get('location')).toBe('/themes/life-story-work/');
    // Files and unknown addresses are left alone.
    expect((await answer('/data/findings.json')).status).toBe(200);
    expect((await answer('/index.html')).status).toBe(200);
    expect((await answer('/no-such-page')).status).toBe(404);
  });

  it('a browser that follows the redirect lands on the page', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/authorities/bromley`);
    expect(new URL(page.url()).pathname).toBe('/authorities/bromley/');
    expect(await page.textContent('h1')).toContain('Bromley');
    await page.close();
  });

  it('under a base path, redirects within it and finds nothing outside it', async () => {
    const server = await serveStatic(dist(), { basePath: '/library/' });
    try {
      const answer = (address: string) => fetch(server.origin + address, { redirect: 'manual' });
      expect((await answer('/library/reviews')).headers.get('location')).toBe('/library/reviews/');
      expect((await answer('/library')).headers.get('location')).toBe('/library/');
      expect((await answer('/library/reviews/')).status).toBe(200);
      expect((await answer('/reviews/')).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('a static host that does not redirect', () => {
  it('serves its "not found" page, which sends the reader on to the page', async () => {
    const page = await site.browser().newPage();
    const notFound = readFileSync(path.join(dist(), '404.html'), 'utf8');
    // As such a host answers: the "not found" page, for an address without its slash.
    await page.route(/\/plans$/, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: notFound }));
    await page.goto(`${site.url()}/plans`);
    await page.waitForURL(/\/plans\/$/);
    expect(await page.textContent('h1')).toBe('Improvement plans');
    await page.close();
  });

  it('an address that is not a page stays on "Page not found"', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.url()}/no-such-page`);
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).toBe('/no-such-page');
    expect(await page.textContent('h1')).toBe('Page not found');
    await page.close();
  });
});
