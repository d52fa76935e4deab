/** Reading the built site (the global setup's build) from disk, as a reader's browser would get it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

export const dist = () => inject('dist');

/** The file that serves a site path: `/plans/x/` → `dist/plans/x/index.html`. */
export function fileFor(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [path.join(dist(), clean, 'index.html')] : [path.join(dist(), clean), path.join(dist(), clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith(path.sep));
}

export function readPage(urlPath: string): string {
  const file = fileFor(urlPath);
  if (!file) throw new Error(`no page at ${urlPath}`);
  return readFileSync(file, 'utf8');
}

export function readJson<T = unknown>(urlPath: string): T {
  return JSON.parse(readPage(urlPath)) as T;
}

/** Every HTML page of the built site, as site paths. */
export function allPages(): string[] {
  return readdirSync(dist(), { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.html') && !entry.startsWith('pagefind'))
    .map((entry) => `/${entry.split(path.sep).join('/')}`.replace(/index\.html$/, ''));
}

/** Ids present in a page, for checking #fragments. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')));
}

/** Visible text of an HTML fragment, whitespace collapsed. */
export function textOf(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}
