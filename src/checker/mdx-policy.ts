/**
 * The MDX content policy: documents are data, not code. A pull request that adds or edits
 * a document must not be able to run code when the site is built, nor ship script to
 * readers. The body is parsed into a syntax tree (unified + remark-parse + remark-mdx +
 * remark-gfm: the MDX grammar with GitHub's extensions) and the tree is walked; nothing
 * here matches text with regular expressions, so a construct is refused for what it is,
 * not for how it is spelt. The MDX grammar is
 * stricter than the Markdown Astro renders bodies with (src/checker/document-loader.ts): a
 * `<` or `{` that Markdown would pass through as HTML, MDX reads as an element or code. The
 * renderer has GitHub's extensions, and so does the grammar here: a table splits its cells
 * and a footnote's text is Markdown for both, so neither can hide an element from the check.
 *
 * Refused: ESM (`import`/`export`), JavaScript expressions in braces (in text, as blocks
 * and as attributes), `<script>`, `<style>`, `<iframe>`, `<object>`, `<embed>`, any
 * element or component not on the allow-list below, event-handler attributes (`on…`),
 * `javascript:`, `data:` and `vbscript:` addresses in links, images, link definitions and
 * attributes, and raw HTML. A body MDX cannot parse is a located problem too. Such
 * addresses are refused in the frontmatter as well (`dangerousAddressesInYaml`).
 *
 * Pure: `checkMdxBody` takes text and returns problems; it never throws.
 */
import { bodyBoundsProblems } from './bounds.ts';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { Locator } from './locate.ts';
import { formatPath, type Problem } from './problem.ts';
import { walkYaml } from './walk-yaml.ts';

/** An element or component documents may use, and the attributes it may be given. */
export interface AllowedElement {
  /** Attribute names allowed on it (exact spelling). Event handlers and expressions are refused whatever this says. */
  attributes: readonly string[];
}

/**
 * The allow-list: elements (`sup`) and components (`Callout`) a document may write, by the
 * name written in MDX. It is empty: documents are plain Markdown. To allow a component,
 * add it here with the attributes it takes, and pass it to `<Content components={…} />`
 * where documents are rendered (imports are refused, so that is the only way in).
 */
export const allowedElements: Readonly<Record<string, AllowedElement>> = {};

/** Elements refused whatever the allow-list says, and why. Keys are lower case. */
const FORBIDDEN_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'a `<script>` would ship JavaScript to every reader of the page',
  style: 'a `<style>` block can restyle or hide any part of the site, and load addresses of its own',
  iframe: 'an `<iframe>` embeds another site, with its own scripts, inside the library',
  object: 'an `<object>` embeds plug-in content or another page, which can run code',
  embed: 'an `<embed>` embeds plug-in content, which can run code',
};

/** URL schemes that run code or smuggle content in; compared after normalisation. */
const DANGEROUS_SCHEMES = ['javascript:', 'vbscript:', 'data:'] as const;

/** Attributes holding an address, on elements or components, where a scheme is checked. */
const URL_ATTRIBUTE = /^(?:href|src|srcset|action|formaction|xlink:href|data|poster|background|cite|longdesc|manifest|ping|codebase|archive|lowsrc|dynsrc|icon|to)$|(?:href|src|url|link)$/i;

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** A point in the file: 1-based line and column. */
interface Origin {
  line: number;
  column: number;
}

/** Checks an MDX body; `bodyLine` is the file line on which the body starts. */
/**
 * Text with no `<`, `{` or `}`, no link, definition or footnote syntax and no line starting
 * with import/export has nothing the policy refuses and cannot be an MDX syntax error
 * (entities and percent-encoding only matter inside a link), so it is not parsed: most
 * bodies are plain prose, and parsing thousands of them dominates the check of a large library.
 */
export function isPlainProse(source: string): boolean {
  return !/[<{}]|\]\(|\]:|\[\^|^[ \t]*(?:import|export)\b/m.test(source);
}

