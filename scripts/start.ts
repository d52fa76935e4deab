/**
 * `npm start`: check and build the library, serve it on localhost, print its address,
 * and rebuild whenever a file under content/ changes (a failed rebuild keeps serving the
 * last good site and prints what is wrong). The serving port is not the site's address:
 * the sitemap and feed name the configured one (src/site.config.ts).
 *   --port N   port to serve on (default 4321)    --no-watch   serve only
 *   --no-build   serve the last build as it is, without checking, building or watching (`npm run preview`)
 */
import { watch } from 'node:fs';
import path from 'node:path';
import { build } from '../src/pipeline/pipeline.ts';
import { serveStatic } from '../src/pipeline/static-server.ts';
import { site } from '../src/site.config.ts';

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

const building = !args.includes('--no-build');
if (building && !(await rebuild())) process.exit(1);

// The library's own static server: it redirects an address without its trailing slash to the page.
const server = await serveStatic(outDir, { port, host, basePath: site.base, keepAlive: true, idleMs: Infinity });
console.log(`\nThe library is at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${site.base.replace(/\/?$/, '/')} (Ctrl+C to stop)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

if (building && !args.includes('--no-watch')) {
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
