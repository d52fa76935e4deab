/**
 * `npm start`: check and build the library, serve it on localhost, print its address,
 * and rebuild whenever a file under content/ changes (a failed rebuild keeps serving the
 * last good site and prints what is wrong).
 *   --port N   port to serve on (default 4321)    --no-watch   serve only
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from '../src/pipeline/pipeline.ts';

const root = process.cwd();
const outDir = path.resolve(root, 'dist');
const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1]) || Number(process.env.PORT) || 4321;
const host = process.env.HOST ?? '127.0.0.1';

async function rebuild(): Promise<boolean> {
  try {
    await build({ root, outDir });
    return true;
  } catch (error) {
    console.error(`${(error as Error).message}\n✗ build failed; still serving the previous site`);
    return false;
  }
}

if (!(await rebuild())) process.exit(1);

const astro = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');
const server = spawn(process.execPath, [astro, 'preview', '--host', host, '--port', String(port)], {
  cwd: root,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
console.log(`\nThe library is at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/ (Ctrl+C to stop)`);
server.on('exit', (code) => process.exit(code ?? 0));
process.on('SIGINT', () => server.kill('SIGINT'));
process.on('SIGTERM', () => server.kill('SIGTERM'));

if (!args.includes('--no-watch')) {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve(true);
  watch(path.join(root, 'content'), { recursive: true }, (_event, file) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(`\n↻ ${file} changed: rebuilding`);
      running = running.then(rebuild);
    }, 300);
  });
  console.log('Watching content/ for changes.');
}
