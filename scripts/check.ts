/**
 * `npm run check [-- files…] [--json]`: validates the library and prints every problem as
 * `path:line:col  field.path  message — fix (did you mean …?)`. Exit 1 on any problem.
 * With files, only problems in those files are printed, but references are still
 * resolved against the whole library.
 */
import path from 'node:path';
import { checkLibrary } from '../src/checker/check-library.ts';
import { listContentFiles, readContentFiles } from '../src/checker/content-files.ts';
import { formatProblem, sortProblems } from '../src/checker/problem.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args
  .filter((arg) => !arg.startsWith('--'))
  .map((arg) => path.relative(root, path.resolve(root, arg)).split(path.sep).join('/'));

const files = listContentFiles(root);
for (const file of only) {
  if (!files.includes(file)) {
    console.error(`${file}:1:1  -  is not a library document — documents live in content/reviews, content/plans or content/updates and end in .mdx`);
    process.exit(2);
  }
}
const result = checkLibrary(readContentFiles(root, files));
const problems = sortProblems(only.length ? result.problems.filter((p) => only.includes(p.file)) : result.problems);

if (json) {
  console.log(JSON.stringify({ documents: result.documentCount, problems }, null, 2));
} else {
  for (const problem of problems) console.log(formatProblem(problem));
  const scope = only.length ? `${only.length} of ${result.documentCount} documents` : `${result.documentCount} documents`;
  const filesWithProblems = new Set(problems.map((p) => p.file)).size;
  console.log(
    problems.length
      ? `\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${filesWithProblems} file${filesWithProblems === 1 ? '' : 's'} (${scope} checked)`
      : `✓ ${scope} checked: no problems`,
  );
}
process.exit(problems.length ? 1 : 0);
