/**
 * Size budgets (budgets.json) checked against a built site: the whole site's CSS, the
 * script a reading page loads, the search page's script, and the HTML of review and plan
 * pages, all gzip-compressed. Pagefind's own files, which the search page loads only when a
 * reader searches, are measured by the benchmark (`queryBytes`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Budgets {
  cssTotalGzip: number;
  readingPageScriptGzip: number;
  searchPageScriptGzip: number;
  reviewPageHtmlGzip: number;
  planPageHtmlGzip: number;
}

export interface BudgetResult {
  budget: keyof Budgets;
  limit: number;
  actual: number;
  /** The page or file that came closest to (or over) the limit. */
  where: string;
  ok: boolean;
}

const gzipSize = (file: string) => gzipSync(readFileSync(file)).length;

function files(dir: string, test: (file: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => path.join(dir, entry))
    .filter((file) => test(file) && statSync(file).isFile());
}

/** Local scripts and module imports a page loads (not Pagefind's, which only /search/ uses). */
function scriptsOf(html: string, dist: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => path.join(dist, m[1]!));
}

export function checkBudgets(dist: string, budgets: Budgets): BudgetResult[] {
  const results: BudgetResult[] = [];
  const pages = files(dist, (f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`));
  // Every stylesheet some page links to (files Pagefind writes but no page uses do not count).
  const css = new Set(pages.flatMap((page) => [...readFileSync(page, 'utf8').matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+\.css)"/g)].map((m) => path.join(dist, (m[1] ?? m[2])!))));
  results.push({ budget: 'cssTotalGzip', limit: budgets.cssTotalGzip, actual: [...css].reduce((sum, f) => sum + gzipSize(f), 0), where: `${css.size} stylesheet(s) linked by the pages`, ok: true });

  const largest = (list: string[], size: (file: string) => number) =>
    list.map((file) => ({ file, size: size(file) })).sort((a, b) => b.size - a.size)[0] ?? { file: '-', size: 0 };
  // Every script a page carries, loaded by src or written inline, each gzip-compressed on its own.
  const scriptBytes = (page: string) => {
    const html = readFileSync(page, 'utf8');
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + gzipSync(m[1]!).length, 0);
    return scriptsOf(html, dist).reduce((sum, s) => sum + gzipSize(s), 0) + inline;
  };
  const isSearch = (f: string) => f.includes(`${path.sep}search${path.sep}`);
  const script = largest(pages.filter((f) => !isSearch(f)), scriptBytes);
  results.push({ budget: 'readingPageScriptGzip', limit: budgets.readingPageScriptGzip, actual: script.size, where: path.relative(dist, script.file), ok: true });
  const search = largest(pages.filter(isSearch), scriptBytes);
  results.push({ budget: 'searchPageScriptGzip', limit: budgets.searchPageScriptGzip, actual: search.size, where: path.relative(dist, search.file), ok: true });

  const review = largest(pages.filter((f) => f.includes(`${path.sep}reviews${path.sep}`) && !f.endsWith(`reviews${path.sep}index.html`)), gzipSize);
  results.push({ budget: 'reviewPageHtmlGzip', limit: budgets.reviewPageHtmlGzip, actual: review.size, where: path.relative(dist, review.file), ok: true });
  const plan = largest(pages.filter((f) => f.includes(`${path.sep}plans${path.sep}`) && !f.endsWith(`plans${path.sep}index.html`)), gzipSize);
  results.push({ budget: 'planPageHtmlGzip', limit: budgets.planPageHtmlGzip, actual: plan.size, where: path.relative(dist, plan.file), ok: true });

  return results.map((r) => ({ ...r, ok: r.actual <= r.limit }));
}

export function readBudgets(root: string): Budgets {
  return JSON.parse(readFileSync(path.join(root, 'budgets.json'), 'utf8')) as Budgets;
}
