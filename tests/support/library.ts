/** The project's root and the test library, checked and turned into records, for tests that need no build. */
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { checkLibrary } from '../../src/checker/check-library.ts';
import { readContentFiles } from '../../src/checker/content-files.ts';
import { createLibrary } from '../../src/lib/library.ts';
import { testLibrarySources } from './test-library.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

let bundled: ReturnType<typeof checkedLibrary> | undefined;

/**
 * The library of `root`, checked and turned into records; by default the repository's test
 * library (tests/support/test-library.ts), checked once per test worker.
 */
export function loadBundledLibrary(root?: string) {
  if (root) return checkedLibrary(readContentFiles(root), root);
  return (bundled ??= checkedLibrary(testLibrarySources(projectRoot), projectRoot));
}

function checkedLibrary(sources: ReturnType<typeof readContentFiles>, root: string) {
  const result = checkLibrary(sources, { fileExists: (file) => existsSync(path.join(root, file)) });
  return { ...result, records: createLibrary(result.library) };
}

/** A copy of the project at `root` (the site's sources, content and configuration; node_modules linked), for a test to break and build. */
export function projectCopy(root: string): string {
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public']) {
    if (existsSync(path.join(projectRoot, entry))) cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}
