/**
 * `npm run bench -- --sizes 100,1000,5000 --out results.json`
 *
 * For each size: generate a synthetic corpus of that many documents, build it with the
 * real pipeline (measuring wall time, the checker's share and peak memory), build the same
 * documents with the bare stack (the floor), serve the real site on 127.0.0.1 and measure
 * search and page weight in headless Chromium. Writes `results.json` (one object per size,
 * the fields of `BenchResult`), a `.details.json` beside it with the breakdowns, and prints
 * a table. Options:
 *   --sizes 100,1000     corpus sizes (documents)            --out results.json
 *   --queries 20         how many of the 20 searches to run  --seed N (default 20261123)
 *   --runs 3             cold runs of each search; its time is their median
 *   --settle 90          seconds at most to wait, after the builds, for the load average to fall under 1
 *   --work bench         scratch folder (git-ignored)        --clean  delete each size's sites after measuring
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Corpus } from '../../src/bench/corpus.ts';
import { DEFAULT_SEED } from '../../src/bench/corpus.ts';
import { benchQueries } from '../../src/bench/phrases.ts';
import { formatTable, median, RESULT_FIELDS, round, type BenchResult } from '../../src/bench/report.ts';
import { benchRoutes, measurePage, measureSearch, withBrowser, type PageMeasure, type QueryMeasure } from './browser.ts';
import { writeFloorSite } from './floor-site.ts';
import { hasTime, runMeasured, type MeasuredRun } from './measure-process.ts';
import { serveStatic } from '../../src/pipeline/static-server.ts';
import { projectRoot, writeCorpusFolder } from './write-corpus.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    out: { type: 'string', default: 'results.json' },
    queries: { type: 'string', default: String(benchQueries.length) },
    runs: { type: 'string', default: '3' },
    settle: { type: 'string', default: '90' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    work: { type: 'string', default: path.join(projectRoot, 'bench') },
    clean: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
if (sizes.some((s) => !Number.isInteger(s) || s < 2)) {
  console.error('--sizes must be whole numbers of documents, at least 2, separated by commas');
  process.exit(2);
}
const queryCount = Math.max(1, Math.min(benchQueries.length, Number(values.queries)));
const queries = benchQueries.slice(0, queryCount);
const runs = Math.max(1, Math.floor(Number(values.runs)) || 1);
const settleMs = Math.max(0, Number(values.settle) || 0) * 1000;
const seed = Number(values.seed);
const outFile = path.resolve(values.out);
const detailsFile = outFile.replace(/(\.json)?$/, '.details.json');
const work = path.resolve(values.work);
const node = process.execPath;

const t0 = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(5)} s] ${line}`);

function walk(dir: string, visit: (file: string, bytes: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if (entry.isFile()) visit(full, lstatSync(full).size);
  }
}
function folderBytes(dir: string): number {
  let total = 0;
  walk(dir, (_file, bytes) => (total += bytes));
  return total;
}
function htmlFiles(dir: string): number {
  let count = 0;
  walk(dir, (file) => (count += file.endsWith('.html') ? 1 : 0));
  return count;
}

/** A typical page: the inspection with the median number of findings, the plan with the median number of actions. */
function typicalPages(corpus: Corpus): { review: string; plan: string } {
  const pick = (prefix: string, size: (text: string) => number) => {
    const candidates = corpus.files
      .filter((f) => f.path.startsWith(prefix) && (prefix.includes('plans') || f.path.endsWith('-inspection.mdx')))
      .map((f) => ({ id: f.path.slice(prefix.length, -'.mdx'.length), size: size(f.text) }))
      .sort((a, b) => a.size - b.size || a.id.localeCompare(b.id));
    return candidates[Math.floor((candidates.length - 1) / 2)]!.id;
  };
  const items = (pattern: RegExp) => (text: string) => (text.split('\n---\n')[0]!.match(pattern) ?? []).length;
  return {
    review: `/reviews/${pick('content/reviews/', items(/^ {2}- id: [SWR]\d+$/gm))}/`,
    plan: `/plans/${pick('content/plans/', items(/^ {2}- id: "?\d+\.\d+\.\d+"?$/gm))}/`,
  };
}

interface SizeDetails {
  documents: number;
  corpus?: Corpus['stats'];
  generateSeconds?: number;
  build?: { wallSeconds: number; astroSeconds?: number; pagefindSeconds?: number; checkSeconds?: number; otherSeconds?: number; peak: Omit<MeasuredRun, 'output' | 'code' | 'wallSeconds'> };
  floor?: { wallSeconds: number; astroSeconds?: number; pagefindSeconds?: number; pages?: number; peak: Omit<MeasuredRun, 'output' | 'code' | 'wallSeconds'> };
  queries?: QueryMeasure[];
  reviewPage?: PageMeasure;
  planPage?: PageMeasure;
  errors: string[];
  /** 1-minute load average before this size, when its searches started, and after it (other work on the machine skews timings). */
  load?: { before: number; search?: number; after?: number };
  /** Seconds waited after the builds for the machine to settle before the searches. */
  settleSeconds?: number;
}

