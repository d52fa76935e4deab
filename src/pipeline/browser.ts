/**
 * Debian's Chromium driven by playwright-core (`npx playwright install` cannot work
 * here). CHROME_PATH overrides the binary. Used by the browser tests and the benchmark.
 */
import { chromium, type Browser } from 'playwright-core';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
