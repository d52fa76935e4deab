/**
 * A tiny static file server for a built site (benchmark and browser tests): 127.0.0.1 only, with
 * gzip for text files (as any static host does), and counts the bytes it sends per path.
 * It stops itself after a spell with no requests, and never keeps the process alive.
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
  /** Stop after this long without a request (default 10 minutes). */
  idleMs?: number;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const cache = new Map<string, { raw: Buffer; gz?: Buffer }>();
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

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    clearTimeout(idle);
    idle = setTimeout(() => void close(), idleMs).unref();
    const urlPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
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
      let file = resolveFile(urlPath);
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
      entry = cache.get(file) ?? { raw: readFileSync(file) };
      cache.set(file, entry);
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
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.unref();
  idle = setTimeout(() => void close(), idleMs).unref();
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      clearTimeout(idle);
      server.closeAllConnections();
      server.close(() => resolve());
    }));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent,
    reset: () => {
      sent.length = 0;
    },
    close,
  };
}
