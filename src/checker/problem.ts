/**
 * The one error formatter, shared by the checker, the build and the tests.
 * Every problem is one line: `path:line:col  field.path  what is wrong — how to fix it (did you mean …?)`.
 */

export interface Problem {
  /** File path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line of the offending key or value (1 when the whole file is at fault). */
  line: number;
  /** 1-based column. */
  column: number;
  /** Dotted path of the field, e.g. `strengths[2].themes[0]`; `-` for the file as a whole. */
  field: string;
  /** What is wrong, in plain English. */
  message: string;
  /** How to fix it, when there is a clear fix. */
  fix?: string;
  /** The nearest valid value, when there is one. */
  suggestion?: string;
}

/** What is wrong, how to fix it and the suggestion: the line without its place and field. */
export function formatMessage(problem: Problem): string {
  const fix = problem.fix ? ` — ${problem.fix}` : '';
  const suggestion = problem.suggestion ? ` (did you mean "${problem.suggestion}"?)` : '';
  return `${problem.message}${fix}${suggestion}`;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${formatMessage(problem)}`;
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
}

/** Formats a field path the way authors read it: `strengths[2].themes[0]`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '-';
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment) || '""'}`,
    )
    .join('');
}

/** Thrown by the build when content has problems; its message is the formatted list. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(sortProblems(problems).map(formatProblem).join('\n'));
    this.problems = problems;
  }
}
