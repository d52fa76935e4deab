/**
 * Builds the whole real library (`content/` as it is: the council papers' documents and every
 * report ingested from Ofsted, with Ofsted's statistics) once, with the real pipeline, into
 * `.build/real-dist`, for the `real` project: the search, theme and budget tests that must
 * hold at the library's real size, not only on the test library of the `site` project.
 * Its paths reach the tests as `dist` and `contentRoot`, as the site project's do, so the
 * same helpers (tests/support/site.ts, site-in-browser.ts) read it.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from '../../src/pipeline/pipeline.ts';

export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../..');
  const outDir = path.join(root, '.build', 'real-dist');
  const started = performance.now();
  const timings = await build({ root, outDir, log: () => {} });
  const s = (seconds: number) => `${seconds.toFixed(1)} s`;
  process.stderr.write(`real library: built into .build/real-dist in ${s((performance.now() - started) / 1000)} (check ${s(timings.checkSeconds)}, astro build ${s(timings.astroSeconds)}, Pagefind ${s(timings.pagefindSeconds)}, ${timings.pages} pages indexed)\n`);
  project.provide('dist', outDir);
  project.provide('contentRoot', root);
}
