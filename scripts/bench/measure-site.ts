/**
 * `npm run bench:site [-- dist] [--runs 3] [--settle 90] [--out file.json]`
 *
 * The benchmark's browser measurements (step 4 of `npm run bench`) on a site already built,
 * such as the real library's `dist/` from `npm run build`: the 20 searches, each `--runs`
 * times in a fresh context, first-result time and bytes fetched from `/pagefind/`; the weight
 * of a typical review and plan page (the inspection with the median number of findings, the
 * plan with the median number of actions, from the library in `content/`); and the sizes of
 * the site and its search index. Prints a summary and, with `--out`, writes every figure.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkLibrary } from '../../src/checker/check-library.ts';
import { readContentFiles } from '../../src/checker/content-files.ts';
import { benchQueries } from '../../src/bench/phrases.ts';
import { median, round } from '../../src/bench/report.ts';
import { serveStatic } from '../../src/pipeline/static-server.ts';
import { benchRoutes, measurePage, measureSearch, withBrowser, type QueryMeasure } from './browser.ts';
import { projectRoot } from './write-corpus.ts';

const { values, positionals } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    settle: { type: 'string', default: '90' },
    out: { type: 'string' },
  },
  allowPositionals: true,
});
const dist = path.resolve(positionals[0] ?? 'dist');
const runs = Math.max(1, Math.floor(Number(values.runs)) || 1);
const settleMs = Math.max(0, Number(values.settle) || 0) * 1000;

function bytesUnder(dir: string): { files: number; bytes: number } {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((entry) => path.join(dir, entry)).filter((file) => statSync(file).isFile());
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}

/** The item with the median count, as the benchmark picks its typical pages. */
function medianBy<T>(list: T[], size: (item: T) => number, id: (item: T) => string): T {
  const sorted = [...list].sort((a, b) => size(a) - size(b) || id(a).localeCompare(id(b)));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

const { library } = checkLibrary(readContentFiles(projectRoot));
const inspections = library.reviews.filter((r) => /inspection$/.test(r.data.kind));
const review = medianBy(inspections, (r) => r.data.strengths.length + r.data.areasForImprovement.length + r.data.recommendations.length, (r) => r.id);
const plan = medianBy(library.plans, (p) => p.data.actions.length, (p) => p.id);

// Let the machine settle so that the searches time the browser's work (1-minute load average under 1, at most --settle).
const settleStarted = performance.now();
while (os.loadavg()[0]! >= 1 && performance.now() - settleStarted < settleMs) await new Promise((resolve) => setTimeout(resolve, 5_000));
const loadAtStart = round(os.loadavg()[0]!, 2);

const server = await serveStatic(dist, { routes: benchRoutes() });
const measured: QueryMeasure[] = [];
let reviewPage, planPage;
try {
  await withBrowser(async (browser) => {
    for (const query of benchQueries) {
      const repeats: QueryMeasure[] = [];
      for (let run = 0; run < runs; run++) repeats.push(await measureSearch(browser, server, query));
      measured.push({ ...repeats[0]!, firstResultMs: median(repeats.map((m) => m.firstResultMs)), searchMs: median(repeats.map((m) => m.searchMs)), runsMs: repeats.map((m) => round(m.firstResultMs, 1)) });
    }
    reviewPage = await measurePage(browser, server, `/reviews/${review.id}/`);
    planPage = await measurePage(browser, server, `/plans/${plan.id}/`);
  });
} finally {
  await server.close();
}

const site = bytesUnder(dist);
const index = bytesUnder(path.join(dist, 'pagefind'));
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((entry) => entry.endsWith('.html')).length;
const figures = {
  dist,
  documents: library.reviews.length + library.plans.length + library.updates.length,
  pages,
  distBytes: site.bytes,
  indexBytes: index.bytes,
  indexFiles: index.files,
  queryBytes: Math.round(median(measured.map((m) => m.serverBytes))),
  firstResultMs: round(median(measured.map((m) => m.firstResultMs)), 1),
  reviewPage,
  planPage,
  load: { atStart: loadAtStart, atEnd: round(os.loadavg()[0]!, 2) },
  queries: measured.map((m) => ({ ...m, firstResultMs: round(m.firstResultMs, 1), searchMs: round(m.searchMs, 1) })),
};
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`${figures.documents} documents, ${pages} pages, site ${(site.bytes / 1e6).toFixed(1)} MB, search index ${(index.bytes / 1e6).toFixed(1)} MB in ${index.files} files`);
console.log(`search (${benchQueries.length} queries × ${runs} cold runs, load average ${loadAtStart} at start, ${figures.load.atEnd} at end): median ${kib(figures.queryBytes)} fetched, first result in ${figures.firstResultMs} ms`);
for (const m of figures.queries) console.log(`  ${m.query.padEnd(26)} ${String(m.results).padStart(4)} pages  ${kib(m.serverBytes).padStart(10)}  ${String(m.firstResultMs).padStart(6)} ms`);
console.log(`review page ${reviewPage!.path}: ${kib(reviewPage!.serverBytes)}; plan page ${planPage!.path}: ${kib(planPage!.serverBytes)} (gzip, everything the page loads)`);
if (values.out) writeFileSync(path.resolve(values.out), `${JSON.stringify(figures, null, 2)}\n`);
