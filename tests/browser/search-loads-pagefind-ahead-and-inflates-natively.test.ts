/**
 * The search page's Pagefind loader (src/scripts/load-pagefind.ts): Pagefind's files come
 * inflated by the browser's DecompressionStream and each is fetched once; the entry,
 * metadata and WebAssembly are fetched while pagefind.js is still loading; the first search
 * starts without Pagefind's 50 ms naps; a failure is reported; and search still works in a
 * browser without DecompressionStream.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GZIP_FILE, inflated } from '../../src/scripts/load-pagefind.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();

declare global {
  interface Window { inflations?: number; naps?: number; firstResultNaps?: number }
}

interface Options {
  withoutDecompressionStream?: boolean;
  /** Holds back pagefind.js's response this long. */
  delayScriptMs?: number;
  /** Answers this Pagefind file with a 404. */
  missing?: string;
}

/** Opens a search, recording every /pagefind/ request, and waits until its status says how it went. */
async function search(options: Options = {}) {
  const page = await site.browser().newPage();
  await page.addInitScript((remove) => {
    // Pagefind waits for its index in naps of setTimeout(…, 50): count those before the first result.
    const setTimeoutNative = window.setTimeout;
    window.naps = 0;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      if (delay === 50) window.naps! += 1;
      return setTimeoutNative(handler, delay, ...rest);
    }) as typeof window.setTimeout;
    new MutationObserver(() => {
      if (window.firstResultNaps === undefined && document.querySelector('#search-results li')) window.firstResultNaps = window.naps;
    }).observe(document, { subtree: true, childList: true });
    if (remove) {
      // @ts-expect-error: a browser without it
      delete window.DecompressionStream;
      return;
    }
    const Native = DecompressionStream;
    window.DecompressionStream = class extends Native {
      constructor(format: CompressionFormat) {
        super(format);
        window.inflations = (window.inflations ?? 0) + 1;
      }
    };
  }, options.withoutDecompressionStream ?? false);
  if (options.delayScriptMs) {
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, options.delayScriptMs));
      await route.continue();
    });
  }
  if (options.missing) await page.route(`**/pagefind/${options.missing}`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  const requested: string[] = [];
  let beforeScript: string[] | undefined;
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pagefind/')) requested.push(path);
  });
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/pagefind/pagefind.js') beforeScript ??= [...requested];
  });
  await page.goto(`${site.url()}/search/?q=life+story`);
  await page.waitForFunction(() => /\d+ results? for|Search failed/.test(document.getElementById('search-status')?.textContent ?? ''));
  const status = (await page.textContent('#search-status'))!;
  // The facets' counts come last, once every filter file has been fetched and read.
  if (!status.startsWith('Search failed')) {
    await page.waitForFunction(() => [...document.querySelectorAll('[data-count]')].some((count) => /\(\d+\)/.test(count.textContent ?? '')));
  }
  const found = await facts(page);
  await page.close();
  return { requested, beforeScript: beforeScript ?? [], status, ...found };
}

async function facts(page: Page) {
  return {
    results: await page.locator('#search-results li').count(),
    inflations: await page.evaluate(() => window.inflations ?? 0),
    napsBeforeFirstResult: await page.evaluate(() => window.firstResultNaps),
    fetchIsNative: await page.evaluate(() => /\[native code\]/.test(String(window.fetch))),
    instantiateIsNative: await page.evaluate(() => /\[native code\]/.test(String(WebAssembly.instantiate))),
  };
}

const CORE_FILES = ['/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind'];

describe('loading Pagefind on the search page', () => {
  it('fetches each of Pagefind’s files once and has the browser inflate every gzip one', async () => {
    const { requested, results, inflations, instantiateIsNative } = await search();
    expect(results).toBeGreaterThan(0);
    expect(requested.filter((path, i) => requested.indexOf(path) !== i)).toEqual([]);
    expect(requested).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', ...CORE_FILES]));
    const gzipFiles = requested.filter((path) => GZIP_FILE.test(path));
    expect(gzipFiles.length).toBeGreaterThanOrEqual(4);
    expect(inflations).toBe(gzipFiles.length);
    // The loader's watch on WebAssembly.instantiate is gone once Pagefind has called it.
    expect(instantiateIsNative).toBe(true);
  });

  it('fetches the entry, metadata and WebAssembly while pagefind.js is still on its way', async () => {
    const { beforeScript, results } = await search({ delayScriptMs: 300 });
    expect(results).toBeGreaterThan(0);
    expect(beforeScript).toEqual(expect.arrayContaining(CORE_FILES));
    expect(beforeScript.some((path) => path.endsWith('.pf_meta'))).toBe(true);
  });

  it('starts the first search once the index is set up, without Pagefind’s 50 ms naps', async () => {
    const { napsBeforeFirstResult, results } = await search();
    expect(results).toBeGreaterThan(0);
    expect(napsBeforeFirstResult).toBe(0);
  });

  it('reports a missing WebAssembly file as a failed search', async () => {
    const { status, results, instantiateIsNative } = await search({ missing: 'wasm.en.pagefind' });
    expect(status).toMatch(/^Search failed/);
    expect(results).toBe(0);
    expect(instantiateIsNative).toBe(true);
  });

  it('still finds results in a browser without DecompressionStream, and leaves fetch alone', async () => {
    const { results, fetchIsNative } = await search({ withoutDecompressionStream: true });
    expect(results).toBeGreaterThan(0);
    expect(fetchIsNative).toBe(true);
  });
});

describe('inflated', () => {
  const signed = Buffer.from('pagefind_dcd{"a":1}');

  it('inflates a gzip body', async () => {
    const response = await inflated(new Response(gzipSync(signed)));
    expect(Buffer.from(await response.arrayBuffer()).equals(signed)).toBe(true);
  });

  it('passes on a body a host has already inflated (served with Content-Encoding: gzip)', async () => {
    const response = await inflated(new Response(signed));
    expect(Buffer.from(await response.arrayBuffer()).equals(signed)).toBe(true);
  });

  it('keeps a failed response’s status, so Pagefind reports it', async () => {
    const response = await inflated(new Response('Not found', { status: 404, statusText: 'Not Found' }));
    expect([response.ok, response.status, await response.text()]).toEqual([false, 404, 'Not found']);
  });
});
