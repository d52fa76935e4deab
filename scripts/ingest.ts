/**
 * `npm run ingest -- <folder of report PDFs> [--out content/reviews] [--report content/official/ingest-report.md]`:
 * reads Ofsted's reports on councils' children's services and writes one review document
 * per report that reads and passes the checker, then a report of what was kept and why
 * the rest were not.
 *
 * `npm run ingest -- --verify`: compares every ingested review's judgements with Ofsted's
 * official statistics (content/official/) and prints the agreement and each disagreement.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFolder } from '../src/ingest/ingest.ts';
import { ingestReport } from '../src/ingest/ingest-report.ts';
import { verifyLibrary } from '../src/ingest/verify.ts';

const USAGE = `usage: npm run ingest -- <folder of report PDFs> [--out content/reviews] [--report content/official/ingest-report.md]
       npm run ingest -- --verify`;

const fail = (message: string, code = 2): never => {
  process.stderr.write(`${message}\n`);
  process.exit(code);
};

let parsed;
try {
  parsed = parseArgs({
    options: {
      out: { type: 'string', default: 'content/reviews' },
      report: { type: 'string', default: 'content/official/ingest-report.md' },
      verify: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`);
}
const { values, positionals } = parsed!;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const root = process.cwd();

if (values.verify) {
  const result = verifyLibrary(root);
  process.stdout.write(result.text);
  process.exit(result.ok ? 0 : 1);
}

if (positionals.length !== 1) fail(`${positionals.length ? 'give one folder' : 'which folder? give the folder holding the report PDFs'}\n\n${USAGE}`);
const folder = path.resolve(positionals[0]!);
const started = performance.now();
const results = await ingestFolder(folder, {
  root,
  out: values.out!,
  onProgress: (done, total) => {
    if (process.stderr.isTTY) process.stderr.write(`\rread ${done} of ${total} reports`);
  },
});
if (process.stderr.isTTY) process.stderr.write('\n');
for (const r of results) {
  if (!r.file) continue;
  const target = path.join(root, r.file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, r.text!);
}
const seconds = (performance.now() - started) / 1000;
const report = ingestReport(results, { folder: path.basename(folder), seconds });
const reportPath = path.resolve(root, values.report!);
mkdirSync(path.dirname(reportPath), { recursive: true });
writeFileSync(reportPath, report);
const kept = results.filter((r) => r.file).length;
process.stdout.write(`${results.length} reports read in ${seconds.toFixed(0)} s: ${kept} documents written under ${values.out}, ${results.length - kept} not (reasons in ${path.relative(root, reportPath)})\n`);
for (const r of results) if (!r.file) process.stdout.write(`  ${r.pdf}: ${r.reason}\n`);
