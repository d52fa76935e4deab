/** One Chromium and one static server over the test build, shared by a test file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../../src/pipeline/browser.ts';
import { serveStatic, type StaticServer } from '../../src/pipeline/static-server.ts';

export function useSiteInBrowser(): { browser: () => Browser; url: () => string } {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(inject('dist'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser, url: () => server.origin };
}
