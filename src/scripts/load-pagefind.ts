/**
 * Loads Pagefind's JS API for the search page, on the main thread, faster than Pagefind
 * loads itself:
 *
 * - Pagefind's index files are gzip, which Pagefind inflates in JavaScript unless the server
 *   already did (it looks for its own `pagefind_dcd` signature). The browser's native
 *   DecompressionStream is many times faster, so Pagefind's requests for them are answered
 *   with the files already inflated.
 * - Pagefind asks for its entry file only once pagefind.js has loaded, and for its metadata
 *   and WebAssembly only once the entry has come. They are fetched here alongside
 *   pagefind.js instead, and Pagefind's own requests for them are answered from those
 *   fetches.
 * - A search begun while Pagefind is still setting up its index waits for it in naps of
 *   50 ms (its `getPtr`), so it can start up to 50 ms late. The API is handed over only once
 *   Pagefind's metadata has come and its WebAssembly is instantiated, after which Pagefind
 *   sets up the index in the same turn, so a search starts at once.
 *
 * Requests it does not recognise go to the network untouched. Without DecompressionStream,
 * or for a bundle on another origin, Pagefind loads as it would on its own. The
 * benchmark's search page loads Pagefind with this same module (scripts/bench/browser.ts),
 * so its figures are Pagefind as the search page runs it.
 */
export type Filters = Record<string, { any: string[] }>;
export interface Anchor { id: string; text: string; location: number }
export interface SubResult { anchor?: Anchor; locations: number[] }
export interface ResultData { url: string; content: string; meta: Record<string, string>; filters?: Record<string, string[]>; anchors: Anchor[]; sub_results: SubResult[] }
export interface PagefindResult { id: string; data: () => Promise<ResultData> }
export interface PagefindSearch { results: PagefindResult[]; filters: Record<string, Record<string, number>> }
export interface Pagefind {
  init: () => Promise<void>;
  options: (options: object) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options?: { filters?: Filters }) => Promise<PagefindSearch>;
}
interface Index { hash: string; wasm?: string; page_count?: number }
interface Entry { languages: Record<string, Index> }

/** Files Pagefind writes gzip: metadata, index and filter chunks, fragments, WebAssembly. */
export const GZIP_FILE = /\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/;

/** Requests already under way, by path, each answered once. */
const early = new Map<string, Promise<Response>>();
let loaded: Promise<Pagefind> | undefined;

/** The response with its body inflated, if it is gzip. */
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

/** The index Pagefind will load for this page (its `findIndex`): the page's language, its primary subtag, or the largest. */
function indexFor(entry: Entry): Index | undefined {
  const lang = (document.documentElement.getAttribute('lang') || 'unknown').toLowerCase();
  const byLanguage = entry.languages[lang] ?? entry.languages[lang.split('-')[0] ?? ''];
  return byLanguage ?? Object.values(entry.languages).sort((a, b) => (b.page_count ?? 0) - (a.page_count ?? 0))[0];
}

/**
 * Starts fetching the entry, then the metadata and WebAssembly it names, for Pagefind to
 * take. Settles once the metadata has come, or as soon as any of them fails (Pagefind then
 * meets the same failure and reports it).
 */
function fetchAhead(bundle: string, bundlePath: string, network: typeof fetch): Promise<unknown> {
  const entry = network(`${bundle}pagefind-entry.json?ts=${Date.now()}`).then(async (response) => ({ response, text: await response.text() }));
  early.set(`${bundlePath}pagefind-entry.json`, entry.then(({ response, text }) => new Response(text, { status: response.status, statusText: response.statusText })));
  return entry.then(({ response, text }) => {
    const index = response.ok ? indexFor(JSON.parse(text) as Entry) : undefined;
    if (!index) throw new Error('no index');
    const fetched = (file: string) => {
      const response = network(`${bundle}${file}`).then(inflated);
      early.set(`${bundlePath}${file}`, response);
      return response.then((r) => (r.ok ? r : Promise.reject(new Error(`${file} answered ${r.status}`))));
    };
    return Promise.all([fetched(`pagefind.${index.hash}.pf_meta`), fetched(`wasm.${index.wasm || 'unknown'}.pagefind`)]);
  });
}

/**
 * Settles once Pagefind's WebAssembly has been instantiated (or has failed to be), or when
 * `stop` settles, whichever is first; `WebAssembly.instantiate` is then itself again.
 */
function wasmInstantiated(stop: Promise<unknown>): Promise<void> {
  const original = WebAssembly.instantiate;
  return new Promise<void>((resolve) => {
    const done = () => {
      WebAssembly.instantiate = original;
      resolve();
    };
    void stop.then(done, done);
    WebAssembly.instantiate = function (this: unknown, ...args: Parameters<typeof original>) {
      WebAssembly.instantiate = original;
      const instantiating = original.apply(this, args);
      instantiating.then(done, done);
      return instantiating;
    } as typeof original;
  });
}

const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Pagefind's API from the bundle at `bundle` (a URL ending in /pagefind/), set to run on the
 * main thread with `options` added, and its index loading. A page loads it once: later calls
 * get the same API.
 */
export function loadPagefind(bundle: string, options: object = {}): Promise<Pagefind> {
  loaded ??= load(bundle, options);
  return loaded;
}

async function load(bundle: string, options: object): Promise<Pagefind> {
  const url = new URL(bundle, location.href);
  let ready: Promise<unknown> = Promise.resolve();
  if (typeof DecompressionStream === 'function' && url.origin === location.origin) {
    const network = globalThis.fetch.bind(globalThis);
    install(url.pathname, network);
    const files = fetchAhead(bundle, url.pathname, network);
    // Waits for the metadata and the WebAssembly's instantiation, no longer than a failure
    // among the early files, nor 2 s if a later Pagefind loads its WebAssembly otherwise.
    const failed = files.then(() => new Promise(() => undefined), () => undefined);
    ready = Promise.all([files.catch(() => undefined), wasmInstantiated(Promise.race([failed, after(2000)]))])
      // Pagefind sets up its index in the tasks that follow.
      .then(() => after(0));
  }
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  // The early fetches are Pagefind's only on the main thread: a worker fetches its own.
  await pagefind.options({ ...options, noWorker: true });
  await pagefind.init();
  await ready;
  return pagefind;
}
