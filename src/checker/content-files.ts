/**
 * The one list of content files, and the one id function, shared by the checker and the
 * documents' loader, so that the site publishes exactly what was checked.
 *
 * A document's path must be exactly `content/<collection>/<authority>/<name>.mdx`, each
 * part lower-case ASCII letters, digits and hyphens: no spaces, capitals, newlines or
 * dot-files, no deeper or shallower folders. Anything else under a collection's folder,
 * and any symbolic link anywhere under `content/`, is refused with a located problem, not
 * skipped: a file the checker skipped could still reach a reader through another tool.
 * Files are read as bytes and must be UTF-8; a file over the size limit is not read.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { DOCUMENT_KINDS, kindOfFile, vocabularyOfFile, type DocumentKind } from '../schemas/kinds.ts';
import { officialTableOfFile } from '../official/tables.ts';
import { findPersonalData } from './personal-data.ts';
import { LIMITS } from './limits.ts';
import type { Problem } from './problem.ts';

/** A content file as read: its text, or the problems that kept it from being read. */
export interface SourceText {
  /** Path relative to the project root, forward slashes, e.g. `content/reviews/bromley/2016-04-inspection.mdx`. */
  file: string;
  raw: string;
  /** Problems with the file itself (its name, its bytes): such a file is reported and not checked further. */
  problems?: Problem[];
}

/** Thrown when there is no content folder: "0 documents, no problems" would hide a wrong directory. */
export class MissingContentError extends Error {
  override name = 'MissingContentError';
  constructor(root: string) {
    super(`${path.join(root, 'content')}: there is no content folder here — run the command from the library's root folder (the one holding content/ and package.json)`);
  }
}

const PART = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A document's id from its path: `<authority>/<name>`. The only id function: the loader's entries and the checker's references use it. */
export function documentIdOf(file: string): string {
  return file.split('/').slice(2).join('/').replace(/\.mdx$/, '');
}

/** Shows a file name safely in a message: control characters and newlines written as escapes. */
const shown = (file: string) => JSON.stringify(file).slice(1, -1);

const refusal = (file: string, message: string, fix: string): Problem => ({ file: shown(file), line: 1, column: 1, field: '-', message, fix });

/** The problem with a path under a collection's folder, or `undefined` when it is a well-named document. */
export function documentPathProblem(file: string, kinds: readonly DocumentKind<never>[] = DOCUMENT_KINDS): Problem | undefined {
  const parts = file.split('/');
  const [, collection] = parts;
  const kind = kinds.find((k) => k.collection === collection);
  if (!kind) return undefined;
  const name = parts.at(-1)!;
  if (name.startsWith('.')) return refusal(file, 'is a hidden file (its name starts with a dot) in a document folder', 'rename it without the leading dot, or move it out of content/');
  if (!name.endsWith('.mdx')) return refusal(file, `is not a document: a folder under content/${collection}/ holds only .mdx documents`, 'move it out of content/, or give it the .mdx extension if it is a document');
  if (parts.length !== 4) {
    return refusal(file, `is ${parts.length > 4 ? 'in a folder too deep' : 'not in an authority folder'}: documents live at content/${collection}/${kind.pathPattern}`, `move it to content/${collection}/<authority>/`);
  }
  const [authority, base] = [parts[2]!, name.slice(0, -'.mdx'.length)];
  if (!PART.test(authority) || !PART.test(base)) {
    return refusal(file, 'has a name that is not lower-case letters, digits and hyphens', `rename it: documents live at content/${collection}/${kind.pathPattern}, e.g. content/reviews/bromley/2016-04-inspection.mdx`);
  }
  return undefined;
}

/** Personal data in a file's path: a name lands in addresses, the sitemap and the exports. */
function personalDataInPath(file: string): Problem[] {
  const words = file.replace(/\.mdx$/, '').split('/').slice(2).join(' ').replace(/-/g, ' ');
  return findPersonalData(words).map((match) => ({ file, line: 1, column: 1, field: '-', message: `has a file name that ${match.message.replace(/^contains/, 'contains')}`, fix: 'rename the file: names say the date and the kind of document, never a person or a case' }));
}

