/**
 * Loads Pagefind's JS API the way the search page needs it, and faster than Pagefind alone:
 *
 * - Pagefind's index files are gzip, which Pagefind inflates in JavaScript unless the server
 *   already did (it looks for its own `pagefind_dcd` signature). The browser's native
 *   DecompressionStream is many times faster, so Pagefind's requests for them are answered
 *   with the files already inflated.
 * - Pagefind asks for its entry file only once pagefind.js has loaded, and for its metadata
 *   and WebAssembly only once the entry has come. They are fetched here alongside
 *   pagefind.js instead, and Pagefind's own requests are answered from those fetches.
 * - A search begun while Pagefind is still setting up its index waits for it in naps of
 *   50 ms (its `getPtr`), so it can start up to 50 ms late. The API is handed over only
 *   once Pagefind's WebAssembly is instantiated, after which it sets up the index in the
 *   same turn, so a search starts at once.
 *
 * Any request it does not recognise goes to the network untouched, and without
 * DecompressionStream nothing is changed. The benchmark's search page loads Pagefind with
 * this same module (scripts/bench/browser.ts), so the figures are what readers get.
 */
export type Filters = Record<string, { any: string[] }>;
export interface Anchor { id: string; text: string; location: number }
export interface SubResult { anchor?: Anchor; locations: number[] }
export interface ResultData { url: string; content: string; meta: Record<string, string>; anchors: Anchor[]; sub_results: SubResult[] }
export interface PagefindResult { id: string; data: () => Promise<ResultData> }
export interface PagefindSearch { results: PagefindResult[]; filters: Record<string, Record<string, number>> }
export interface Pagefind {
  init: () => Promise<void>;
  options: (options: object) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options?: { filters?: Filters }) => Promise<PagefindSearch>;
}
interface Entry { languages: Record<string, { hash: string; wasm?: string }> }

/** Files Pagefind writes gzip: metadata, index and filter chunks, fragments, WebAssembly. */
const GZIP_FILE = /\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/;

/** Requests already under way, by path, each answered once. */
const early = new Map<string, Promise<Response>>();
let loaded: Promise<Pagefind> | undefined;

/** The response with its body inflated, if it is gzip (exported for its tests). */
export async function inflated(response: Response): Promise<Response> {
  const init = { status: response.status, statusText: response.statusText };
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A host that serves the files with Content-Encoding: gzip has inflated them already.
  if (!response.ok || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, init);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(await new Response(stream).arrayBuffer(), init);
}

function install(bundlePath: string, network: typeof fetch) {
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(bundlePath)) return network(input, init);
    const waiting = early.get(url.pathname);
    if (waiting) {
      early.delete(url.pathname);
      return waiting;
    }
    return GZIP_FILE.test(url.pathname) ? network(input, init).then(inflated) : network(input, init);
  };
}

/** The index's language for this page, as Pagefind chooses it: the page's language, or its primary subtag. */
function languageOf(entry: Entry): { hash: string; wasm?: string } | undefined {
  const lang = document.documentElement.lang.toLowerCase();
  return entry.languages[lang] ?? entry.languages[lang.split('-')[0] ?? ''];
}

/** Starts fetching the entry, then the metadata and WebAssembly it names, for Pagefind to take. */
function fetchAhead(bundle: string, bundlePath: string, network: typeof fetch) {
  const entry = network(`${bundle}pagefind-entry.json?ts=${Date.now()}`).then(async (response) => ({ response, text: await response.text() }));
  early.set(`${bundlePath}pagefind-entry.json`, entry.then(({ response, text }) => new Response(text, { status: response.status, statusText: response.statusText })));
  entry
    .then(({ response, text }) => {
      const index = response.ok ? languageOf(JSON.parse(text) as Entry) : undefined;
      if (!index) return;
      for (const file of [`pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`]) {
        early.set(`${bundlePath}${file}`, network(`${bundle}${file}`).then(inflated));
      }
    })
    // Pagefind's own requests then go to the network and report any failure themselves.
    .catch(() => undefined);
}

/**
 * Settles once Pagefind's WebAssembly has been instantiated and the tasks that follow in the
 * same turn have run (Pagefind then sets up its index), or after `limitMs` in any case: if a
 * later Pagefind loads its WebAssembly another way, searches only lose the time saved here.
 */
function wasmInstantiated(limitMs: number): Promise<void> {
  const original = WebAssembly.instantiate;
  return new Promise<void>((resolve) => {
    const limit = setTimeout(resolve, limitMs);
    const settle = () => {
      clearTimeout(limit);
      setTimeout(resolve);
    };
    WebAssembly.instantiate = function (this: unknown, ...args: Parameters<typeof original>) {
      WebAssembly.instantiate = original;
      const instantiating = original.apply(this, args);
      instantiating.then(settle, settle);
      return instantiating;
    } as typeof original;
  });
}

/**
 * Pagefind's API from the bundle at `bundle` (a URL ending in /pagefind/), with `options`
 * set and the index loading. A page loads it once: later calls get the same API.
 */
export function loadPagefind(bundle: string, options: object): Promise<Pagefind> {
  loaded ??= load(bundle, options);
  return loaded;
}

async function load(bundle: string, options: object): Promise<Pagefind> {
  const ready = wasmInstantiated(2000);
  if (typeof DecompressionStream === 'function') {
    const bundlePath = new URL(bundle, location.href).pathname;
    const network = globalThis.fetch.bind(globalThis);
    install(bundlePath, network);
    fetchAhead(bundle, bundlePath, network);
  }
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options(options);
  await pagefind.init();
  await ready;
  return pagefind;
}
