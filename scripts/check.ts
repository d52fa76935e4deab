/**
 * `npm run check [-- files…] [--json]`: validates the library and prints every problem as
 * `path:line:col  field.path  message — fix (did you mean …?)`. Exit 1 on any problem.
 * With files, only problems in those files are printed, but references are still
 * resolved against the whole library. `--format github` (the default inside GitHub Actions)
 * also prints each problem as a workflow annotation, so it shows on the pull request's files.
 */
import path from 'node:path';
import { readCheckCache, unchanged, writeCheckCache } from '../src/checker/check-cache.ts';
import { checkLibrary } from '../src/checker/check-library.ts';
import { MissingContentError, readContentFiles, scanContent, type ContentListing } from '../src/checker/content-files.ts';
import { DOCUMENT_KINDS } from '../src/schemas/kinds.ts';
import { formatMessage, formatProblem, sortProblems } from '../src/checker/problem.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const json = args.includes('--json');
const github = args.includes('--format=github') || (args.includes('--format') && args[args.indexOf('--format') + 1] === 'github') || process.env.GITHUB_ACTIONS === 'true';
const only = args
  .filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--format')
  .map((arg) => path.relative(root, path.resolve(root, arg)).split(path.sep).join('/'));

let listing: ContentListing;
try {
  listing = scanContent(root);
} catch (error) {
  if (!(error instanceof MissingContentError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const files = listing.files;
for (const file of only) {
  if (!files.includes(file) && !listing.problems.some((problem) => problem.file === file)) {
    console.error(`${file}:1:1  -  is not a library document — documents live in content/<collection>/<authority>/<name>.mdx (${DOCUMENT_KINDS.map((k) => k.collection).join(', ')})`);
    process.exit(2);
  }
}
// Documents not asked about, and unchanged since the last run, come from the check cache.
const cache = readCheckCache(root);
const known = only.length ? unchanged(root, cache, files.filter((file) => !only.includes(file))) : new Map<string, unknown>();
const result = checkLibrary(
  [
    ...listing.problems.map((problem) => ({ file: problem.file, raw: '', problems: [problem] })),
    ...files.map((file) => (known.has(file) ? { file, raw: '' } : readContentFiles(root, [file])[0]!)),
  ],
  { known },
);
// A full run refreshes the cache; a run on a few files only reads it, unless it found the
// cache stale for many documents (after a pull, say), when refreshing it pays off next time.
const reread = files.length - known.size - only.length;
if (!only.length || reread > 20) {
  const failed = new Set(result.problems.map((p) => p.file));
  writeCheckCache(root, cache, [...result.library.reviews, ...result.library.plans, ...result.library.updates].filter((doc) => !failed.has(doc.file)));
}
const problems = sortProblems(only.length ? result.problems.filter((p) => only.includes(p.file)) : result.problems);

if (json) {
  console.log(JSON.stringify({ documents: result.documentCount, problems }, null, 2));
} else {
  for (const problem of problems) console.log(formatProblem(problem));
  if (github) {
    // Workflow commands: %, CR and LF must be escaped in the message.
    const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    for (const p of problems) {
      console.log(`::error file=${p.file},line=${p.line},col=${p.column},title=${escape(p.field)}::${escape(formatMessage(p))}`);
    }
  }
  const scope = only.length ? `${only.length} of ${result.documentCount} documents` : `${result.documentCount} documents`;
  const filesWithProblems = new Set(problems.map((p) => p.file)).size;
  console.log(
    problems.length
      ? `\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${filesWithProblems} file${filesWithProblems === 1 ? '' : 's'} (${scope} checked)`
      : `✓ ${scope} checked: no problems`,
  );
}
process.exit(problems.length ? 1 : 0);
