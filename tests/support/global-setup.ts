/**
 * Builds the site once, with the real pipeline, into `.build/test-dist`, for every test that
 * reads the built site or drives it in Chromium. The site tests were written against the
 * library's council papers (their findings, plans and updates, whose figures the tests pin),
 * so the build is of a test library: the repository's content less the documents ingested
 * from Ofsted's reports (`source.sha256`), with every vocabulary and Ofsted's statistics.
 * The whole record is checked by `npm run check` (which `npm test` runs first) and built by
 * the `real` project and `npm start`. Its paths reach the tests as `dist` and `contentRoot`.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from '../../src/pipeline/pipeline.ts';
import { copyTestLibrary } from './test-library.ts';

export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../..');
  const contentRoot = path.join(root, '.build', 'test-library');
  rmSync(contentRoot, { recursive: true, force: true });
  mkdirSync(contentRoot, { recursive: true });
  copyTestLibrary(root, contentRoot);
  const outDir = path.join(root, '.build', 'test-dist');
  await build({ root, outDir, env: { LIBRARY_CONTENT_ROOT: contentRoot }, log: () => {} });
  project.provide('dist', outDir);
  project.provide('contentRoot', contentRoot);
}

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
    contentRoot: string;
  }
}