export function checkMdxBody(file: string, body: string, bodyLine: number): Problem[] {
  // Bounds first: what would make the parse explode is refused before it runs.
  const bounded = bodyBoundsProblems(file, body, bodyLine);
  if (bounded.length) return bounded;
  return checkSource(file, body, { line: bodyLine, column: 1 });
}

function checkSource(file: string, source: string, origin: Origin): Problem[] {
  /** Maps a position in `source` to the file: only the first line is shifted sideways. */
  const place = (point: { line?: number; column?: number } | undefined) => {
    const line = point?.line ?? 1;
    const column = point?.column ?? 1;
    return { line: origin.line + line - 1, column: line === 1 ? origin.column + column - 1 : column };
  };
  const tooDeep = (line: number) => ({
    file,
    ...place({ line, column: 1 }),
    field: 'body',
    message: `nests block quotes, lists or elements more than ${MAX_NESTING} deep, which is more than the checker will read`,
    fix: 'flatten the structure: no report needs that much nesting',
  });
  const deepLine = deeplyNestedLine(source);
  if (deepLine) return [tooDeep(deepLine)];
  if (isPlainProse(source)) return [];
  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch (error) {
    if (error instanceof RangeError) return [tooDeep(1)];
    return [syntaxProblem(file, source, error, place)];
  }

  const problems: Problem[] = [];
  const refuse = (node: Node | undefined, message: string, fix: string) =>
    problems.push({ file, ...place(node?.position?.start), field: 'body', message, fix });

  try {
    visit(tree, (node) => inspect(node, refuse));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push(tooDeep(1));
  }
  return problems;
}

type Refuse = (node: Node | undefined, message: string, fix: string) => void;

/** Refuses what one node of the tree may not be. */
function inspect(node: Nodes, refuse: Refuse): void {
  switch (node.type) {
    case 'mdxjsEsm': {
      const keyword = /^\s*export\b/.test(node.value) ? 'export' : 'import';
      refuse(node, `has an \`${keyword}\`, which is not allowed: documents are data, and an \`${keyword}\` would run code when the site is built`, 'remove it: a document cannot load code, and the components the library offers need no import');
      break;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      refuse(node, `has a JavaScript expression in braces (\`{${abbreviate(node.value)}}\`), which is not allowed: documents are data, and the expression would run when the site is built`, 'remove it; to show a brace as text, write `\\{`');
      break;
    case 'html':
      refuse(node, 'has raw HTML, which is not allowed: it can carry script and styles past every other check', 'write it in Markdown instead');
      break;
    case 'link':
    case 'image':
    case 'definition': {
      const scheme = dangerousScheme(node.url);
      const what = node.type === 'image' ? 'an image' : node.type === 'link' ? 'a link' : 'a link definition';
      if (scheme) {
        refuse(node, `has ${what} to a \`${scheme}\` address, which is not allowed: ${schemeReason(scheme)}`, 'link to an ordinary https:// page instead, or remove the link');
      }
      break;
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name;
      const forbidden = name ? FORBIDDEN_ELEMENTS[name.toLowerCase()] : undefined;
      const allowed = name && !forbidden ? allowedElements[name] : undefined;
      if (forbidden) {
        refuse(node, `has the element \`<${name}>\`, which is not allowed: ${forbidden}`, 'remove the element');
      } else if (!allowed) {
        refuse(
          node,
          name
            ? `has the ${/^[a-z]/.test(name) ? 'element' : 'component'} \`<${name}>\`, which is not allowed: documents are plain Markdown, and only the library's own registered components may be used (${registered()})`
            : 'has a JSX fragment (`<>…</>`), which is not allowed: documents are plain Markdown',
          'write it in Markdown (headings, lists, emphasis, links, tables), or remove it',
        );
      }
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          refuse(attribute, `has an attribute written as code (\`{${abbreviate(attribute.value)}}\`), which is not allowed: it would run when the site is built`, 'remove it');
          continue;
        }
        const attributeName = attribute.name;
        if (/^on/i.test(attributeName)) {
          refuse(attribute, `has an event-handler attribute \`${attributeName}\`, which is not allowed: it runs JavaScript in the reader's browser`, 'remove the attribute');
        } else if (allowed && !allowed.attributes.includes(attributeName)) {
          refuse(attribute, `has the attribute \`${attributeName}\`, which \`<${name}>\` does not take`, `remove it; \`<${name}>\` takes ${allowed.attributes.join(', ') || 'no attributes'}`);
        }
        const value = attribute.value;
        if (value !== null && value !== undefined && typeof value === 'object') {
          refuse(attribute, `has an attribute value written as code (\`${attributeName}={${abbreviate(value.value)}}\`), which is not allowed: it would run when the site is built`, 'write the value in quotes, or remove the attribute');
        } else if (typeof value === 'string' && URL_ATTRIBUTE.test(attributeName)) {
          const scheme = dangerousScheme(value);
          if (scheme) {
            refuse(attribute, `has an attribute \`${attributeName}\` with a \`${scheme}\` address, which is not allowed: ${schemeReason(scheme)}`, 'use an ordinary https:// address, or remove the attribute');
          }
        }
      }
      break;
    }
  }
}

