/** The bundled library, checked and turned into records, for tests that need no build. */
import path from 'node:path';
import { checkLibrary } from '../../src/checker/check-library.ts';
import { readContentFiles } from '../../src/checker/content-files.ts';
import { createLibrary } from '../../src/lib/library.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export function loadBundledLibrary() {
  const result = checkLibrary(readContentFiles(projectRoot));
  return { ...result, records: createLibrary(result.library) };
}
