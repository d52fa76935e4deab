// Records every platform's optional native package in package-lock.json.
//
// Why: the registry this project is developed against mirrors only the packages of this
// platform (linux-x64), so `npm install` leaves the other platforms' optional bindings of
// Astro's compiler and Pagefind out of the lock file, and `npm ci` then refuses to run
// ("Missing: … from lock file"). Each entry carries its os/cpu/libc, so npm skips it on
// other platforms and fetches it from the public registry on the platform it is for.
// Run after any `npm install` that changes dependencies: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

/** os/cpu/libc from a platform package's name, e.g. `darwin-arm64`, `linux-x64-musl`, `win32-x64-msvc`. */
function platformOf(name) {
  const suffix = name.split('/').pop().replace(/^compiler-binding-/, '');
  const [os, cpu, libc] = suffix.split('-');
  const fields = { os: [os === 'windows' ? 'win32' : os], cpu: [cpu] };
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  if (libc === 'gnu') fields.libc = ['glibc'];
  if (libc === 'musl') fields.libc = ['musl'];
  return fields;
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!/^@(pagefind|astrojs)\//.test(name)) continue;
    const key = `${path ? `${path}/` : ''}node_modules/${name}`.replace(/^node_modules\/.*?node_modules\//, 'node_modules/');
    const flat = `node_modules/${name}`;
    if (packages[key] || packages[flat]) continue;
    const base = name.split('/').pop();
    packages[flat] = {
      version,
      resolved: `https://registry.npmjs.org/${name}/-/${base}-${version}.tgz`,
      ...platformOf(name),
      optional: true,
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: ${added} platform package${added === 1 ? '' : 's'} recorded`);
