/**
 * A tiny static file server for a built site (`npm start`, benchmark and browser tests), with
 * gzip for text files (as any static host does), and counts the bytes it sends per path.
 * An address without its trailing slash is redirected to the page (`/reviews` → `/reviews/`),
 * as static hosts do for a folder. It stops itself after a spell with no requests and never
 * keeps the process alive, unless told to serve for good.
 */
import { securityHeaders } from '../site.config.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
/** Text is compressed on the fly; Pagefind's index files are already gzipped by Pagefind. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.csv']);

export interface SentRecord {
  path: string;
  /** Body bytes put on the wire (compressed size when gzipped). */
  bytes: number;
  gzip: boolean;
  status: number;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every response sent since the last `reset()`. */
  sent: SentRecord[];
  reset(): void;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Extra pages served from memory (e.g. the benchmark's search page), by path. */
  routes?: Record<string, { type: string; body: string }>;
  /** Stop after this long without a request (default 10 minutes); `Infinity` serves until closed. */
  idleMs?: number;
  /** Port to listen on (default: any free one). */
  port?: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /** Keep the process alive while serving (`npm start`). */
  keepAlive?: boolean;
  /** The path the site is served under (its configured base, "/" by default). */
  basePath?: string;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const cache = new Map<string, { raw: Buffer; gz?: Buffer; modified: number }>();
  const sent: SentRecord[] = [];
  const idleMs = options.idleMs ?? 10 * 60_000;
  let idle: NodeJS.Timeout | undefined;

  const resolveFile = (urlPath: string): string | undefined => {
    let clean: string;
    try {
      clean = decodeURIComponent(urlPath);
    } catch {
      return undefined;
    }
    const full = path.resolve(base, `.${clean}`);
    if (full !== base && !full.startsWith(base + path.sep)) return undefined;
    for (const candidate of [full, path.join(full, 'index.html')]) {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    return undefined;
  };

  const stopWhenIdle = () => {
    clearTimeout(idle);
    if (Number.isFinite(idleMs)) idle = setTimeout(() => void close(), idleMs).unref();
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    stopWhenIdle();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const prefix = (options.basePath ?? '/').replace(/\/?$/, '');
    // Under a base path, `/base` is its home page and anything outside it is not found.
    const outside = Boolean(prefix) && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`);
    const urlPath = outside ? url.pathname : url.pathname.slice(prefix.length);
    // A folder's page asked for without the slash: send the reader to it (the site's links all end in /).
    if (!outside && !urlPath.endsWith('/') && !options.routes?.[urlPath] && resolveFile(urlPath)?.endsWith(`${path.sep}index.html`) && !urlPath.endsWith('/index.html')) {
      response.writeHead(301, { location: `${prefix}${urlPath}/${url.search}`, 'content-length': 0 }).end();
      sent.push({ path: urlPath, bytes: 0, gzip: false, status: 301 });
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const route = options.routes?.[urlPath];
    let status = 200;
    let type: string;
    let entry: { raw: Buffer; gz?: Buffer };
    let compressible: boolean;
    if (route) {
      type = route.type;
      entry = { raw: Buffer.from(route.body) };
      compressible = true;
    } else {
      let file = outside ? undefined : resolveFile(urlPath);
      if (!file) {
        status = 404;
        file = resolveFile('/404.html');
      }
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        sent.push({ path: urlPath, bytes: 9, gzip: false, status: 404 });
        return;
      }
      const ext = path.extname(file);
      type = TYPES[ext] ?? 'application/octet-stream';
      compressible = COMPRESSIBLE.has(ext);
      // A file rebuilt since it was cached (`npm start` rebuilds in place) is read again.
      const modified = statSync(file).mtimeMs;
      const cached = cache.get(file);
      const read = cached?.modified === modified ? cached : { raw: readFileSync(file), modified };
      cache.set(file, read);
      entry = read;
    }
    const gzip = compressible && acceptsGzip;
    if (gzip) entry.gz ??= gzipSync(entry.raw, { level: 6 });
    const body = gzip ? entry.gz! : entry.raw;
    response.writeHead(status, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      ...securityHeaders,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    sent.push({ path: urlPath, bytes: request.method === 'HEAD' ? 0 : body.length, gzip, status });
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  if (!options.keepAlive) server.unref();
  stopWhenIdle();
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      clearTimeout(idle);
      server.closeAllConnections();
      server.close(() => resolve());
    }));
  const { port, address } = server.address() as AddressInfo;
  return {
    origin: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    sent,
    reset: () => {
      sent.length = 0;
    },
    close,
  };
}
