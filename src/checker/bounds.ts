/**
 * Bounds and plain-text rules for what a document or vocabulary holds, checked before any
 * expensive work: YAML aliases (a few lines of them expand into gigabytes), over-long
 * fields and bodies, bodies that would make Markdown's parser quadratic, and control
 * characters, which break the Atom feed and the exports and hide text from reviewers.
 */
import { parseDocument, visit } from 'yaml';
import { LIMITS } from './limits.ts';
import type { Locator } from './locate.ts';
import { formatPath, type Problem } from './problem.ts';
import { walkYaml } from './walk-yaml.ts';

/** C0 controls other than tab and line feed, and DEL: never part of a report's text. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/** A YAML alias (`*name`, `<<: *name`) anywhere in a frontmatter block or vocabulary, located. */
export function yamlAliasProblems(file: string, yamlText: string, firstLine: number): Problem[] {
  // Cheap test first: an alias is a `*` right after a space, `[`, `{`, `,` or `:` and before a name.
  if (!/(?:^|[\s[{,:])\*[^\s,\]}]/m.test(yamlText)) return [];
  const problems: Problem[] = [];
  const document = parseDocument(yamlText, { uniqueKeys: false });
  visit(document, {
    Alias(_, node) {
      const offset = node.range?.[0] ?? 0;
      const before = yamlText.slice(0, offset);
      const line = before.split('\n').length;
      problems.push({
        file,
        line: firstLine + line - 1,
        column: offset - before.lastIndexOf('\n'),
        field: '-',
        message: `uses a YAML alias (*${node.source}): aliases repeat a value wherever they are used, and are not allowed in the library`,
        fix: 'write the value out where it is needed',
      });
    },
  });
  return problems;
}

/** Frontmatter or vocabulary strings that are too long or hold control characters. */
export function yamlTextProblems(file: string, data: unknown, locator: Locator): Problem[] {
  const problems: Problem[] = [];
  walkYaml(data, (text, pathTo, isKey) => {
    const tooLong = text.length > LIMITS.fieldCharacters;
    const control = CONTROL.exec(text);
    if (!tooLong && !control) return;
    const path = pathTo();
    const at = { file, ...locator.locate(path, { key: isKey }), field: formatPath(path) };
    if (tooLong) problems.push({ ...at, message: `is ${text.length.toLocaleString('en-GB')} characters long, over the limit of ${LIMITS.fieldCharacters.toLocaleString('en-GB')} for one field`, fix: 'quote the finding itself, not the whole report' });
    if (control) problems.push({ ...at, message: `contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}), which no report's text holds`, fix: 'remove it (it usually comes from copying out of a PDF, or from an escape such as "\\x07" in double quotes)' });
  });
  return problems;
}

/** A body too long, with control characters, or with so many unclosed `[` that parsing it would take minutes. */
export function bodyBoundsProblems(file: string, body: string, bodyLine: number): Problem[] {
  const at = (offset: number) => {
    const before = body.slice(0, offset);
    return { file, line: bodyLine + before.split('\n').length - 1, column: offset - before.lastIndexOf('\n'), field: 'body' };
  };
  if (body.length > LIMITS.bodyCharacters) {
    return [{ ...at(LIMITS.bodyCharacters), message: `is ${Math.round(body.length / 1024)} KB long, over the limit of ${LIMITS.bodyCharacters / 1024} KB for a document's text`, fix: 'keep the narrative short, in your own words; the record is in the fields' }];
  }
  const problems: Problem[] = [];
  const control = CONTROL.exec(body);
  if (control) problems.push({ ...at(control.index), message: `contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}), which no report's text holds`, fix: 'remove it' });
  const open: number[] = [];
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === '\\') index++;
    else if (char === '[') open.push(index);
    else if (char === ']') open.pop();
  }
  if (open.length > LIMITS.unclosedBrackets) {
    problems.push({ ...at(open[0]!), message: `opens ${open.length.toLocaleString('en-GB')} square brackets that are never closed, more than the ${LIMITS.unclosedBrackets} the checker will read`, fix: 'close each [ with ], or write \\[ for a bracket that is just text' });
  }
  return problems;
}

/**
 * Markup in vocabulary text (a theme's label or synonyms, an authority's name): vocabularies
 * are inlined into pages and scripts, so a tag there must never reach a reader.
 */
export function markupInYaml(file: string, data: unknown, locator: Locator): Problem[] {
  const problems: Problem[] = [];
  walkYaml(data, (text, pathTo, isKey) => {
    const tag = /<\/?[a-z!?][^>]*>?/i.exec(text);
    if (!tag) return;
    const path = pathTo();
    problems.push({ file, ...locator.locate(path, { key: isKey }), field: formatPath(path), message: `contains markup ("${tag[0].slice(0, 40)}"): vocabulary entries are plain text`, fix: 'remove the tag; write < as "less than" if it is meant as text' });
  });
  return problems;
}
