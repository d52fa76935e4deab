/**
 * `npm run build`: check, astro build, Pagefind, then swap the new site into `dist/`.
 * On any failure `dist/` is left exactly as it was, and the reason is printed.
 */
import path from 'node:path';
import { build } from '../src/pipeline/pipeline.ts';

const root = process.cwd();
const outDir = path.resolve(root, process.env.LIBRARY_DIST ?? 'dist');
const verbose = process.argv.includes('--verbose');
try {
  const started = performance.now();
  await build({ root, outDir, verbose });
  console.log(`✓ built ${path.relative(root, outDir) || '.'}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`${(error as Error).message}\n\n✗ build failed; the previous ${path.relative(root, outDir)}/ is unchanged`);
  process.exit(1);
}
