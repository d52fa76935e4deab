/**
 * The search page's Pagefind loader (src/scripts/load-pagefind.ts): Pagefind's files come
 * inflated by the browser's DecompressionStream and each is fetched once, Pagefind's
 * WebAssembly is seen being instantiated (so a search starts as soon as the index is set up),
 * and search still works in a browser without DecompressionStream.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflated } from '../../src/scripts/load-pagefind.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';

const site = useSiteInBrowser();

declare global {
  interface Window { inflations?: number }
}

/** Opens a search, recording every /pagefind/ request, and waits for its results. */
async function search(options: { withoutDecompressionStream?: boolean } = {}) {
  const page = await site.browser().newPage();
  await page.addInitScript((remove) => {
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
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pagefind/')) requested.push(path);
  });
  await page.goto(`${site.url()}/search/?q=life+story`);
  await page.waitForFunction(() => /\d+ results? for/.test(document.getElementById('search-status')?.textContent ?? ''));
  // The facets' counts come last, once every filter file has been fetched and read.
  await page.waitForFunction(() => [...document.querySelectorAll('[data-count]')].some((count) => /\(\d+\)/.test(count.textContent ?? '')));
  const results = await page.locator('#search-results li').count();
  const inflations = await page.evaluate(() => window.inflations ?? 0);
  const instantiateIsNative = await page.evaluate(() => /\[native code\]/.test(String(WebAssembly.instantiate)));
  await page.close();
  return { requested, results, inflations, instantiateIsNative };
}

describe('loading Pagefind on the search page', () => {
  it('fetches each of Pagefind’s files once, has the browser inflate every gzip one, and hands Pagefind’s WebAssembly back', async () => {
    const { requested, results, inflations, instantiateIsNative } = await search();
    expect(results).toBeGreaterThan(0);
    expect(requested.filter((path, i) => requested.indexOf(path) !== i)).toEqual([]);
    expect(requested).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind']));
    const gzipFiles = requested.filter((path) => /\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/.test(path));
    expect(gzipFiles.length).toBeGreaterThanOrEqual(4);
    expect(inflations).toBe(gzipFiles.length);
    // The loader's watch on WebAssembly.instantiate is removed when Pagefind calls it.
    expect(instantiateIsNative).toBe(true);
  });

  it('still finds results in a browser without DecompressionStream (Pagefind inflates the files itself)', async () => {
    const { results, inflations } = await search({ withoutDecompressionStream: true });
    expect(results).toBeGreaterThan(0);
    expect(inflations).toBe(0);
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
