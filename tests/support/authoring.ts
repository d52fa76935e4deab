/**
 * Helpers for the authoring tests (`npm run new`, `npm run import`): the test library
 * with the invented councils of tests/fixtures/papers added, the importer run against it,
 * and the real command lines run as child processes without a terminal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkLibrary, type LibraryData, type SourceText } from '../../src/checker/check-library.ts';
import { formatProblem } from '../../src/checker/problem.ts';
import { checkDrafts } from '../../src/authoring/library.ts';
import { importPaper, type ImportOptions, type ImportResult } from '../../src/importer/draft.ts';
import { projectRoot } from './library.ts';
import { copyTestLibrary, testLibrarySources } from './test-library.ts';

export const papersRoot = path.join(projectRoot, 'tests', 'fixtures', 'papers');
/** The five source papers, contact details removed (see its README). */
export const seedsRoot = path.join(papersRoot, 'seeds');

/** The invented councils' vocabulary, at a path the checker reads as an authorities file. */
const inventedAuthorities: SourceText = {
  file: 'tests/fixtures/papers/content/vocabularies/authorities.yaml',
  raw: readFileSync(path.join(papersRoot, 'authorities.yaml'), 'utf8'),
};

/** The test library's files (tests/support/test-library.ts), plus the invented councils. */
export function librarySources(extra: SourceText[] = []): SourceText[] {
  return [...testLibrarySources(projectRoot), inventedAuthorities, ...extra];
}

export function libraryOf(sources: SourceText[]): LibraryData {
  return checkLibrary(sources).library;
}

export function readPaper(file: string): string {
  return readFileSync(path.isAbsolute(file) ? file : path.join(papersRoot, file), 'utf8');
}

/** Imports a paper against a library made of `sources`. */
export function importFrom(file: string, sources: SourceText[], options: Partial<ImportOptions> = {}): ImportResult {
  return importPaper(readPaper(file), { fileName: path.basename(file), library: libraryOf(sources), ...options });
}

/** The checker's problems in a draft, placed at its own path in the library (replacing any document there). */
export function checkDraft(sources: SourceText[], draft: { file: string; text: string }): string[] {
  return checkDrafts(sources, [{ file: draft.file, raw: draft.text }]).map(formatProblem);
}

/** A throwaway copy of the test library's content/, for commands that write into it. */
export function contentCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'library-'));
  copyTestLibrary(projectRoot, root);
  return root;
}

/** Runs `scripts/<name>.ts` in `cwd` as `npm run <name>` does, on Node itself (its type stripping); stdin is a pipe, never a terminal. */
export function runScript(name: string, args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', `${name}.ts`), ...args], {
    cwd,
    input: '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