/** How deep block quotes and lists may nest; deeper input makes the parser slow (quadratic), then overflow. */
const MAX_NESTING = 64;

/**
 * The first line (1-based) whose quote and list markers, with its indentation (two spaces a
 * level), nest deeper than MAX_NESTING. A space just after a marker belongs to the marker.
 */
export function deeplyNestedLine(source: string): number | undefined {
  let line = 1;
  let markers = 0;
  let spaces = 0;
  let atStart = true;
  let afterMarker = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\n') {
      line++;
      markers = 0;
      spaces = 0;
      atStart = true;
      afterMarker = false;
      continue;
    }
    if (!atStart) continue;
    const next = source[index + 1] ?? '';
    if (char === '>' || ((char === '-' || char === '*' || char === '+') && (next === ' ' || next === '\t'))) {
      markers++;
      afterMarker = true;
      continue;
    }
    if (char === ' ' && afterMarker) afterMarker = false;
    else if (char === ' ') spaces++;
    else if (char === '\t') spaces += 4;
    else atStart = false;
    if (markers + Math.floor(spaces / 2) > MAX_NESTING) return line;
  }
  return undefined;
}

/**
 * The frontmatter holds addresses too, and the site renders them as links (a review's
 * `source.url`). A value that is a `javascript:`, `vbscript:` or `data:` address is refused:
 * any value of a field named like an address, and any other value written without a space
 * (a sentence such as "Data: the council's own" is not an address).
 */
export function dangerousAddressesInYaml(file: string, data: unknown, locator: Locator): Problem[] {
  const problems: Problem[] = [];
  walkYaml(data, (text, pathTo, isKey) => {
    if (isKey) return;
    const path = pathTo();
    if (!/(?:url|href|link|src)$/i.test(String(path.at(-1) ?? '')) && text.trim().includes(' ')) return;
    const scheme = dangerousScheme(text);
    if (!scheme) return;
    problems.push({
      file,
      ...locator.locate(path),
      field: formatPath(path),
      message: `is a \`${scheme}\` address, which is not allowed: ${schemeReason(scheme)}`,
      fix: 'use an ordinary https:// address',
    });
  });
  return problems;
}

/** The dangerous scheme an address starts with, seen as a browser would see it. */
export function dangerousScheme(url: string): (typeof DANGEROUS_SCHEMES)[number] | undefined {
  const normalised = normaliseUrl(url);
  return DANGEROUS_SCHEMES.find((scheme) => normalised.startsWith(scheme));
}

/**
 * Undoes what hides a scheme from a naive comparison: character references (`&#106;`,
 * `&#x6A;`, `&colon;`), percent-encoding, and whitespace or control characters anywhere
 * (browsers drop tabs and newlines inside addresses), then lower-cases. Repeated until
 * nothing changes, so double encoding does not help either.
 */
