/** The documentation names what exists: every npm script and every folder of src/ in the README, every theme in CONTRIBUTING. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadBundledLibrary, projectRoot } from './support/library.ts';

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');

it('the README’s scripts table lists every npm script', () => {
  const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);
  const readme = read('README.md');
  const missing = scripts.filter((name) => !readme.includes(name === 'start' || name === 'test' ? `npm ${name}` : `npm run ${name}`));
  expect(missing).toEqual([]);
});

it('the README’s tree names every folder of src/', () => {
  const folders = readdirSync(path.join(projectRoot, 'src'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const readme = read('README.md');
  expect(folders.map((f) => `src/${f.name}/`).filter((name) => !readme.includes(name))).toEqual([]);
});

it('CONTRIBUTING.md lists every theme of the vocabulary', () => {
  const guide = read('CONTRIBUTING.md');
  const missing = loadBundledLibrary().library.themes.filter((t) => !guide.includes(`| \`${t.id}\` | ${t.label} |`)).map((t) => t.id);
  expect(missing).toEqual([]);
});

it('the README’s two set-up commands are the ones CI runs', () => {
  expect(read('README.md')).toContain('npm ci && npm test');
  expect(read('README.md')).toContain('npm ci && npm start');
  expect(read('.ci/run')).toContain('npm ci --no-audit --no-fund && npm test');
});