/** The commit measured, and whether the working tree had uncommitted changes. */
function gitState(): { commit: string; uncommittedFiles: number } | undefined {
  try {
    const git = (args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
    return { commit: git(['rev-parse', 'HEAD']), uncommittedFiles: git(['status', '--porcelain']).split('\n').filter(Boolean).length };
  } catch {
    return undefined;
  }
}

const results: BenchResult[] = [];
const details: { date: string; machine: object; git?: object; seed: number; queries: string[]; sizes: SizeDetails[] } = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    memorySource: hasTime() ? '/usr/bin/time -v' : '/proc polling',
  },
  git: gitState(),
  seed,
  queries,
  sizes: [],
};
const save = () => {
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(detailsFile, `${JSON.stringify(details, null, 2)}\n`);
};
const peakOf = (run: MeasuredRun) => {
  const { output: _output, code: _code, wallSeconds: _wall, ...peak } = run;
  return peak;
};
const tail = (text: string) => text.trim().split('\n').filter((line) => !/^\s*(Command being timed|User time|System time|Percent of CPU|Elapsed|Average|Maximum resident|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status)/.test(line)).slice(-25).join('\n');

mkdirSync(work, { recursive: true });
for (const size of sizes) {
  const dir = path.join(work, `size-${size}`);
  const contentRoot = path.join(dir, 'corpus');
  const dist = path.join(dir, 'dist');
  const floorRoot = path.join(dir, 'floor');
  const result = Object.fromEntries(RESULT_FIELDS.map((field) => [field, null])) as unknown as BenchResult;
  const detail: SizeDetails = { documents: size, errors: [], load: { before: round(os.loadavg()[0]!, 2) } };
  results.push(result);
  details.sizes.push(detail);
  mkdirSync(dir, { recursive: true });

  // 1. The corpus.
  log(`${size} documents: generating the corpus`);
  let started = performance.now();
  const corpus = writeCorpusFolder(contentRoot, size, seed);
  detail.generateSeconds = round((performance.now() - started) / 1000, 2);
  detail.corpus = corpus.stats;
  result.documents = corpus.stats.documents;
  result.findings = corpus.stats.findings + corpus.stats.actions;
  log(`  ${Object.entries(corpus.stats.byKind).map(([k, n]) => `${n} ${k}`).join(', ')}; ${result.findings} findings and actions; ${corpus.stats.bodyWords.toLocaleString('en-GB')} words`);
  save();

  // 2. The real build, as a child under /usr/bin/time -v (or /proc polling).
  log(`  real build (check → astro build → Pagefind)`);
  const buildResult = path.join(dir, 'build-result.json');
  rmSync(buildResult, { force: true });
  // A first build: no previous site to swap out (the content cache is already gone with the old corpus).
  rmSync(dist, { recursive: true, force: true });
  const build = await runMeasured(node, ['--import', 'tsx', path.join(projectRoot, 'scripts/bench/build-child.ts'), contentRoot, dist, buildResult], { cwd: projectRoot });
  if (build.code !== 0 || !existsSync(buildResult)) {
    detail.errors.push(`real build failed (exit ${build.code}):\n${tail(build.output)}`);
    detail.build = { wallSeconds: round(build.wallSeconds, 2), peak: peakOf(build) };
    result.peakRssMB = round(build.peakRssMB, 1);
    log(`  ✗ real build failed (exit ${build.code}) after ${build.wallSeconds.toFixed(0)} s, peak ${build.peakRssMB.toFixed(0)} MB:\n${tail(build.output)}`);
    save();
    continue;
  }
  const timings = JSON.parse(readFileSync(buildResult, 'utf8')) as { buildSeconds: number; checkSeconds: number; astroSeconds: number; pagefindSeconds: number };
  result.buildSeconds = round(timings.buildSeconds, 2);
  result.checkSeconds = round(timings.checkSeconds, 2);
  result.peakRssMB = round(build.peakRssMB, 1);
  result.pages = htmlFiles(dist);
  result.distBytes = folderBytes(dist);
  result.indexBytes = folderBytes(path.join(dist, 'pagefind'));
  detail.build = {
    wallSeconds: round(build.wallSeconds, 2),
    checkSeconds: result.checkSeconds,
    astroSeconds: round(timings.astroSeconds, 2),
    pagefindSeconds: round(timings.pagefindSeconds, 2),
    otherSeconds: round(timings.buildSeconds - timings.checkSeconds - timings.astroSeconds - timings.pagefindSeconds, 2),
    peak: peakOf(build),
  };
  log(`  ✓ ${result.buildSeconds.toFixed(1)} s (check ${timings.checkSeconds.toFixed(1)}, astro ${timings.astroSeconds.toFixed(1)}, pagefind ${timings.pagefindSeconds.toFixed(1)}); peak ${result.peakRssMB.toFixed(0)} MB (${build.polledPeak?.command ?? '?'}); ${result.pages} pages`);
  save();

  // 3. The floor: the bare stack over the same documents.
  log(`  floor build (bare Astro + MDX + Pagefind)`);
  writeFloorSite(floorRoot, path.join(contentRoot, 'content'), projectRoot);
  const floorResult = path.join(dir, 'floor-result.json');
  rmSync(floorResult, { force: true });
  const floor = await runMeasured(node, ['--import', 'tsx', path.join(projectRoot, 'scripts/bench/floor-child.ts'), floorRoot, floorResult], { cwd: projectRoot });
  if (floor.code !== 0 || !existsSync(floorResult)) {
    detail.errors.push(`floor build failed (exit ${floor.code}):\n${tail(floor.output)}`);
    log(`  ✗ floor build failed (exit ${floor.code}):\n${tail(floor.output)}`);
  } else {
    const f = JSON.parse(readFileSync(floorResult, 'utf8')) as { floorSeconds: number; astroSeconds: number; pagefindSeconds: number; pages: number };
    result.floorSeconds = round(f.floorSeconds, 2);
    result.floorRatio = round(timings.buildSeconds / f.floorSeconds, 2);
    detail.floor = { wallSeconds: round(floor.wallSeconds, 2), astroSeconds: round(f.astroSeconds, 2), pagefindSeconds: round(f.pagefindSeconds, 2), pages: f.pages, peak: peakOf(floor) };
    log(`  ✓ floor ${f.floorSeconds.toFixed(1)} s (astro ${f.astroSeconds.toFixed(1)}, pagefind ${f.pagefindSeconds.toFixed(1)}); ratio ${result.floorRatio}; floor peak ${floor.peakRssMB.toFixed(0)} MB`);
  }
  save();

  // 4. Search and page weight in Chromium, over the real site on 127.0.0.1.
  // The builds just finished on the same cores: let the machine settle so that the searches
  // time the browser's work, not the tail of the build (1-minute load average under 1, at most --settle).
  const settleStarted = performance.now();
  while (os.loadavg()[0]! >= 1 && performance.now() - settleStarted < settleMs) await new Promise((resolve) => setTimeout(resolve, 5_000));
  detail.settleSeconds = round((performance.now() - settleStarted) / 1000, 1);
  detail.load!.search = round(os.loadavg()[0]!, 2);
  log(`  search (${queries.length} queries × ${runs} runs, cold cache each, after ${detail.settleSeconds} s settling) and page weight in Chromium`);
  const server = await serveStatic(dist, { routes: benchRoutes() });
  try {
    await withBrowser(async (browser) => {
      // Each search runs `runs` times, each in a fresh context (cold cache); its time is the
      // median of its runs (bytes are the same every run), which steadies the figure on a shared machine.
      const measured: QueryMeasure[] = [];
      for (const query of queries) {
        const repeats: QueryMeasure[] = [];
        for (let run = 0; run < runs; run++) repeats.push(await measureSearch(browser, server, query));
        measured.push({ ...repeats[0]!, firstResultMs: median(repeats.map((m) => m.firstResultMs)), searchMs: median(repeats.map((m) => m.searchMs)), runsMs: repeats.map((m) => round(m.firstResultMs, 1)) });
      }
      detail.queries = measured.map((m) => ({ ...m, firstResultMs: round(m.firstResultMs, 1), searchMs: round(m.searchMs, 1) }));
      const empty = measured.filter((m) => m.results === 0).map((m) => m.query);
      if (empty.length) detail.errors.push(`no results for: ${empty.join(', ')}`);
      // Chromium reports 0 bytes for a worker's own script, so bytes are the server's count
      // of what it sent for the query's /pagefind/ requests.
      result.queryBytes = Math.round(median(measured.map((m) => m.serverBytes)));
      result.firstResultMs = round(median(measured.map((m) => m.firstResultMs)), 1);
      const pages = typicalPages(corpus);
      detail.reviewPage = await measurePage(browser, server, pages.review);
      detail.planPage = await measurePage(browser, server, pages.plan);
      result.reviewPageBytes = detail.reviewPage.serverBytes;
      result.planPageBytes = detail.planPage.serverBytes;
    });
    log(`  ✓ median ${(result.queryBytes! / 1024).toFixed(0)} KB and ${result.firstResultMs} ms per search; review page ${(result.reviewPageBytes! / 1024).toFixed(0)} KB, plan page ${(result.planPageBytes! / 1024).toFixed(0)} KB`);
  } catch (error) {
    detail.errors.push(`browser measurement failed: ${(error as Error).message}`);
    log(`  ✗ browser measurement failed: ${(error as Error).message}`);
  } finally {
    await server.close();
  }
  save();

  detail.load!.after = round(os.loadavg()[0]!, 2);
  save();
  if (values.clean) {
    rmSync(dist, { recursive: true, force: true });
    rmSync(path.join(floorRoot, 'dist'), { recursive: true, force: true });
  }
}

save();
console.log(`\n${formatTable(results)}\n`);
console.log(`Results: ${path.relative(process.cwd(), outFile)}; breakdowns: ${path.relative(process.cwd(), detailsFile)}`);
const failed = details.sizes.filter((d) => d.errors.length);
for (const d of failed) console.log(`\n${d.documents} documents:\n  ${d.errors.join('\n  ')}`);
process.exit(failed.some((d) => d.errors.some((e) => /failed/.test(e))) ? 1 : 0);
