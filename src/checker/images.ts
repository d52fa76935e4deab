/**
 * Images a body shows must be files of the repository: a local image that is missing would
 * pass every other check and then fail `astro build` without naming the document, and an
 * image from another site would be blocked by the pages' content security policy.
 */
import path from 'node:path';
import type { Image, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Problem } from './problem.ts';

const markdown = unified().use(remarkParse).use(remarkGfm);

/** `file` is project-relative; `exists` answers for project-relative paths. */
export function imageProblems(file: string, body: string, bodyLine: number, exists: (projectPath: string) => boolean): Problem[] {
  if (!body.includes('![') && !/^\s*\[[^\]]+\]:/m.test(body)) return [];
  const problems: Problem[] = [];
  const tree = markdown.parse(body) as Root;
  const at = (node: Image) => ({ file, line: bodyLine + (node.position?.start.line ?? 1) - 1, column: node.position?.start.column ?? 1, field: 'body' });
  visit(tree, 'image', (node: Image) => {
    const url = node.url.trim();
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
      if (!url.toLowerCase().startsWith('data:')) problems.push({ ...at(node), message: `shows an image from another site (${url.slice(0, 60)})`, fix: 'add the image to the repository beside the document and refer to it by a relative path' });
      return;
    }
    const target = url.startsWith('/') ? path.posix.join('public', url) : path.posix.join(path.posix.dirname(file), decodeURI(url.split(/[?#]/)[0]!));
    if (!exists(target)) problems.push({ ...at(node), message: `shows the image "${url}", which is not in the repository (looked for ${target})`, fix: 'add the image file, or correct its path (relative to the document)' });
  });
  return problems;
}
