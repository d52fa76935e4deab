/**
 * What a reader's browser pays: searches with Pagefind in headless Chromium (a fresh,
 * cold-cache context per query) and the weight of a page, measured on a site served by
 * the benchmark's own loopback server. Uses the project's Chromium launch flags.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, Request } from 'playwright-core';
import ts from 'typescript';
import { launchBrowser } from '../../src/pipeline/browser.ts';
import type { StaticServer } from '../../src/pipeline/static-server.ts';

/**
 * The benchmark's own search page, served from memory (never written into the site): it
 * loads Pagefind's JavaScript API with the library's search page's own loader
 * (src/scripts/load-pagefind.ts), which runs it on the main thread, searches, and loads the first result's data,
 * which is what a search page does before it can show the first result.
 */
const SEARCH_PAGE_PATH = '/__bench/search/';
const LOADER_PATH = '/__bench/load-pagefind.js';
const searchPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Search benchmark</title></head>
<body>
<script type="module">
import { loadPagefind } from '${LOADER_PATH}';
window.benchSearch = async (query) => {
  const started = performance.now();
  const pagefind = await loadPagefind('/pagefind/');
  const search = await pagefind.search(query);
  const searched = performance.now();
  const first = search.results[0];
  const data = first ? await first.data() : null;
  const done = performance.now();
  return {
    results: search.results.length,
    searchMs: searched - started,
    firstResultMs: done - started,
    firstUrl: data ? data.url : null,
    firstTitle: data && data.meta ? data.meta.title ?? null : null,
  };
};
window.benchReady = true;
</script>
</body></html>
`;

/** The routes a site's server needs for `measureSearch`: the benchmark's page and the loader, as JavaScript. */
export function benchRoutes(): Record<string, { type: string; body: string }> {
  const source = readFileSync(fileURLToPath(new URL('../../src/scripts/load-pagefind.ts', import.meta.url)), 'utf8');
  const loader = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  return {
    [SEARCH_PAGE_PATH]: { type: 'text/html; charset=utf-8', body: searchPage },
    [LOADER_PATH]: { type: 'text/javascript; charset=utf-8', body: loader },
  };
}

export interface QueryMeasure {
  query: string;
  results: number;
  firstUrl: string | null;
  firstTitle: string | null;
  /** Bytes of /pagefind/ responses as Chromium received them (encoded body sizes). */
  bytes: number;
  /** The same, counted by the server as it sent them (a cross-check). */
  serverBytes: number;
  requests: number;
  /** From the start of the search (loading pagefind.js included) to the first result's data. */
  firstResultMs: number;
  /** From the start of the search to the result list (before any result's data). */
  searchMs: number;
  /** Every run's `firstResultMs`, when the benchmark repeats the search. */
  runsMs?: number[];
}

export interface PageMeasure {
  path: string;
  /** Encoded (gzip) body bytes of everything the page loaded, /pagefind/ excluded. */
  bytes: number;
  byType: Record<string, number>;
  requests: number;
  serverBytes: number;
}

declare global {
  interface Window {
    benchReady?: boolean;
    benchSearch(query: string): Promise<{ results: number; searchMs: number; firstResultMs: number; firstUrl: string | null; firstTitle: string | null }>;
  }
}

/** Collects the encoded body size of every finished request of a page (workers' included). */
function recordResponses(page: Page, keep: (pathname: string) => boolean) {
  const sizes: Array<Promise<{ path: string; type: string; bytes: number }>> = [];
  const onFinished = (request: Request) => {
    const pathname = new URL(request.url()).pathname;
    if (!keep(pathname)) return;
    sizes.push(
      request.sizes().then(
        (s) => ({ path: pathname, type: request.resourceType(), bytes: s.responseBodySize }),
        () => ({ path: pathname, type: request.resourceType(), bytes: 0 }),
      ),
    );
  };
  page.on('requestfinished', onFinished);
  return {
    count: () => sizes.length,
    done: () => Promise.all(sizes),
  };
}

/** Waits until `count()` has not changed for `quietMs`. */
async function settle(count: () => number, quietMs = 400, maxMs = 10_000): Promise<void> {
  const until = Date.now() + maxMs;
  let last = -1;
  while (Date.now() < until) {
    const now = count();
    if (now === last) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

export async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchBrowser();
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

export async function measureSearch(browser: Browser, server: StaticServer, query: string): Promise<QueryMeasure> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}${SEARCH_PAGE_PATH}`);
    await page.waitForFunction(() => window.benchReady === true);
    server.reset();
    const recorder = recordResponses(page, (p) => p.startsWith('/pagefind/'));
    const result = await page.evaluate((q) => window.benchSearch(q), query);
    await settle(recorder.count);
    const sizes = await recorder.done();
    const serverBytes = server.sent.filter((s) => s.path.startsWith('/pagefind/')).reduce((sum, s) => sum + s.bytes, 0);
    return {
      query,
      results: result.results,
      firstUrl: result.firstUrl,
      firstTitle: result.firstTitle,
      bytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
      serverBytes,
      requests: sizes.length,
      firstResultMs: result.firstResultMs,
      searchMs: result.searchMs,
    };
  } finally {
    await context.close();
  }
}

export async function measurePage(browser: Browser, server: StaticServer, urlPath: string): Promise<PageMeasure> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const recorder = recordResponses(page, (p) => !p.startsWith('/pagefind/'));
    server.reset();
    const response = await page.goto(`${server.origin}${urlPath}`, { waitUntil: 'load' });
    if (!response || response.status() !== 200) throw new Error(`${urlPath} answered ${response?.status() ?? 'nothing'}`);
    await page.waitForLoadState('networkidle');
    await settle(recorder.count);
    const sizes = await recorder.done();
    const byType: Record<string, number> = {};
    for (const s of sizes) byType[s.type] = (byType[s.type] ?? 0) + s.bytes;
    return {
      path: urlPath,
      bytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
      byType,
      requests: sizes.length,
      serverBytes: server.sent.filter((s) => !s.path.startsWith('/pagefind/')).reduce((sum, s) => sum + s.bytes, 0),
    };
  } finally {
    await context.close();
  }
}
