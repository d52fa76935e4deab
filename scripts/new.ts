/**
 * `npm run new -- --kind review|plan|update --authority <slug> --date <date> --title "…"`:
 * scaffolds a document that passes the checker from the start, where it belongs under
 * content/. In a terminal it asks for whatever is missing or wrong; without one (CI, a
 * pipe) it exits 2 with the usage. It never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import { readContentFiles } from '../src/checker/content-files.ts';
import { checkLibrary } from '../src/checker/check-library.ts';
import { formatProblem } from '../src/checker/problem.ts';
import { checkDrafts } from '../src/authoring/library.ts';
import {
  checkRequest,
  requestValue,
  scaffold,
  type RequestField,
  type RequestProblem,
  type ScaffoldRequest,
} from '../src/authoring/scaffold.ts';
import { reviewKinds } from '../src/schemas/review.ts';
import { fail, readFlags } from './command-line.ts';

const USAGE = `usage: npm run new -- --kind review|plan|update --authority <slug> --date <date> --title "…" [kind's flags]
  review   --review-kind ${reviewKinds.join('|')}
           --date: when fieldwork began, YYYY, YYYY-MM or YYYY-MM-DD (as precise as the paper)
  plan     --answers <review id>, e.g. bromley/2016-04-inspection (--authority may be left out)
           --date: when the plan was agreed or published, YYYY, YYYY-MM or YYYY-MM-DD
  update   --plan <plan id>, e.g. bromley/2016-09-improvement-plan (--authority may be left out)
           --date: the day the statuses are as at, YYYY-MM-DD
           --title may be left out: "<plan title>: update, <month>"
In a terminal, anything left out is asked for. The file is written under content/ by the
naming convention, and an existing file is never overwritten.`;

const parsed = readFlags(
  USAGE,
  {
    kind: { type: 'string' },
    authority: { type: 'string' },
    date: { type: 'string' },
    title: { type: 'string' },
    'review-kind': { type: 'string' },
    plan: { type: 'string' },
    answers: { type: 'string' },
  },
  false,
).values;

const root = process.cwd();
const sources = readContentFiles(root);
const library = checkLibrary(sources).library;
const request: ScaffoldRequest = {
  kind: parsed.kind,
  authority: parsed.authority,
  date: parsed.date,
  title: parsed.title,
  reviewKind: parsed['review-kind'],
  plan: parsed.plan,
  answers: parsed.answers,
};

const describeProblem = (p: RequestProblem) => `--${p.field}  ${p.message}${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}`;

/** What to ask for each field, with the choices the library offers. */
function question(field: RequestField): string {
  const kind = request.kind;
  switch (field) {
    case 'kind':
      return 'Kind of document (review, plan or update)';
    case 'authority':
      return `Authority (${library.authorities.map((a) => a.id).join(', ')})`;
    case 'review-kind':
      return `Kind of review (${reviewKinds.join(', ')})`;
    case 'answers':
      return `Review the plan answers (${library.reviews.map((r) => r.id).join(', ') || 'none in the library yet'})`;
    case 'plan':
      return `Plan the update reports on (${library.plans.map((p) => p.id).join(', ') || 'none in the library yet'})`;
    case 'date':
      return kind === 'update'
        ? 'Date the statuses are as at (YYYY-MM-DD)'
        : kind === 'plan'
          ? 'When the plan was agreed or published (YYYY, YYYY-MM or YYYY-MM-DD)'
          : 'When fieldwork began (YYYY, YYYY-MM or YYYY-MM-DD)';
    case 'title':
      return 'Title (e.g. "Ofsted inspection of children\'s services, 2019")';
  }
}

function setField(field: RequestField, value: string | undefined) {
  if (field === 'review-kind') request.reviewKind = value;
  else request[field] = value;
}

let check = checkRequest(request, library);
if (!check.valid && !process.stdin.isTTY) {
  const lines = [
    ...check.problems.map(describeProblem),
    ...(check.missing.length ? [`missing: ${check.missing.map((f) => `--${f}`).join(', ')}`] : []),
  ];
  fail(`${lines.join('\n')}\n\n${USAGE}`, 2);
}

if (!check.valid) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  rl.on('close', () => {
    if (!check.valid) fail('\nStopped: nothing written.', 130);
  });
  while (!check.valid) {
    // Ask again for what is wrong (suggesting the nearest valid value), then for what is missing.
    const problem = check.problems[0];
    const field = problem?.field ?? check.missing[0]!;
    if (problem) process.stderr.write(`${describeProblem(problem)}\n`);
    const suggestion = problem?.suggestion;
    const answer = (await rl.question(`${question(field)}${suggestion ? ` [${suggestion}]` : ''}: `)).trim();
    setField(field, answer || suggestion);
    check = checkRequest(request, library);
  }
  rl.close();
}

const valid = check.valid!;
const { file, text } = scaffold(valid, library);
const target = path.join(root, file);
if (existsSync(target)) {
  fail(
    `${file} already exists: npm run new never overwrites a document.\n` +
      (valid.kind === 'update'
        ? 'Updates are append-only history: give the new update its own date.'
        : 'Edit the existing document, or choose another date or title.'),
    1,
  );
}
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, text);

// The scaffold is meant to pass the checker as written: prove it to the author.
const problems = checkDrafts(sources, [{ file, raw: text }]);
if (problems.length) {
  fail(`Wrote ${file}, but it does not pass the checker (please report this):\n${problems.map(formatProblem).join('\n')}`, 1);
}
process.stdout.write(
  `Wrote ${file} (${valid.kind}${requestValue(request, 'review-kind') && valid.kind === 'review' ? `, ${valid.reviewKind}` : ''}); it passes the checker.\n` +
    'Next: replace every value starting "Replace with", uncomment the optional fields the source gives,\n' +
    `and run npm run check -- ${file}\n`,
);
