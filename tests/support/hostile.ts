/**
 * The catalogue of hostile documents, as data (tests/fixtures/hostile-cases.yaml): each case
 * puts one piece of hostile text into the valid example review
 * (tests/fixtures/valid/content/reviews/bromley/2019-01-inspection.mdx), either as a new
 * paragraph at the end of its body or as the value of one frontmatter field, and says how an
 * author would clean it and what the checker must say. This module makes both documents of
 * each case.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { isMap, isScalar, parse, parseDocument, type Node, type Pair } from 'yaml';
import type { SourceText } from '../../src/checker/check-library.ts';
import { fixturesRoot } from './fixtures.ts';

/** Where every case's document sits, as in the library. */
export const HOSTILE_FILE = 'content/reviews/bromley/2019-01-inspection.mdx';

const CASES_FILE = 'tests/fixtures/hostile-cases.yaml';
const valid = readFileSync(path.join(fixturesRoot, 'valid', HOSTILE_FILE), 'utf8');

const caseSchema = z.strictObject({
  case: z.string().regex(/^[a-z0-9-]+$/),
  /** `body`, or a frontmatter field path as the checker writes it: `recommendations[0].text`. */
  in: z.string().min(1),
  /** A frontmatter field path to delete from the hostile document only. */
  remove: z.string().min(1).optional(),
  /** In the body, Markdown; in a field, its YAML value as written (quotes included). */
  hostile: z.string().min(1),
  /** The same, rewritten as an author would; in the body, empty leaves the body as it is. */
  cleaned: z.string(),
  /** Every problem the checker must report, in order: where, the text at that point, words of the message. */
  refused: z.array(z.strictObject({ at: z.string().regex(/^\d+:\d+$/), text: z.string().min(1), because: z.string().min(1) })).min(1),
});
export type HostileCase = z.infer<typeof caseSchema>;

function readCases(): HostileCase[] {
  const parsed = z.array(caseSchema).safeParse(parse(readFileSync(path.join(fixturesRoot, 'hostile-cases.yaml'), 'utf8')));
  if (!parsed.success) throw new Error(`${CASES_FILE}: ${z.prettifyError(parsed.error)}`);
  const seen = new Set<string>();
  for (const { case: name } of parsed.data) {
    if (seen.has(name)) throw new Error(`${CASES_FILE}: case "${name}" is listed twice`);
    seen.add(name);
  }
  return parsed.data;
}

export const hostileCases: readonly HostileCase[] = readCases();

export function hostileCase(name: string): HostileCase {
  const found = hostileCases.find((c) => c.case === name);
  if (!found) throw new Error(`${CASES_FILE}: no case "${name}"`);
  return found;
}

/** The case's hostile document. */
export function hostileDocument(name: string): SourceText {
  const c = hostileCase(name);
  const removed = c.remove ? removeField(valid, c.remove, c.case) : valid;
  return { file: HOSTILE_FILE, raw: put(removed, c.in, c.hostile, c.case) };
}

/** The case's cleaned document: the hostile one as an author would rewrite it, which must pass. */
export function cleanedDocument(name: string): SourceText {
  const c = hostileCase(name);
  return { file: HOSTILE_FILE, raw: c.in === 'body' && c.cleaned === '' ? valid : put(valid, c.in, c.cleaned, c.case) };
}

function put(document: string, where: string, text: string, name: string): string {
  const result = where === 'body' ? `${document}\n${text}\n` : setField(document, where, text, name);
  if (!result.includes(text)) throw new Error(`${CASES_FILE}: case "${name}": its text did not reach the document`);
  return result;
}

/** The frontmatter's YAML (offsets in it are offsets in the document, plus `start`). */
function frontmatter(document: string, name: string) {
  const start = document.startsWith('---\n') ? 4 : -1;
  const end = document.indexOf('\n---\n', start);
  if (start < 0 || end < 0) throw new Error(`${CASES_FILE}: case "${name}": the valid document has no frontmatter`);
  const yaml = document.slice(start, end + 1);
  return { start, doc: parseDocument(yaml), yaml };
}

/** `recommendations[0].text` → ['recommendations', 0, 'text'] */
function fieldPath(field: string): Array<string | number> {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

/** Writes `value` (YAML as written) as the field's value, adding the field to its map when missing. */
function setField(document: string, field: string, value: string, name: string): string {
  const { start, doc, yaml } = frontmatter(document, name);
  const keys = fieldPath(field);
  const node = doc.getIn(keys, true) as Node | undefined;
  if (isScalar(node) && node.range) {
    return document.slice(0, start + node.range[0]) + value + document.slice(start + node.range[1]);
  }
  const parent = doc.getIn(keys.slice(0, -1), true);
  const last = isMap(parent) ? (parent.items.at(-1) as Pair<Node, Node> | undefined) : undefined;
  if (node !== undefined || !last?.key.range || !last.value?.range) {
    throw new Error(`${CASES_FILE}: case "${name}": "${field}" is neither a one-line value nor a new key of a map in the valid document`);
  }
  // A new last key of its map, at the indentation of the one before it.
  const keyStart = last.key.range[0];
  const indent = keyStart - (yaml.lastIndexOf('\n', keyStart - 1) + 1);
  const lineEnd = yaml.indexOf('\n', last.value.range[1]) + 1;
  return `${document.slice(0, start + lineEnd)}${' '.repeat(indent)}${keys.at(-1)}: ${value}\n${document.slice(start + lineEnd)}`;
}

/** Deletes a field's lines, key to the end of its value. */
function removeField(document: string, field: string, name: string): string {
  const { start, doc, yaml } = frontmatter(document, name);
  const keys = fieldPath(field);
  const parent = doc.getIn(keys.slice(0, -1), true);
  const pair = isMap(parent) ? (parent.items.find((p) => isScalar(p.key) && p.key.value === keys.at(-1)) as Pair<Node, Node> | undefined) : undefined;
  if (!pair?.key.range || !pair.value?.range) throw new Error(`${CASES_FILE}: case "${name}": no field "${field}" to remove in the valid document`);
  const from = yaml.lastIndexOf('\n', pair.key.range[0] - 1) + 1;
  const to = yaml.indexOf('\n', pair.value.range[1]) + 1;
  return document.slice(0, start + from) + document.slice(start + to);
}
