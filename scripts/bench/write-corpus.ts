/**
 * Writes a generated corpus into a scratch folder (`<dir>/content/…`), replacing what a
 * previous run left there. Never writes into the project's own content/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus, type Corpus } from '../../src/bench/corpus.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const MARKER = '.bench-corpus';

function realVocabularies() {
  const read = (name: string) => readFileSync(path.join(projectRoot, 'content', 'vocabularies', `${name}.yaml`), 'utf8');
  return { authorities: read('authorities'), themes: read('themes'), frameworks: read('frameworks') };
}

/** Generates `documents` documents from `seed` and writes them under `dir`. */
export function writeCorpusFolder(dir: string, documents: number, seed?: number): Corpus {
  const target = path.resolve(dir);
  if (target === projectRoot || path.relative(projectRoot, target) === 'content' || path.relative(path.join(projectRoot, 'content'), target).split(path.sep)[0] !== '..') {
    throw new Error(`refusing to write a synthetic corpus into ${target}: use a scratch folder such as bench/`);
  }
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(path.join(target, MARKER))) {
    throw new Error(`${target} is not empty and was not made by the benchmark; choose another folder`);
  }
  const corpus = generateCorpus({ documents, seed, vocabularies: realVocabularies() });
  // A fresh corpus: the old content and Astro's content cache for it go.
  rmSync(path.join(target, 'content'), { recursive: true, force: true });
  rmSync(path.join(target, '.astro-cache'), { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, MARKER), 'Made by scripts/bench: safe to delete.\n');
  const folders = new Set<string>();
  for (const file of corpus.files) {
    const full = path.join(target, file.path);
    const folder = path.dirname(full);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(full, file.text);
  }
  writeFileSync(path.join(target, 'corpus.json'), `${JSON.stringify({ seed: seed ?? null, ...corpus.stats }, null, 2)}\n`);
  return corpus;
}
