/** Lists and reads the library's content files (documents and vocabularies) from disk. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOCUMENT_KINDS, kindOfFile, vocabularyOfFile, type DocumentKind } from '../schemas/kinds.ts';
import type { SourceText } from './check-library.ts';

/** Thrown when there is no content folder: "0 documents, no problems" would hide a wrong directory. */
export class MissingContentError extends Error {
  override name = 'MissingContentError';
  constructor(root: string) {
    super(`${path.join(root, 'content')}: there is no content folder here — run the command from the library's root folder (the one holding content/ and package.json)`);
  }
}

/** Every document of a registered kind and every vocabulary `.yaml` under `<root>/content`, as project-relative paths. */
export function listContentFiles(root: string, kinds: readonly DocumentKind<never>[] = DOCUMENT_KINDS): string[] {
  const content = path.join(root, 'content');
  if (!existsSync(content)) throw new MissingContentError(root);
  return readdirSync(content, { recursive: true, encoding: 'utf8' })
    .map((entry) => `content/${entry.split(path.sep).join('/')}`)
    .filter((file) => kindOfFile(file, kinds) || vocabularyOfFile(file))
    .sort();
}

export function readContentFiles(root: string, files = listContentFiles(root)): SourceText[] {
  return files.map((file) => ({ file, raw: readFileSync(path.join(root, file), 'utf8') }));
}
