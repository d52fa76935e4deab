/**
 * The test library: the repository's content less the documents ingested from Ofsted's reports
 * (they carry the PDF's digest, `source.sha256`), with every vocabulary and Ofsted's statistics.
 * The tests pin the council papers' figures, so this is the library they check, build and
 * import against. The whole record (every ingested report too) is checked by `npm run check`,
 * which `npm test` runs before the tests, and built by `npm start`: checking its hundreds of
 * documents again in every test that needs a library took minutes.
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceText } from '../../src/checker/check-library.ts';
import { readContentFiles, scanContent } from '../../src/checker/content-files.ts';

/**
 * Whether a file is a document ingested from an Ofsted report: its source is the PDF, whose
 * digest it carries (`source.sha256`; a document written from a council's paper may name the
 * report it also quotes under `report`, and stays).
 */
export const isIngested = (file: string) => file.endsWith('.mdx') && /^source:\n(?: {2}.*\n)*? {2}sha256: /m.test(readFileSync(file, 'utf8').split('\n---', 2)[0]!);

/** Copies the test library's `content/` from the project at `from` into the folder `to`. */
export function copyTestLibrary(from: string, to: string): void {
  cpSync(path.join(from, 'content'), path.join(to, 'content'), { recursive: true, filter: (source) => !isIngested(source) });
}

const cache = new Map<string, SourceText[]>();

/** The test library's files under `root`, read once per test worker (callers copy, never change, the array). */
export function testLibrarySources(root: string): SourceText[] {
  let sources = cache.get(root);
  if (!sources) {
    const files = scanContent(root).files.filter((file) => !isIngested(path.join(root, file)));
    sources = readContentFiles(root, files);
    cache.set(root, sources);
  }
  return sources;
}
