/**
 * `npx tsx scripts/bench/generate-corpus.ts --documents 1000 [--seed 42] [--out bench/corpus-1000]`
 * writes a synthetic, checker-valid corpus of that many documents (reviews, plans and
 * updates together) into a scratch folder: `<out>/content/{reviews,plans,updates,vocabularies}`.
 * Build it with `LIBRARY_CONTENT_ROOT=<out>`; `npm run bench` does all of this itself.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from '../../src/bench/corpus.ts';
import { projectRoot, writeCorpusFolder } from './write-corpus.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', short: 'n', default: '100' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    out: { type: 'string' },
  },
});
const documents = Number(values.documents);
const seed = Number(values.seed);
if (!Number.isInteger(documents) || documents < 2) {
  console.error('--documents must be a whole number of at least 2');
  process.exit(2);
}
const out = path.resolve(values.out ?? path.join(projectRoot, 'bench', `corpus-${documents}`));
const started = performance.now();
const corpus = writeCorpusFolder(out, documents, seed);
const s = corpus.stats;
console.log(
  `✓ ${s.documents} documents (${Object.entries(s.byKind).map(([k, n]) => `${n} ${k}`).join(', ')}) with ${s.findings} findings, ${s.actions} actions, ${s.statuses} statuses and ${s.bodyWords.toLocaleString('en-GB')} words, ${s.authorities} authorities → ${path.relative(process.cwd(), out) || '.'}/content (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
