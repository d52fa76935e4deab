/**
 * Builds the bundled library once, with the real pipeline, into `.build/test-dist`, for
 * every test that reads the built site. Its path reaches the tests as LIBRARY_TEST_DIST.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from '../../src/pipeline/pipeline.ts';

export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../..');
  const outDir = path.join(root, '.build', 'test-dist');
  await build({ root, outDir, log: () => {} });
  project.provide('dist', outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
  }
}
