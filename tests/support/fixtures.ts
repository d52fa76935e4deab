/**
 * The example catalogue (tests/fixtures): each broken case is a folder holding one document
 * at its real path under content/. It is checked inside the test library, so its
 * references resolve against real documents, and only its own problems are returned.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { testLibrarySources } from './test-library.ts';
import path from 'node:path';
import { checkLibrary, type SourceText } from '../../src/checker/check-library.ts';
import { formatProblem, sortProblems } from '../../src/checker/problem.ts';
import { projectRoot } from './library.ts';

export const fixturesRoot = path.join(projectRoot, 'tests', 'fixtures');
export const brokenCases = readdirSync(path.join(fixturesRoot, 'broken')).sort();

export function caseFiles(folder: string): SourceText[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.mdx'))
    .map((entry) => ({ file: entry.split(path.sep).join('/'), raw: readFileSync(path.join(folder, entry), 'utf8') }));
}

/** Checks extra documents inside the test library and returns the problems in those documents, formatted. */
export function checkWithLibrary(extra: SourceText[]): string[] {
  const files = new Set(extra.map((s) => s.file));
  const result = checkLibrary([...testLibrarySources(projectRoot), ...extra]);
  return sortProblems(result.problems.filter((p) => files.has(p.file))).map(formatProblem);
}

export const checkCase = (name: string) => checkWithLibrary(caseFiles(path.join(fixturesRoot, 'broken', name)));
