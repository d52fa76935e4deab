/**
 * The build pipeline: check → astro build → Pagefind, into a staging folder that replaces
 * the output folder only when every step passed. A failed build leaves the previous site
 * exactly as it was and says why. Used by `npm run build` and by the benchmark.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { checkLibrary } from '../checker/check-library.ts';
import { acquireBuildLock, stagingFolder, swapIn } from './output.ts';
import { readContentFiles } from '../checker/content-files.ts';
import { ContentError } from '../checker/problem.ts';
import { createLibrary } from '../lib/library.ts';
import { DATES_PATH, pageHtml, searchPages, type SearchPage } from '../search/records.ts';
import { site } from '../site.config.ts';
import { runCollecting } from './child-process.ts';

export class BuildError extends Error {
  override name = 'BuildError';
  constructor(readonly step: string, message: string) {
    super(`${step} failed: ${message}`);
  }
}

export interface BuildOptions {
  /** Project root (where astro.config.mjs is). */
  root: string;
  /** Output folder, replaced only on success. */
  outDir: string;
  /** Extra environment for the Astro build (e.g. a content folder for the benchmark). */
  env?: NodeJS.ProcessEnv;
  /** Print the steps' own output. */
  verbose?: boolean;
  log?: (line: string) => void;
  /** How long to wait for another build of the same output folder (default: LIBRARY_BUILD_WAIT, or 600 s; 0 refuses at once). */
  lockWaitSeconds?: number;
}

export interface BuildTimings {
  checkSeconds: number;
  astroSeconds: number;
  pagefindSeconds: number;
  pages: number;
}

async function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; verbose: boolean }): Promise<string> {
  const { code, output } = await runCollecting(command, args, { cwd: options.cwd, env: options.env, echo: options.verbose ? process.stdout : undefined }).done;
  if (code === 0) return output;
  // Keep what says why: from the first error line on, without the stack trace.
  const from = output.indexOf('[ERROR]');
  const reason = (from >= 0 ? output.slice(from) : output).split(/\n\s*Stack trace:/)[0]!.trim();
  const lines = reason.split('\n');
  throw new Error((from >= 0 ? lines.slice(0, 30) : lines.slice(-30)).join('\n'));
}

/**
 * Builds the search index with Pagefind's Node API: one page per review and per plan with its
 * updates, written from the library's data (src/search/records.ts), not read back from the
 * built pages. Any Pagefind error fails the build.
 */
export async function indexSite(siteDir: string, pages: SearchPage[]): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index || errors.length) throw new BuildError('Pagefind', errors.join('\n') || 'could not create an index');
    if (pages.length === 0) throw new BuildError('Pagefind', 'there is nothing to index');
    // Pages go to the Pagefind service in concurrent batches: one at a time, the round trips dominate.
    for (let start = 0; start < pages.length; start += 64) {
      const batch = pages.slice(start, start + 64);
      const responses = await Promise.all(batch.map((page) => index.addHTMLFile({ url: page.url, content: pageHtml(page) })));
      responses.forEach((response, i) => {
        if (response.errors.length) throw new BuildError('Pagefind', `${batch[i]!.url}: ${response.errors.join('\n')}`);
      });
    }
    const bundle = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new BuildError('Pagefind', written.errors.join('\n'));
    writeSortDates(bundle, pages, path.join(siteDir, DATES_PATH));
    return { pages: pages.length };
  } finally {
    await pagefind.close();
  }
}

/**
 * Writes each index page's oldest and newest date by Pagefind's result id (its fragment's
 * name), for the search page to sort by date. Pagefind could sort by itself, but its sort
 * keys would sit in the metadata file every search downloads; this file is fetched only
 * when a reader asks for a sort.
 */
function writeSortDates(bundle: string, pages: SearchPage[], file: string) {
  const byUrl = new Map(pages.map((page) => [page.url, [page.oldest, page.newest]]));
  const dates: Record<string, string[]> = {};
  const signature = 'pagefind_dcd';
  for (const name of readdirSync(path.join(bundle, 'fragment'))) {
    const data = gunzipSync(readFileSync(path.join(bundle, 'fragment', name)));
    const fragment = JSON.parse(data.subarray(data.subarray(0, signature.length).toString() === signature ? signature.length : 0).toString()) as { url: string };
    const page = byUrl.get(fragment.url);
    if (!page) throw new BuildError('Pagefind', `fragment ${name} is for ${fragment.url}, which is not an indexed page`);
    dates[name.replace(/\.pf_fragment$/, '')] = page;
  }
  if (Object.keys(dates).length !== pages.length) throw new BuildError('Pagefind', `wrote ${Object.keys(dates).length} fragments for ${pages.length} pages`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(dates));
}

export async function build(options: BuildOptions): Promise<BuildTimings> {
  const log = options.log ?? ((line: string) => console.log(line));
  const seconds = (start: number) => (performance.now() - start) / 1000;
  const contentRoot = options.env?.LIBRARY_CONTENT_ROOT ?? options.root;

  let start = performance.now();
  const result = checkLibrary(readContentFiles(contentRoot), { fileExists: (file) => existsSync(path.join(contentRoot, file)) });
  if (result.problems.length) throw new ContentError(result.problems);
  // A draft may hold placeholders the checker lets through while it is confirmed: never publish one.
  const drafts = [...result.library.reviews, ...result.library.plans, ...result.library.updates].filter((doc) => (doc.data as { draft?: boolean }).draft);
  if (drafts.length) {
    throw new ContentError(drafts.map((doc) => ({ file: doc.file, line: 1, column: 1, field: 'draft', message: 'is a draft, which is never published', fix: 'confirm every item marked TO CONFIRM, then remove `draft: true`' })));
  }
  const checkSeconds = seconds(start);
  log(`✓ check: ${result.documentCount} documents, no problems (${checkSeconds.toFixed(1)} s)`);

  // One build at a time per output folder: a second waits (LIBRARY_BUILD_WAIT seconds, default 600; 0 refuses).
  const release = await acquireBuildLock(options.outDir, {
    waitMs: (options.lockWaitSeconds ?? Number(process.env.LIBRARY_BUILD_WAIT ?? 600)) * 1000,
    onWait: (owner) => log(`… waiting for another build (process ${owner.pid}, started ${owner.started}) to finish`),
  });
  const staging = stagingFolder(options.outDir);
  mkdirSync(path.dirname(staging), { recursive: true });
  try {
    start = performance.now();
    const astro = path.join(path.dirname(createRequire(path.join(options.root, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');
    try {
      await run(process.execPath, [astro, 'build'], {
        cwd: options.root,
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          ...(options.env?.LIBRARY_CONTENT_ROOT ? { LIBRARY_CACHE_DIR: path.join(path.resolve(contentRoot), '.astro-cache') } : {}),
          ...options.env,
          LIBRARY_OUT_DIR: staging,
        },
        verbose: options.verbose ?? false,
      });
    } catch (error) {
      throw new BuildError('astro build', (error as Error).message);
    }
    const astroSeconds = seconds(start);
    log(`✓ astro build (${astroSeconds.toFixed(1)} s)`);

    start = performance.now();
    const { pages } = await indexSite(staging, searchPages(createLibrary(result.library, site.base)));
    const pagefindSeconds = seconds(start);
    log(`✓ pagefind: ${pages} pages indexed (${pagefindSeconds.toFixed(1)} s)`);

    // Swap: the old site stays in place until the new one is complete.
    swapIn(staging, options.outDir);
    return { checkSeconds, astroSeconds, pagefindSeconds, pages };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    release();
  }
}
