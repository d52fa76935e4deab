/** Lists and reads the library's content files (documents and vocabularies) from disk. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceText } from './check-library.ts';

/** Every `.mdx` document and vocabulary `.yaml` under `<root>/content`, as project-relative paths. */
export function listContentFiles(root: string): string[] {
  const content = path.join(root, 'content');
  let entries: string[];
  try {
    entries = readdirSync(content, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .map((entry) => `content/${entry.split(path.sep).join('/')}`)
    .filter((file) => /^content\/(reviews|plans|updates)\/.+\.mdx$/.test(file) || /^content\/vocabularies\/[^/]+\.ya?ml$/.test(file))
    .sort();
}

export function readContentFiles(root: string, files = listContentFiles(root)): SourceText[] {
  return files.map((file) => ({ file, raw: readFileSync(path.join(root, file), 'utf8') }));
}
