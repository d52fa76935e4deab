/** The checker's contract, asserted on any set of files: it never throws, and every problem is located inside its file. */
import { expect } from 'vitest';
import { checkLibrary, type SourceText } from '../../src/checker/check-library.ts';
import type { Problem } from '../../src/checker/problem.ts';
import { normaliseText } from '../../src/checker/read-document.ts';

/** Asserts the checker's contract on one set of files; returns the problems. */
export function checkedWithoutThrowing(sources: SourceText[]): Problem[] {
  const { problems } = checkLibrary(sources);
  const lineCounts = new Map<string, number>();
  for (const { file, raw } of sources) lineCounts.set(file, Math.max(lineCounts.get(file) ?? 0, normaliseText(raw).split('\n').length));
  for (const problem of problems) {
    const where = JSON.stringify(problem);
    expect(lineCounts.has(problem.file), where).toBe(true);
    expect(Number.isInteger(problem.line) && problem.line >= 1, where).toBe(true);
    expect(problem.line <= lineCounts.get(problem.file)!, where).toBe(true);
    expect(Number.isInteger(problem.column) && problem.column >= 1, where).toBe(true);
    expect(typeof problem.field === 'string' && problem.field.length > 0, where).toBe(true);
    expect(typeof problem.message === 'string' && problem.message.length > 0, where).toBe(true);
  }
  return problems;
}

