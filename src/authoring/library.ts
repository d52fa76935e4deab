/**
 * The library as the authoring commands see it: every document and vocabulary under
 * `<root>/content`, validated by the checker, and a way to check a draft inside it.
 */
import { checkLibrary, type LibraryData, type SourceText } from '../checker/check-library.ts';
import { readContentFiles } from '../checker/content-files.ts';
import { sortProblems, type Problem } from '../checker/problem.ts';

/** The library's valid documents and vocabularies (documents with problems are left out). */
export function loadLibrary(root: string): LibraryData {
  return checkLibrary(readContentFiles(root)).library;
}

/**
 * The checker's problems in `drafts`, checked with the rest of the library so that their
 * references resolve. A draft at the path of an existing document takes its place.
 */
export function checkDrafts(library: SourceText[], drafts: SourceText[]): Problem[] {
  const paths = new Set(drafts.map((d) => d.file));
  const result = checkLibrary([...library.filter((s) => !paths.has(s.file)), ...drafts]);
  return sortProblems(result.problems.filter((p) => paths.has(p.file)));
}
