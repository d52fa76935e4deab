/**
 * `npm run import:eval [-- --json] [--details]`: runs the importer on every paper of the
 * corpus (tests/import-corpus/papers) and prints its recall and precision against the
 * hand-written truth, per field and item type, per paper and over the corpus. --details
 * lists what was missed and what was read wrongly; --json prints the whole result as data.
 */
import { parseArgs } from 'node:util';
import { evaluateCorpus, evaluationJson, formatEvaluation } from '../src/importer/eval.ts';

const USAGE = 'usage: npm run import:eval [-- --json] [--details]';

let values;
try {
  ({ values } = parseArgs({ options: { json: { type: 'boolean' }, details: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

try {
  const result = evaluateCorpus(process.cwd());
  process.stdout.write(values.json ? `${JSON.stringify(evaluationJson(result), null, 2)}\n` : formatEvaluation(result, { details: values.details }));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
