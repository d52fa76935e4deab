/**
 * The floor: the same documents built by the bare stack (a minimal Astro + MDX site, one
 * plain page per document, then Pagefind's Node API over it), run by `scripts/bench/run.ts`
 * as a child process, timed like the real build.
 *   node --import tsx scripts/bench/floor-child.ts <floor site root> <result.json>
 */
import { spawn } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pagefind from 'pagefind';

const [siteRoot, resultFile] = process.argv.slice(2);
if (!siteRoot || !resultFile) {
  console.error('usage: floor-child.ts <floor site root> <result.json>');
  process.exit(2);
}
const site = path.resolve(siteRoot);
const dist = path.join(site, 'dist');
const astro = path.join(path.dirname(createRequire(path.join(site, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');

rmSync(dist, { recursive: true, force: true });
const started = performance.now();
const code = await new Promise<number>((resolve, reject) => {
  const child = spawn(process.execPath, [astro, 'build'], { cwd: site, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('error', reject);
  child.on('close', (exit) => resolve(exit ?? 1));
});
if (code !== 0) {
  console.error(`the floor site's astro build failed (exit ${code})`);
  process.exit(1);
}
const astroSeconds = (performance.now() - started) / 1000;
const indexStarted = performance.now();
// Pagefind's Node API, as plainly as it goes: index the directory, write the files.
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('\n')}`);
const added = await index.addDirectory({ path: dist });
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('\n')}`);
const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('\n')}`);
await pagefind.close();
const pages = added.page_count;
const pagefindSeconds = (performance.now() - indexStarted) / 1000;
const floorSeconds = (performance.now() - started) / 1000;
const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
writeFileSync(resultFile, JSON.stringify({ floorSeconds, astroSeconds, pagefindSeconds, pages, htmlFiles }));
