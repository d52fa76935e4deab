/**
 * `npm run import -- <paper.pdf|.txt|.md|.html|.docx> [--out file|-] [--force] [--kind …] [--authority …]
 * [--plan …] [--answers …] [--address …] [--json]`: drafts a document from a council paper (text,
 * Markdown, a committee system's HTML page, a Word document or a PDF), every
 * extracted value marked for the author to confirm, and reports on stderr what it found,
 * with source line numbers, and what it could not place. The draft goes where the naming
 * convention puts it under content/ unless --out says otherwise; nothing is overwritten
 * without --force.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkLibrary, classify } from '../src/checker/check-library.ts';
import { readContentFiles } from '../src/checker/content-files.ts';
import { formatProblem } from '../src/checker/problem.ts';
import { nearest } from '../src/checker/suggest.ts';
import { checkDrafts } from '../src/authoring/library.ts';
import { formatReport, importPaper } from '../src/importer/draft.ts';
import { readPaperFile, type Paper } from '../src/importer/inputs.ts';
import { reviewKinds } from '../src/schemas/review.ts';
import { fail, readFlags } from './command-line.ts';

const USAGE = `usage: npm run import -- <paper.pdf|.txt|.md|.html|.docx> [options]
  --out <file>         write the draft here instead of its place under content/ ("-" for stdout)
  --force              overwrite an existing file
  --kind <kind>        draft a review, plan or update, or a review of this kind
                       (${reviewKinds.join(', ')}) instead of guessing
  --authority <slug>   the council, when the paper does not name it clearly
  --plan <plan id>     draft an update of this plan (progress reports)
  --answers <review>   the review a drafted plan answers
  --address <url>      the web address the paper was taken from (recorded as source.url; it names the council)
  --json               print what was found as JSON on stdout (the report, the kind's reasons, every item read,
                       and the paper's text as read, whose lines the report numbers)`;

const { values, positionals } = readFlags(
  USAGE,
  {
    out: { type: 'string' },
    force: { type: 'boolean' },
    kind: { type: 'string' },
    authority: { type: 'string' },
    plan: { type: 'string' },
    answers: { type: 'string' },
    address: { type: 'string' },
    json: { type: 'boolean' },
  },
  true,
);
if (positionals.length !== 1) fail(`${positionals.length ? 'give one paper at a time' : 'which paper? give the path of its plain text'}\n\n${USAGE}`, 2);

const kinds = ['review', 'plan', 'update', ...reviewKinds];
if (values.kind && !kinds.includes(values.kind)) {
  const suggestion = nearest(values.kind, kinds);
  fail(`--kind "${values.kind}" is not a kind: use one of ${kinds.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}\n\n${USAGE}`, 2);
}

if (values.json && values.out === '-') fail(`--json prints the findings on stdout: write the draft to a file with --out <file>\n\n${USAGE}`, 2);

const paperPath = positionals[0]!;
let paper: Paper;
try {
  paper = await readPaperFile(paperPath);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(code ? `${paperPath}: cannot be read (${code})` : (error as Error).message, 2);
}

const root = process.cwd();
const sources = readContentFiles(root);
const library = checkLibrary(sources).library;
const result = importPaper(paper.text, {
  fileName: path.basename(paperPath),
  library,
  kind: values.kind,
  authority: values.authority,
  plan: values.plan,
  answers: values.answers,
  address: values.address ?? paper.address,
});

const toStdout = values.out === '-';
const target = toStdout ? undefined : path.resolve(root, values.out ?? result.file);
const shown = target ? path.relative(root, target).split(path.sep).join('/') : 'stdout';
// The paper's text as read (a PDF's, a page's or a Word document's lines) goes with it: the report's line numbers are its lines.
if (values.json) process.stdout.write(`${JSON.stringify({ file: shown, collection: result.collection, authority: result.authority, report: result.report, extracted: result.extracted, paper: paper.text }, null, 2)}\n`);
else process.stderr.write(formatReport(result.report, shown));

if (target) {
  if (existsSync(target) && !values.force) {
    fail(`\n${shown} already exists: nothing written. Use --out <file> to write elsewhere, or --force to overwrite it.`, 1);
  }
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, result.text);
} else {
  process.stdout.write(result.text);
}

// Check the draft where it will live in the library, so references resolve as they will.
const checkedAs = classify(shown)?.type === 'document' ? shown : result.file;
const problems = checkDrafts(sources, [{ file: checkedAs, raw: result.text }]);
process.stderr.write(
  problems.length
    ? `\nAs ${checkedAs}, the draft has ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`
    : `\nAs ${checkedAs}, the draft passes the checker. Confirm each "TO CONFIRM" value against the paper.\n`,
);
