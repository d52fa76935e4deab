/**
 * Reads a document file the way Astro does: frontmatter parsed by js-yaml 4 (gray-matter
 * is given a js-yaml 4 engine; its bundled js-yaml 3 differs from Astro's), BOM and
 * Windows line endings tolerated. Never throws: unreadable input becomes a Problem.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { yamlAliasProblems } from './bounds.ts';
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
  const opening = text.match(/^---[ \t]*\n/);
  if (!opening) {
    return {
      problems: [at(1, 1, 'has no frontmatter', 'the file must start with a line `---`, the YAML fields, then another `---`')],
    };
  }
  // The block ends at the first line that starts with `---`: that is where gray-matter and
  // Astro end it, so the body checked here is the body Astro compiles.
  const close = text.indexOf('\n---', opening[0].length - 1);
  if (close < 0) {
    return { problems: [at(1, 1, 'has a frontmatter block that is never closed', 'add a line `---` after the last field')] };
  }
  const frontmatter = text.slice(opening[0].length, close + 1);
  // Refused before parsing: the parsed data would share the aliased value, but everything
  // that serialises it (the content store, the pages, the exports) would repeat it in full.
  const aliases = yamlAliasProblems(file, frontmatter, 2);
  if (aliases.length) return { problems: aliases };
  try {
    const parsed = matter(text, { engines: { yaml: yamlEngine }, language: 'yaml' });
    const data = parsed.data;
    // gray-matter's content is the end of the text: its first line is the line it starts on.
    const bodyStart = text.length - parsed.content.length;
    return {
      document: {
        file,
        frontmatter,
        frontmatterLine: 2,
        data: data ?? {},
        body: parsed.content,
        bodyLine: text.slice(0, bodyStart).split('\n').length,
      },
      problems: [],
    };
  } catch (error) {
    return { problems: [yamlProblem(file, frontmatter, 2, error)] };
  }
}

/**
 * A YAML syntax error as a Problem. An unclosed quote makes js-yaml fail at the end of the
 * text, far from the mistake, so the line where the quoted text opened is found instead.
 */
export function yamlProblem(file: string, yamlText: string, firstLine: number, error: unknown): Problem {
  const mark = (error as { mark?: { line: number; column: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? (error as Error).message;
  if (/quoted scalar/.test(reason)) {
    const opened = unclosedQuote(yamlText);
    if (opened) {
      return {
        file,
        line: opened.line + firstLine,
        column: opened.column + 1,
        field: '-',
        message: 'is not valid YAML: this quoted text is never closed',
        fix: `add the closing ${opened.quote} at the end of the text`,
      };
    }
  }
  // js-yaml can place a mark on the line after the text (it reads the text with a final newline).
  const lastLine = firstLine + yamlText.replace(/\n$/, '').split('\n').length - 1;
  return {
    file,
    line: mark ? Math.min(mark.line + firstLine, lastLine) : firstLine,
    column: mark ? mark.column + 1 : 1,
    field: '-',
    message: `is not valid YAML: ${reason}`,
    fix: 'check the indentation, and put text containing ": " or starting with a quote in double quotes',
  };
}

/** Where the last quoted value that never closes was opened (0-based line and column). */
function unclosedQuote(text: string): { line: number; column: number; quote: string } | undefined {
  let open: { line: number; column: number; quote: string } | undefined;
  const lines = text.split('\n');
  lines.forEach((content, line) => {
    let index = 0;
    if (!open) {
      // A quote opens a value only after "key: ", "- ", "[" or "," (or at the start of a line).
      const start = content.match(/^(\s*(?:-\s+)?(?:[^\s"'#][^:#]*:\s+)?)(["'])/);
      if (!start) return;
      index = start[1]!.length + 1;
      open = { line, column: start[1]!.length, quote: start[2]! };
    }
    for (; index < content.length; index++) {
      const char = content[index];
      if (open.quote === '"' && char === '\\') index++;
      else if (char === open.quote) {
        if (open.quote === "'" && content[index + 1] === "'") index++;
        else {
          open = undefined;
          return;
        }
      }
    }
  });
  return open;
}
