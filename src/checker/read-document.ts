/**
 * Reads a document file the way Astro does: frontmatter parsed by js-yaml 4 (gray-matter
 * is given a js-yaml 4 engine; its bundled js-yaml 3 differs from Astro's), BOM and
 * Windows line endings tolerated. Never throws: unreadable input becomes a Problem.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { Problem } from './problem.ts';

export interface ReadDocument {
  /** Path relative to the project root. */
  file: string;
  /** Text of the frontmatter block (without the `---` fences), LF line endings. */
  frontmatter: string;
  /** 1-based line number in the file of the frontmatter's first line. */
  frontmatterLine: number;
  /** Parsed frontmatter (unknown until validated). */
  data: unknown;
  /** MDX body. */
  body: string;
  /** 1-based line number in the file where the body starts. */
  bodyLine: number;
}

export const yamlEngine = {
  parse: (source: string) => yaml.load(source, { schema: yaml.DEFAULT_SCHEMA }) as object,
  stringify: (data: object) => yaml.dump(data),
};

/** Normalises what editors add: a byte-order mark and CRLF line endings. */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function readDocument(file: string, raw: string): { document?: ReadDocument; problems: Problem[] } {
  const at = (line: number, column: number, message: string, fix?: string): Problem => ({
    file, line, column, field: '-', message, fix,
  });
  if (raw.includes('\u0000')) {
    return { problems: [at(1, 1, 'is not a text file (it contains binary data)', 'save the document as UTF-8 text')] };
  }
  const text = normaliseText(raw);
  if (text.trim() === '') {
    return { problems: [at(1, 1, 'is empty', 'start from `npm run new`, which writes a valid document')] };
  }
  if (!/^---[ \t]*\n/.test(text)) {
    return {
      problems: [at(1, 1, 'has no frontmatter', 'the file must start with a line `---`, the YAML fields, then another `---`')],
    };
  }
  const close = text.slice(4).search(/^---[ \t]*$/m);
  if (close < 0) {
    return { problems: [at(1, 1, 'has a frontmatter block that is never closed', 'add a line `---` after the last field')] };
  }
  const frontmatter = text.slice(4, 4 + close);
  const frontmatterLineCount = frontmatter.split('\n').length - 1;
  try {
    const parsed = matter(text, { engines: { yaml: yamlEngine }, language: 'yaml' });
    const data = parsed.data;
    return {
      document: {
        file,
        frontmatter,
        frontmatterLine: 2,
        data: data ?? {},
        body: parsed.content,
        bodyLine: 2 + frontmatterLineCount + 1,
      },
      problems: [],
    };
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    return {
      problems: [
        {
          file,
          line: mark ? mark.line + 2 : 1,
          column: mark ? mark.column + 1 : 1,
          field: '-',
          message: `is not valid YAML: ${reason}`,
          fix: 'check the indentation and quote any text containing ": " or starting with a quote',
        },
      ],
    };
  }
}
