/**
 * One measured build, run by `scripts/bench/run.ts` as a child process (so that its memory
 * can be measured on its own): the real pipeline (`src/pipeline/pipeline.ts`: check → astro
 * build → Pagefind → swap) over a benchmark corpus.
 *   node --import tsx scripts/bench/build-child.ts <content root> <out dir> <result.json>
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from '../../src/pipeline/pipeline.ts';

const [contentRoot, outDir, resultFile] = process.argv.slice(2);
if (!contentRoot || !outDir || !resultFile) {
  console.error('usage: build-child.ts <content root> <out dir> <result.json>');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '../..');
const started = performance.now();
try {
  const timings = await build({ root, outDir: path.resolve(outDir), env: { LIBRARY_CONTENT_ROOT: path.resolve(contentRoot) }, log: (line) => console.log(line) });
  const buildSeconds = (performance.now() - started) / 1000;
  writeFileSync(resultFile, JSON.stringify({ buildSeconds, ...timings }));
} catch (error) {
  console.error((error as Error).message.split('\n').slice(0, 40).join('\n'));
  process.exit(1);
}