export function normaliseUrl(url: string): string {
  let current = url;
  for (let round = 0; round < 5; round++) {
    const next = current
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => codePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);?/g, (_, decimal: string) => codePoint(parseInt(decimal, 10)))
      .replace(/&(colon|tab|newline|amp|nbsp|sol|period|lpar|rpar);/gi, (_, name: string) => NAMED[name.toLowerCase()]!)
      .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      // Whitespace, control and invisible format characters anywhere in the address.
      .replace(/[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]/g, '')
      .toLowerCase();
    if (next === current) break;
    current = next;
  }
  return current;
}

const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', nbsp: ' ', sol: '/', period: '.', lpar: '(', rpar: ')' };

function codePoint(value: number): string {
  return Number.isFinite(value) && value >= 0 && value <= 0x10ffff ? String.fromCodePoint(value) : '';
}

function registered(): string {
  const names = Object.keys(allowedElements);
  return names.length ? `these are ${names.map((name) => `\`<${name}>\``).join(', ')}` : 'there are none yet';
}

function schemeReason(scheme: string): string {
  if (scheme === 'data:') return 'a `data:` address carries its own content, which can be a page with script, past every other check';
  return `a \`${scheme}\` address runs script in the reader's browser when it is followed`;
}

function abbreviate(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 30 ? `${flat.slice(0, 30)}…` : flat;
}

/**
 * A body MDX cannot parse, as a problem located at its cause: the element never closed,
 * the brace never closed, or else where the parser stopped; with a fix in plain words.
 */
function syntaxProblem(
  file: string,
  source: string,
  error: unknown,
  place: (point: { line?: number; column?: number } | undefined) => Origin,
): Problem {
  const message = error as { line?: number; column?: number; reason?: string; message?: string; source?: string; ruleId?: string };
  const raw = String(message.reason ?? message.message ?? error);
  const reason = raw.replace(/\s*\(note: [^)]*\)/g, '').replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
  const rule = `${message.source ?? ''}:${message.ruleId ?? ''}`;
  let point: { line?: number; column?: number } = { line: message.line, column: message.column };
  let fix = 'look for a stray `<`, `{` or `}` on this line: MDX reads them as code; write `\\<`, `\\{` or `\\}` to show them as text';
  if (/comment/.test(raw)) {
    // The parser stops at the `!` of `<!--`.
    point = { line: message.line, column: Math.max(1, (message.column ?? 2) - 1) };
    fix = 'HTML comments (`<!-- … -->`) cannot be used in MDX: delete the comment (notes for reviewers belong in the pull request)';
  } else if (/esm/.test(rule)) {
    fix = 'MDX reads a line starting with `import` or `export` as code: reword the line, or capitalise the first word';
  } else if (/expression|acorn/.test(rule)) {
    if (/closing brace/.test(raw)) point = unclosedBrace(source, point) ?? point;
    fix = 'MDX reads `{` as the start of code, which documents may not contain: write `\\{` and `\\}` to show braces as text';
  } else if (/jsx/.test(rule)) {
    // "Expected a closing tag for `<div>` (3:1-3:6) before the end of …": point at the tag.
    const tag = raw.match(/\((\d+):(\d+)-\d+:\d+\)/);
    if (tag) point = { line: Number(tag[1]), column: Number(tag[2]) };
    fix = 'MDX reads `<` followed by a letter as the start of an element, and documents may not contain elements: write `\\<` to show the character, or remove the tag';
  }
  return { file, ...place(point), field: 'body', message: `is not valid MDX: ${reason}`, fix };
}

/** The last `{` before `end` that no `}` closes (a backslash escapes a brace). */
function unclosedBrace(source: string, end: { line?: number; column?: number }): Origin | undefined {
  const lines = source.split('\n');
  const endLine = Math.min(end.line ?? lines.length, lines.length);
  const open: Origin[] = [];
  for (let line = 1; line <= endLine; line++) {
    const text = lines[line - 1]!;
    const stop = line === endLine ? Math.min(text.length, (end.column ?? text.length + 1) - 1) : text.length;
    for (let index = 0; index < stop; index++) {
      const char = text[index];
      if (char === '\\') index++;
      else if (char === '{') open.push({ line, column: index + 1 });
      else if (char === '}') open.pop();
    }
  }
  return open.at(-1);
}