/** Every file under `content/`, as listed from disk (symbolic links are listed, never followed). */
function walk(root: string): Array<{ file: string; entry: Dirent }> {
  const found: Array<{ file: string; entry: Dirent }> = [];
  const visit = (dir: string, relative: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = `${relative}/${entry.name}`;
      if (entry.isDirectory()) visit(path.join(dir, entry.name), file);
      else found.push({ file, entry });
    }
  };
  visit(path.join(root, 'content'), 'content');
  return found;
}

export interface ContentListing {
  /** Documents and vocabularies to check, sorted. */
  files: string[];
  /** Files refused by their name or kind (symbolic links, misplaced or misnamed files). */
  problems: Problem[];
}

/** Lists the content files and refuses what must not be there. */
export function scanContent(root: string, kinds: readonly DocumentKind<never>[] = DOCUMENT_KINDS): ContentListing {
  if (!existsSync(path.join(root, 'content'))) throw new MissingContentError(root);
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const { file, entry } of walk(root)) {
    if (entry.isSymbolicLink()) {
      problems.push(refusal(file, 'is a symbolic link: content must be real files in the repository', 'replace the link with the file itself'));
      continue;
    }
    if ((vocabularyOfFile(file) || officialTableOfFile(file)) && !file.split('/').at(-1)!.startsWith('.')) {
      files.push(file);
      continue;
    }
    const problem = documentPathProblem(file, kinds);
    if (problem) problems.push(problem);
    else if (kindOfFile(file, kinds)) {
      const named = personalDataInPath(file);
      if (named.length) problems.push(...named);
      else files.push(file);
    }
  }
  return { files: files.sort(), problems };
}

/** The documents and vocabularies to check (files refused by `scanContent` left out). */
export function listContentFiles(root: string, kinds: readonly DocumentKind<never>[] = DOCUMENT_KINDS): string[] {
  return scanContent(root, kinds).files;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text, or the located reason it cannot be read: too large, or not UTF-8. */
export function readSource(root: string, file: string): SourceText {
  const absolute = path.join(root, file);
  const size = lstatSync(absolute).size;
  const limit = kindOfFile(file) ? LIMITS.documentBytes : LIMITS.dataBytes;
  if (size > limit) {
    const what = kindOfFile(file) ? 'one document' : 'one data file';
    return { file, raw: '', problems: [{ file, line: 1, column: 1, field: '-', message: `is ${Math.round(size / 1024)} KB, over the limit of ${limit / 1024} KB for ${what}`, fix: 'split the document, or keep long material out of the library (link to the source instead)' }] };
  }
  const bytes = readFileSync(absolute);
  try {
    return { file, raw: utf8.decode(bytes) };
  } catch {
    return { file, raw: '', problems: [notUtf8(file, bytes)] };
  }
}

/** Where the first byte that is not UTF-8 is: its line and column. */
function notUtf8(file: string, bytes: Uint8Array): Problem {
  let good = 0;
  // Decode growing prefixes by lines until one fails: the failing line holds the bad byte.
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(lineStart, index));
      } catch {
        const bad = [...bytes.subarray(lineStart, index)].findIndex((byte) => byte >= 0x80);
        good = bad;
        break;
      }
      line++;
      lineStart = index + 1;
    }
  }
  return { file, line, column: Math.max(good, 0) + 1, field: '-', message: 'is not UTF-8 text: a byte on this line is in another encoding (Windows-1252 or Latin-1, perhaps)', fix: 'save the file as UTF-8 in your editor, then check the characters on this line' };
}

/** Reads every listed content file; refused paths come back as sources carrying their problems. */
export function readContentFiles(root: string, files?: string[], kinds: readonly DocumentKind<never>[] = DOCUMENT_KINDS): SourceText[] {
  if (files) return files.map((file) => readSource(root, file));
  const listing = scanContent(root, kinds);
  return [...listing.problems.map((problem) => ({ file: problem.file, raw: '', problems: [problem] })), ...listing.files.map((file) => readSource(root, file))];
}
